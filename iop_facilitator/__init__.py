"""IOP Facilitator: run Intensive Outpatient Program groups and document them, offline."""

__version__ = "0.1.0"
APP_NAME = "IOP Facilitator"
