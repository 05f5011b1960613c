"""File-level care of the database: online backup, integrity checks, inspecting a copy, restoring.

Everything here keeps one promise: an existing file is never overwritten in place. A new file is
written under a temporary name, flushed to disk, then renamed over (an atomic step on every OS
the app supports); a database being replaced is renamed aside first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from iop_facilitator import errors
from iop_facilitator.storage import errors as sql_errors
from iop_facilitator.storage import files
from iop_facilitator.storage.cancel import Cancellation, Cancelled
from iop_facilitator.storage.database import Key, Store, damaged_error, first_page_decrypts
from iop_facilitator.texts import QT_TR_NOOP

WAL_SUFFIXES = ("-wal", "-shm")
# Pages copied per backup step when the backup can be cancelled (4 MB at SQLCipher's 4 KB pages).
BACKUP_STEP_PAGES = 1024


@dataclass(frozen=True)
class DatabaseFacts:
    """What a database file holds, for a list of backups (counts only, never names)."""

    problems: tuple[str, ...]
    members: int
    sessions: int
    notes: int
    schema: str

    @property
    def intact(self) -> bool:
        return not self.problems


def check(store: Store, *, full: bool, cancel: Cancellation | None = None) -> list[str]:
    """SQLite's `quick_check` (or the full `integrity_check`): [] when the file is intact.

    A read that fails outright (a page that no longer decrypts) counts as a problem, not a crash.
    With `cancel`, `cancel.cancel()` stops it from another thread and it raises `Cancelled`.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        if cancel is None:
            rows = store.db.execute(f"PRAGMA {pragma}").fetchall()
        else:
            with cancel.watching(store.conn):
                rows = store.db.execute(f"PRAGMA {pragma}").fetchall()
    except Cancelled:
        raise
    except Exception as exc:
        if cancel is not None:
            cancel.check()  # interrupted on request: not damage
        return [f"{pragma} could not finish: {type(exc).__name__}"]
    lines = [str(r[0]) for r in rows]
    return [] if lines == ["ok"] else lines


def _keyed(path: Path, key: Key, *, read_only: bool = False) -> Any:
    uri = f"file:{path}?mode=ro" if read_only else f"file:{path}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, timeout=5.0)
    except Exception as exc:
        raise sql_errors.translate(exc) from exc
    with contextlib.suppress(Exception):
        conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f"PRAGMA key = {key.pragma_literal()}")
    return conn


