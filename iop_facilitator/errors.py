"""Failures the user can act on, in plain words.

Two kinds of failure (STYLE.md practice 9): an `EnvironmentFailure` (the disk is full, the database
is locked, the passphrase is wrong) is shown as a message with what to do next and a non-zero exit;
anything else is a bug and goes to the crash handler. Messages never contain client data.
"""

from __future__ import annotations

from iop_facilitator.texts import QT_TR_NOOP


class UserFacingError(Exception):
    """An error whose message a clinician can read and act on."""

    title: str = QT_TR_NOOP("Something needs attention")
    exit_code = 2

    def __init__(self, message: str, what_next: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.what_next = what_next

    def __str__(self) -> str:
        return f"{self.message} {self.what_next}".strip()


class ValidationError(UserFacingError):
    """Input that cannot be saved as it is; nothing was written."""

    title: str = QT_TR_NOOP("Please check this entry")

    def __init__(self, message: str, field: str = "", what_next: str = "") -> None:
        super().__init__(message, what_next)
        self.field = field


class NotFound(UserFacingError):
    title: str = QT_TR_NOOP("Not found")


class RuleViolation(UserFacingError):
    """A clinical-record rule refused the change (a signed note, a closed enrollment)."""

    title: str = QT_TR_NOOP("This change is not allowed")


class EnvironmentFailure(UserFacingError):
    """The machine, not the program, failed: the message says what to do."""

    title: str = QT_TR_NOOP("The app cannot continue")
    exit_code = 3


class DatabaseLocked(EnvironmentFailure):
    title: str = QT_TR_NOOP("The database is busy")


class DatabaseReadOnly(EnvironmentFailure):
    title: str = QT_TR_NOOP("The database cannot be written")


class DiskFull(EnvironmentFailure):
    title: str = QT_TR_NOOP("The disk is full")


class DatabaseCorrupt(EnvironmentFailure):
    title: str = QT_TR_NOOP("The database is damaged")
    #: The newest backup that passed its own check (a pathlib.Path), offered for restore; set by
    #: services.integrity when the damage is found at start.
    newest_backup: object = None


class WrongPassphrase(EnvironmentFailure):
    title: str = QT_TR_NOOP("Wrong passphrase")
    exit_code = 4


class NewerDatabase(EnvironmentFailure):
    title: str = QT_TR_NOOP("Made by a newer version")


class AlreadyRunning(EnvironmentFailure):
    title: str = QT_TR_NOOP("Already open")
    exit_code = 5


class ExportFailed(EnvironmentFailure):
    title: str = QT_TR_NOOP("Export failed")
