"""Open the clinic's database in exactly one place.

The file is SQLCipher: the key is set before anything else touches the connection, then the
connection is wrapped in sqlite-utils. Every connection gets the same rules: foreign keys on,
WAL with synchronous=FULL, a busy timeout, and the schema migrated to this version.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlite_utils

from iop_facilitator import errors
from iop_facilitator.storage import errors as sql_errors
from iop_facilitator.storage.migrations import MIGRATIONS, check_not_newer
from iop_facilitator.texts import QT_TR_NOOP

BUSY_TIMEOUT_S = 5.0
MIN_PASSPHRASE_LENGTH = 8


@dataclass(frozen=True)
class Passphrase:
    """A passphrase typed by a person; SQLCipher's KDF turns it into the key. Never printed."""

    text: str

    def __repr__(self) -> str:
        return "Passphrase(<hidden>)"

    def pragma_literal(self) -> str:
        if "\x00" in self.text:
            raise errors.ValidationError(QT_TR_NOOP("A passphrase cannot contain a NUL character."))
        return "'" + self.text.replace("'", "''") + "'"


@dataclass(frozen=True)
class RawKey:
    """A 256-bit key given directly (skips the KDF). For tests and key derivation done elsewhere."""

    hex: str

    def __repr__(self) -> str:
        return "RawKey(<hidden>)"

    def pragma_literal(self) -> str:
        if len(self.hex) != 64 or any(c not in "0123456789abcdefABCDEF" for c in self.hex):
            raise ValueError("a raw key is 64 hex digits")
        return f"\"x'{self.hex}'\""


# Positional (`?`) or named (`:name`) parameters for one statement.
Params = Sequence[Any] | Mapping[str, Any]


def _bindable(params: Params) -> Sequence[Any] | dict[str, Any]:
    """sqlite-utils binds a sequence or a real dict; any other mapping is copied into a dict."""
    if isinstance(params, Mapping):
        return dict(params)
    return params


# None means no encryption: only for measuring what encryption costs (benchmarks).
Key = Passphrase | RawKey | None


def _connect(path: Path, key: Key, *, read_only: bool = False) -> Any:
    try:
        if read_only:
            conn = sqlcipher3.connect(
                f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False
            )
        else:
            conn = sqlcipher3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    except Exception as exc:
        raise sql_errors.translate(exc) from exc
    try:
        # SQLCipher would otherwise print decryption errors (a wrong key) to stderr.
        with contextlib.suppress(Exception):
            conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f"PRAGMA key = {key.pragma_literal()}")
        # The first read proves the key: a wrong one fails here with "file is not a database".
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        conn.close()
        code = (sql_errors.error_code(exc) or 0) & 0xFF
        not_a_db = code == sql_errors.SQLITE_NOTADB or "not a database" in str(exc)
        if (not_a_db or code == sql_errors.SQLITE_CORRUPT or "malformed" in str(exc)) and (
            key is not None and first_page_decrypts(path, key)
        ):
            raise damaged_error() from None
        if not_a_db:
            raise errors.WrongPassphrase(
                QT_TR_NOOP("That passphrase does not open this clinic's database."),
                QT_TR_NOOP(
                    "Check Caps Lock and try again. If the passphrase is lost, the data cannot be "
                    "recovered without it: restore from the clinic's backup with the passphrase "
                    "that was in use then."
                ),
            ) from None
        raise sql_errors.translate(exc) from exc
    return conn


def first_page_decrypts(path: Path, key: Key) -> bool:
    """True when `key` opens page 1 of the file: a read failure after that is damage, not the key.

    SQLCipher's `cipher_integrity_check` checks every page's HMAC; with a wrong key page 1 fails
    first, with a right key only the damaged pages fail.
    """
    if key is None:
        return False
    try:
        conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True)
    except Exception:
        return False
    try:
        with contextlib.suppress(Exception):
            conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma_literal()}")
        failures = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except Exception:
        return False
    finally:
        conn.close()
    return not any(f.rstrip().endswith(" page 1") for f in failures)


