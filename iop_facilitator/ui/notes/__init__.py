"""The Notes screen: one individual note per member, checked and signed."""
