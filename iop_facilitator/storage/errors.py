"""One place that turns SQLite error codes into plain-words failures (qutebrowser misc/sql.py)."""

from __future__ import annotations

from iop_facilitator import errors
from iop_facilitator.texts import QT_TR_NOOP

# Primary result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_CONSTRAINT = 19
SQLITE_NOTADB = 26
SQLITE_CONSTRAINT_TRIGGER = 1811
SQLITE_IOERR_NOMEM = 3082


def error_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def is_database_error(exc: BaseException) -> bool:
    """True for sqlite3 and sqlcipher3 errors alike (they are distinct classes)."""
    return type(exc).__module__.split(".")[0] in {"sqlite3", "sqlcipher3"} or (
        error_code(exc) is not None
    )


def translate(exc: BaseException) -> BaseException:
    """A user-facing failure for a known environment error, else `exc` unchanged (a bug)."""
    code = error_code(exc)
    if code is None:
        text = str(exc).lower()
        if "database is locked" in text:
            code = SQLITE_BUSY
        elif "disk is full" in text or "database or disk is full" in text:
            code = SQLITE_FULL
        elif "readonly" in text or "read-only" in text:
            code = SQLITE_READONLY
        elif "file is not a database" in text:
            code = SQLITE_NOTADB
        else:
            return exc
    primary = code & 0xFF
    if code == SQLITE_CONSTRAINT_TRIGGER or (primary == SQLITE_CONSTRAINT and _is_raise(exc)):
        return errors.RuleViolation(_trigger_message(exc))
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return errors.DatabaseLocked(
            QT_TR_NOOP("Another program is using the database right now."),
            QT_TR_NOOP("Wait a moment and try again. Nothing you typed has been lost."),
        )
    if primary == SQLITE_READONLY:
        return errors.DatabaseReadOnly(
            QT_TR_NOOP(
                "The database file cannot be written (the folder or the drive is read-only)."
            ),
            QT_TR_NOOP(
                "Move the data folder to a writable drive, or ask IT to restore write access."
            ),
        )
    if primary == SQLITE_FULL:
        return errors.DiskFull(
            QT_TR_NOOP("The disk is full, so the last change could not be saved."),
            QT_TR_NOOP(
                "Free some space (empty the recycle bin, remove large downloads), then try again. "
                "Your text is still on screen."
            ),
        )
    if primary == SQLITE_IOERR:
        return errors.DiskFull(
            QT_TR_NOOP("The drive reported an error while saving."),
            QT_TR_NOOP("Check that the drive is connected and has free space, then try again."),
        )
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return errors.DatabaseCorrupt(
            QT_TR_NOOP("The database file is damaged or is not an IOP Facilitator database."),
            QT_TR_NOOP(
                "Restore the newest backup (Settings, Backups, or `iop-facilitator restore`)."
            ),
        )
    if primary == SQLITE_CANTOPEN:
        return errors.DatabaseReadOnly(
            QT_TR_NOOP("The database file could not be opened."),
            QT_TR_NOOP("Check that the data folder exists and that you may write to it."),
        )
    return exc


_BUILTIN_CONSTRAINTS = (
    "UNIQUE constraint",
    "FOREIGN KEY constraint",
    "CHECK constraint",
    "NOT NULL constraint",
    "PRIMARY KEY constraint",
    "constraint failed",
)


def _is_raise(exc: BaseException) -> bool:
    """A RAISE() from one of our triggers, as opposed to a built-in constraint."""
    text = str(exc)
    return not any(marker in text for marker in _BUILTIN_CONSTRAINTS)


def _trigger_message(exc: BaseException) -> str:
    text = str(exc).strip()
    return text[0].upper() + text[1:] + "." if text and not text.endswith(".") else text
