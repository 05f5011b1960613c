"""Bulk helpers on an open `Store`: many-row inserts, whole-file copies.

Used by the benchmark generator (ten years of fictional data in one transaction) and by tools
that copy the database. They keep the driver inside `storage/` like everything else here.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from iop_facilitator.storage import errors as sql_errors
from iop_facilitator.storage.database import Key, Store, _connect


def executemany(store: Store, sql: str, rows: Iterable[Sequence[Any]]) -> int:
    """Run one statement for every row (rows may be a generator); returns the rows changed.

    Call inside `store.atomic()` so all rows commit together.
    """
    try:
        cursor = store.db.conn.executemany(sql, rows)
    except Exception as exc:
        raise sql_errors.translate(exc) from exc
    return int(cursor.rowcount)


def _remove_database_files(target: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{target}{suffix}")


def backup_to(store: Store, target: Path, key: Key) -> None:
    """A consistent copy of the open database into `target`, encrypted with `key`.

    Uses SQLite's online backup API, so the source stays usable while it runs. SQLCipher copies
    pages as they are, so `key` must be the key the source was opened with (None for a plain
    source). An existing `target` is replaced.
    """
    _remove_database_files(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = _connect(target, key)
    try:
        store.db.conn.backup(dest)
    except Exception as exc:
        dest.close()
        _remove_database_files(target)
        raise sql_errors.translate(exc) from exc
    dest.close()


def plaintext_copy(store: Store, target: Path) -> None:
    """An UNENCRYPTED copy of an encrypted database (for measuring what encryption costs only).

    Never used on a clinic's real data: the benchmark makes it from its own fictional database.
    """
    if not store.encrypted:
        raise ValueError("plaintext_copy needs an encrypted source")
    _remove_database_files(target)
    literal = "'" + str(target).replace("'", "''") + "'"
    try:
        store.db.conn.execute(f"ATTACH DATABASE {literal} AS plaintext KEY ''")
        store.db.conn.execute("SELECT sqlcipher_export('plaintext')")
        store.db.conn.execute("DETACH DATABASE plaintext")
    except Exception as exc:
        _remove_database_files(target)
        raise sql_errors.translate(exc) from exc


def cipher_version(store: Store) -> str:
    """SQLCipher's version string ('' when the driver is plain SQLite)."""
    with contextlib.suppress(Exception):
        return str(store.scalar("PRAGMA cipher_version") or "")
    return ""


def sqlite_version(store: Store) -> str:
    return str(store.scalar("SELECT sqlite_version()"))
