"""Services: the only way to change data. Each call validates, writes atomically, returns Changes."""
