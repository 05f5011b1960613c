"""Tools for proving the app's promises (the kill test's driver); not used by the app itself."""
