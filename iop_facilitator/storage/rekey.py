"""Change the key of an open database without ever leaving it unopenable.

The old file is never modified. A re-keyed copy is written beside it with `sqlcipher_export`,
proved (opens with the new key, passes `integrity_check`, holds the same rows), flushed to disk,
and only then moved over the old file with one atomic `os.replace`. A crash at any point leaves
either the old file with the old key or the new file with the new key, never a half-written one.

Steps, in order (each is named to the `checkpoint` hook so tests can stop the process there):
    "checkpointed"  WAL folded into the main file (so the copy and the replace miss nothing)
    "exported"      the re-keyed copy written beside the database
    "verified"      the copy opens with the new key and is intact
    "synced"        the copy is on disk (fsync)
    "closed"        the old connection is closed; its -wal/-shm are gone
    "replaced"      the copy has taken the old file's name (os.replace + directory fsync)
    "reopened"      the store works on the new file with the new key
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils

from iop_facilitator import errors
from iop_facilitator.storage import errors as sql_errors
from iop_facilitator.storage import files
from iop_facilitator.storage.database import Key, Passphrase, Store, _configure, _connect
from iop_facilitator.texts import QT_TR_NOOP

log = logging.getLogger(__name__)

STEPS = ("checkpointed", "exported", "verified", "synced", "closed", "replaced", "reopened")
REKEY_SUFFIX = ".rekey-new"  # also named in database._remove_interrupted_rekey

Checkpoint = Callable[[str], None]


def rekey_path(path: Path) -> Path:
    return path.with_name(path.name + REKEY_SUFFIX)


def _bound_key(key: Key) -> str:
    """The key as a bound ATTACH parameter: passphrase text, or SQLCipher's x'hex' raw form."""
    if key is None:
        return ""  # an empty key: SQLCipher writes a plain (unencrypted) copy
    key.pragma_literal()  # validates: no NUL in a passphrase, 64 hex digits in a raw key
    if isinstance(key, Passphrase):
        return key.text
    return f"x'{key.hex}'"


def remove_leftover(path: Path) -> None:
    """Delete a re-keyed copy left by an interrupted change (the old file is still the real one)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{rekey_path(path)}{suffix}")


def _counts(conn: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def rekey(
    store: Store, old_key: Key, new_key: Key, *, checkpoint: Checkpoint | None = None
) -> None:
    """Re-key `store`'s database file to `new_key`; the same Store object keeps working after.

    `old_key` must be the key the store was opened with (the caller proves it first); it is used
    only to reopen the old file if another program wrote to it during the change.

    Raises a UserFacingError (nothing changed) when a step before the replace fails.
    """
    step = checkpoint or (lambda _name: None)
    path = store.path
    new_path = rekey_path(path)
    remove_leftover(path)
    conn = store.db.conn
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise errors.DatabaseLocked(
                QT_TR_NOOP(
                    "Another program is reading the database, so the passphrase cannot change now."
                ),
                QT_TR_NOOP("Close other copies of the app and try again."),
            )
        step("checkpointed")
        conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", [str(new_path), _bound_key(new_key)])
        try:
            conn.execute("SELECT sqlcipher_export('rekeyed')")
        finally:
            conn.execute("DETACH DATABASE rekeyed")
        step("exported")
        expected = _counts(conn)
        copy = _connect(new_path, new_key)
        try:
            intact = copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            same = _counts(copy) == expected
        finally:
            copy.close()
        if not (intact and same):
            raise errors.DatabaseCorrupt(
                "The re-keyed copy did not check out, so the passphrase was not changed.",
                "Nothing was lost. Check the disk has free space and try again.",
            )
        step("verified")
        files.fsync_file(new_path)
        files.fsync_folder(path.parent)
        step("synced")
    except Exception as exc:
        remove_leftover(path)
        if isinstance(exc, errors.UserFacingError):
            raise
        if sql_errors.is_database_error(exc):
            raise sql_errors.translate(exc) from exc
        raise
    # Close the connection so the old -wal/-shm go away and the file can be replaced (Windows
    # refuses to replace an open file). The WAL was empty at the checkpoint and we wrote nothing
    # since; a non-empty one now means another program wrote, and then we stop and reopen.
    store.close()
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        remove_leftover(path)
        _reopen(store, path, old_key)
        raise errors.DatabaseLocked(
            QT_TR_NOOP("Another program wrote to the database during the passphrase change."),
            QT_TR_NOOP("Nothing changed. Close other copies of the app and try again."),
        )
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")
    step("closed")
    os.replace(new_path, path)
    files.fsync_folder(path.parent)
    step("replaced")
    _reopen(store, path, new_key)
    step("reopened")
    log.info("database re-keyed")


def _reopen(store: Store, path: Path, key: Key) -> None:
    conn = _connect(path, key)
    try:
        _configure(conn)
    except BaseException:
        conn.close()
        raise
    store.db = sqlite_utils.Database(conn, execute_plugins=False)
    store.encrypted = key is not None
