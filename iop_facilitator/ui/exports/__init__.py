"""Export widgets: the Notes screen's export bar and the Exports dialog (thin: services do the work)."""