def backup_to(store: Store, target: Path, cancel: Cancellation | None = None) -> None:
    """Copy the open database into `target` through SQLite's online backup API, encrypted with the
    same key, written whole or not at all (storage/files.py); `target` must not exist.

    With `cancel` (a background backup through its own read-only connection, `open_reader`) the
    copy goes in steps of BACKUP_STEP_PAGES inside one read transaction, so it copies one
    consistent snapshot while the app keeps writing, and `cancel.cancel()` stops it between steps
    (raising `Cancelled`; the partial file is removed).
    """
    if target.exists():
        raise errors.ValidationError(
            QT_TR_NOOP("A backup named {name} already exists.", name=target.name)
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise files.failure(exc, target.parent, QT_TR_NOOP("the backup")) from exc
    try:
        with files.replacing(target, QT_TR_NOOP("the backup")) as partial:
            dest = _keyed(partial, store.key)
            try:
                if cancel is None:
                    store.db.conn.backup(dest)
                else:
                    _backup_in_steps(store, dest, cancel)
                # A backup is one file: no WAL next to it, so it opens read-only anywhere.
                dest.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                dest.close()
    except Cancelled:
        raise
    except Exception as exc:
        if cancel is not None:
            cancel.check()
        if sql_errors.is_database_error(exc):
            raise sql_errors.translate(exc) from exc
        raise


def _backup_in_steps(store: Store, dest: Any, cancel: Cancellation) -> None:
    def between_steps(_status: int, _remaining: int, _total: int) -> None:
        cancel.check()  # raising here makes SQLite abandon the backup

    conn = store.conn
    owns_transaction = not conn.in_transaction
    if owns_transaction:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
    try:
        cancel.check()
        conn.backup(dest, pages=BACKUP_STEP_PAGES, progress=between_steps)
    finally:
        if owns_transaction:
            with contextlib.suppress(Exception):
                conn.execute("COMMIT")


def inspect(
    path: Path, key: Key, *, full: bool = True, cancel: Cancellation | None = None
) -> DatabaseFacts:
    """Open a database file read-only, check it, and count what it holds.

    Raises WrongPassphrase when `key` does not open it, DatabaseCorrupt when it is damaged;
    with `cancel`, `Cancelled` when stopped from another thread.
    """
    if not path.exists():
        raise errors.NotFound(
            QT_TR_NOOP(
                "There is no file {name} in {folder}.", name=path.name, folder=str(path.parent)
            )
        )
    conn = _keyed(path, key, read_only=True)
    try:
        if cancel is None:
            return _inspect(conn, path, key, full)
        try:
            with cancel.watching(conn):
                facts = _inspect(conn, path, key, full)
        except Exception:
            cancel.check()  # interrupted on request: say so, not "damaged"
            raise
        cancel.check()  # an interrupted check looks like damage: it is not
        return facts
    finally:
        conn.close()


def _inspect(conn: Any, path: Path, key: Key, full: bool) -> DatabaseFacts:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        if key is not None and first_page_decrypts(path, key):
            raise damaged_error() from None
        if sql_errors.error_code(exc) == sql_errors.SQLITE_NOTADB or "not a database" in str(exc):
            raise errors.WrongPassphrase(
                QT_TR_NOOP(
                    "{name} does not open with this passphrase, or is not a clinic database.",
                    name=path.name,
                ),
                QT_TR_NOOP("Use the passphrase that was in use when that backup was made."),
            ) from None
        raise sql_errors.translate(exc) from exc
    pragma = "integrity_check" if full else "quick_check"
    try:
        lines = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except Exception as exc:
        lines = [f"{pragma} could not finish: {type(exc).__name__}"]
    problems = () if lines == ["ok"] else tuple(lines)
    counts = {"member": 0, "session": 0, "member_note": 0}
    schema = ""
    if not problems:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in counts:
            if table in tables:
                counts[table] = int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        if "_sqlite_migrations" in tables:
            row = conn.execute(
                "SELECT name FROM _sqlite_migrations ORDER BY id DESC LIMIT 1"
            ).fetchone()
            schema = str(row[0]) if row else ""
    return DatabaseFacts(
        problems, counts["member"], counts["session"], counts["member_note"], schema
    )


def set_aside(database: Path, stamp: str) -> Path | None:
    """Rename the database (and its WAL files, keeping them paired) to `<name>.before-restore-
    <stamp>`; returns the new name, or None when there was no database. Never deletes anything.
    """
    if not database.exists():
        return None
    aside = database.with_name(f"{database.name}.before-restore-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = database.with_name(f"{database.name}.before-restore-{stamp}-{counter}")
    _rename_with_wal(database, aside)
    return aside


def _rename_with_wal(source: Path, target: Path) -> None:
    """Rename a database and its WAL files together (the WAL files first, so they stay paired)."""
    try:
        for suffix in WAL_SUFFIXES:
            companion = Path(f"{source}{suffix}")
            if companion.exists():
                os.replace(companion, Path(f"{target}{suffix}"))
        os.replace(source, target)
        files.fsync_folder(target.parent)
    except OSError as exc:
        raise files.failure(exc, target.parent, QT_TR_NOOP("the current database")) from exc


def put_back(aside: Path, database: Path) -> None:
    """Undo `set_aside`: the database (and its WAL files) get their names back."""
    _rename_with_wal(aside, database)


def install_copy(source: Path, database: Path) -> None:
    """Copy `source` to `database` (which must not exist) through a synced temporary file."""
    if database.exists():
        raise errors.ValidationError("The database is still in place; it must be set aside first.")
    with files.replacing(database, QT_TR_NOOP("the restored database")) as partial:
        shutil.copyfile(source, partial)
