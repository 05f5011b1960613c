"""The Members screen: a searchable, sortable table and a detail form bound to the selection."""
