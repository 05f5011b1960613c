"""Storage: the only package that talks to SQLite (through sqlite-utils over SQLCipher)."""

from iop_facilitator.storage.database import (
    Key,
    Passphrase,
    RawKey,
    Store,
    create_database,
    key_opens,
    migrate,
    open_database,
)
from iop_facilitator.storage.rekey import rekey

__all__ = [
    "Key",
    "Passphrase",
    "RawKey",
    "Store",
    "create_database",
    "key_opens",
    "migrate",
    "open_database",
    "rekey",
]
