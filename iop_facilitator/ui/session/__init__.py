"""The Session screen: roster, check-in, quick notes and the timed agenda."""
