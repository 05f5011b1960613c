"""Export widgets: the Notes screen's export bar and the Exports dialog.

Thin: the services do the work.
"""
