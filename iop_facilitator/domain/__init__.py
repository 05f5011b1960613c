"""Pure-Python domain: ids, statuses, records and rules. No Qt, no SQL."""
