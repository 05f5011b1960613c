"""Services: the only way to change data. Each validates, writes atomically, returns Changes."""