def damaged_error() -> errors.DatabaseCorrupt:
    return errors.DatabaseCorrupt(
        QT_TR_NOOP(
            "The clinic's database file is damaged: your passphrase is right, but parts of the "
            "file can no longer be read. Nothing has been changed."
        ),
        QT_TR_NOOP(
            "Restore the newest good backup (Settings, Backups, or `iop-facilitator restore FILE`)."
        ),
    )


def _configure(conn: Any) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal" and not str(mode).lower() == "memory":
        raise errors.DatabaseReadOnly(
            QT_TR_NOOP("The database could not switch to safe-write mode (WAL)."),
            QT_TR_NOOP("Move the data folder to a local drive and try again."),
        )
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")


class Store:
    """The app's handle on one open database: sqlite-utils underneath, plain-words errors on top.

    Services do their reads and writes through this; nothing above storage imports a driver.
    """

    def __init__(
        self, db: sqlite_utils.Database, path: Path, encrypted: bool, key: Key = None
    ) -> None:
        self.db = db
        self.path = path
        self.encrypted = encrypted
        # Kept so a backup can be keyed the same way (storage/maintenance.py); never printed.
        self._key = key
        # Set by `set_read_only` (damage found after opening): every write is refused.
        self.read_only_reason: errors.DatabaseReadOnly | None = None
        # True for a second, read-only connection (`open_reader`).
        self.reader = False

    @property
    def key(self) -> Key:
        return self._key

    @property
    def conn(self) -> Any:
        """The driver connection (for `Cancellation.watching`; storage code only)."""
        return self.db.conn

    # -- read-only switch -----------------------------------------------------------------
    def set_read_only(self, message: str, what_next: str = "") -> None:
        """From now on every write raises `DatabaseReadOnly(message)` and nothing reaches the
        file, not even a checkpoint. For a database found damaged while the app is open."""
        self.read_only_reason = errors.DatabaseReadOnly(message, what_next)
        with contextlib.suppress(Exception):  # SQLite refuses writes too, whatever the path
            self.db.execute("PRAGMA query_only = ON")

    def _refuse_if_read_only(self) -> None:
        reason = self.read_only_reason
        if reason is not None:
            raise errors.DatabaseReadOnly(reason.message, reason.what_next)

    # -- transactions -------------------------------------------------------------------
    @contextlib.contextmanager
    def atomic(self) -> Iterator[Store]:
        """All writes inside commit together or not at all; nested blocks use savepoints."""
        self._refuse_if_read_only()
        try:
            with self.db.atomic():
                yield self
        except Exception as exc:
            if sql_errors.is_database_error(exc):
                raise sql_errors.translate(exc) from exc
            raise

    # -- reads ----------------------------------------------------------------------------
    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        try:
            return list(self.db.query(sql, _bindable(params)))
        except Exception as exc:
            raise sql_errors.translate(exc) from exc

    def one(self, sql: str, params: Params = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        try:
            row = self.db.execute(sql, _bindable(params)).fetchone()
        except Exception as exc:
            raise sql_errors.translate(exc) from exc
        return None if row is None else row[0]

    # -- writes ---------------------------------------------------------------------------
    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one write; returns lastrowid (or rowcount for UPDATE/DELETE via `changes`)."""
        self._refuse_if_read_only()
        try:
            cursor = self.db.execute(sql, _bindable(params))
        except Exception as exc:
            raise sql_errors.translate(exc) from exc
        return int(cursor.lastrowid or 0)

    def changes(self, sql: str, params: Params = ()) -> int:
        """Run one write; returns how many rows it changed."""
        self._refuse_if_read_only()
        try:
            cursor = self.db.execute(sql, _bindable(params))
        except Exception as exc:
            raise sql_errors.translate(exc) from exc
        return int(cursor.rowcount)

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        return self.execute(
            f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(row.values())
        )

    def update(
        self, table: str, row_id: int, values: Mapping[str, Any], id_column: str = "id"
    ) -> int:
        if not values:
            return 0
        sets = ", ".join(f'"{c}" = ?' for c in values)
        return self.changes(
            f'UPDATE "{table}" SET {sets} WHERE "{id_column}" = ?', [*values.values(), row_id]
        )

    # -- housekeeping ---------------------------------------------------------------------
    def table_names(self) -> list[str]:
        return list(self.db.table_names())

    def checkpoint(self) -> None:
        if self.read_only_reason is not None:
            return  # a damaged file gets nothing more, not even its own WAL pages
        with contextlib.suppress(Exception):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        guard = None
        if self.read_only_reason is not None and not self.reader:
            # SQLite checkpoints the WAL into the file when its last connection closes; a
            # second, read-only connection holding a read lock meanwhile prevents that, and
            # cannot checkpoint itself. The damaged file and its WAL stay exactly as they were.
            with contextlib.suppress(Exception):
                guard = _connect(self.path, self._key, read_only=True)
                guard.execute("BEGIN")
                guard.execute("SELECT count(*) FROM sqlite_master").fetchone()
        with contextlib.suppress(Exception):
            self.db.conn.close()
        if guard is not None:
            with contextlib.suppress(Exception):
                guard.close()


def _wrap(conn: Any, path: Path, key: Key) -> Store:
    db = sqlite_utils.Database(conn, execute_plugins=False)
    return Store(db, path, encrypted=key is not None, key=key)


def create_database(path: Path, key: Key) -> Store:
    """A new, empty, migrated database. Refuses to touch an existing file."""
    if path.exists() and path.stat().st_size > 0:
        raise errors.ValidationError(
            QT_TR_NOOP("A database already exists in this data folder."),
            what_next=QT_TR_NOOP("Open it with its passphrase, or choose another data folder."),
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(path, key)
    try:
        _configure(conn)
        store = _wrap(conn, path, key)
        migrate(store)
    except BaseException:
        conn.close()
        with contextlib.suppress(OSError):
            for suffix in ("", "-wal", "-shm"):
                os.remove(f"{path}{suffix}")
        raise
    return store


def open_database(path: Path, key: Key, *, migrate_schema: bool = True) -> Store:
    """Open an existing database, proving the key and bringing the schema up to date."""
    if not path.exists():
        raise errors.NotFound(
            QT_TR_NOOP("There is no database in {folder}.", folder=str(path.parent)),
            QT_TR_NOOP("Start the app once to create one, or choose the right data folder."),
        )
    conn = _connect(path, key)
    try:
        _configure(conn)
        store = _wrap(conn, path, key)
        check_not_newer(store.db)
        if migrate_schema:
            migrate(store)
        _remove_interrupted_rekey(path)
    except BaseException as exc:
        conn.close()
        if sql_errors.is_database_error(exc):
            translated = sql_errors.translate(exc)
            if isinstance(translated, errors.DatabaseCorrupt) and first_page_decrypts(path, key):
                raise damaged_error() from exc
            raise translated from exc
        raise
    return store


def open_reader(path: Path, key: Key) -> Store:
    """A second, read-only connection to an open database, for work in another thread (the
    background check and backup). Nothing can be written through it. Close it when done."""
    conn = _connect(path, key, read_only=True)
    store = _wrap(conn, path, key)
    store.read_only_reason = errors.DatabaseReadOnly("This connection only reads.")
    store.reader = True
    return store


def schema_upgrade_pending(store: Store) -> bool:
    """True when opening would migrate the schema (a write). Reads only."""
    try:
        return bool(MIGRATIONS.pending(store.db))
    except Exception as exc:
        if sql_errors.is_database_error(exc):
            raise sql_errors.translate(exc) from exc
        raise


def key_opens(path: Path, key: Key) -> bool:
    """True when `key` opens the database at `path` (a second, read-only look; nothing written).

    Used to confirm a facilitator's identity with the passphrase before signing.
    """
    try:
        conn = _connect(path, key)
    except errors.WrongPassphrase:
        return False
    conn.close()
    return True


def _remove_interrupted_rekey(path: Path) -> None:
    """A re-keyed copy left by a crash during a passphrase change is garbage once the real file
    opened (see storage/rekey.py): delete it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.remove(f"{path}.rekey-new{suffix}")


def migrate(store: Store) -> None:
    try:
        MIGRATIONS.apply(store.db)
    except Exception as exc:
        if sql_errors.is_database_error(exc):
            raise sql_errors.translate(exc) from exc
        raise
