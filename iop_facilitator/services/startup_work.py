"""The start check and start-up backup run after the window is shown (large databases).

`plan` runs on the caller's thread (it reads the clinic's settings through the app's
connection); `run` runs in a worker thread on its OWN read-only connection
(`storage.database.open_reader`): the app's connection is never shared across threads. It does
the check due today (quick, or the weekly full one), then the start-up backup when due, and
returns what happened; the caller writes the audit row and, on damage, switches the clinic to
read-only. `cancel.cancel()` (the window closing) stops it promptly: the check is interrupted,
the backup stops between steps and its partial file is removed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from iop_facilitator import errors
from iop_facilitator.clock import Clock
from iop_facilitator.paths import DataPaths
from iop_facilitator.services import integrity
from iop_facilitator.services.backups import rotate_folder, write_backup
from iop_facilitator.services.clinic import Clinic, offer_backup
from iop_facilitator.storage import Key, maintenance
from iop_facilitator.storage.cancel import Cancellation
from iop_facilitator.storage.database import damaged_error, open_reader

log = logging.getLogger(__name__)

CHECKING = "checking"
BACKING_UP = "backing_up"


@dataclass(frozen=True)
class StartupPlan:
    paths: DataPaths
    key: Key
    clock: Clock
    # Where the start-up backup goes; None when none is due.
    backup_folder: Path | None


@dataclass(frozen=True)
class StartupOutcome:
    # The damage found (naming the newest good backup); None when the check passed.
    damage: errors.DatabaseCorrupt | None = None
    backup: Path | None = None
    facts: maintenance.DatabaseFacts | None = None
    rotated_out: int = 0
    # A start-up backup that failed (disk full...): logged, as when it ran before the window.
    backup_error: errors.UserFacingError | None = None


def plan(clinic: Clinic) -> StartupPlan:
    """What the background work will do; call on the thread that owns `clinic`."""
    folder = clinic.backups.folder() if clinic.backups.is_due() else None
    return StartupPlan(clinic.paths, clinic.store.key, clinic.ctx.clock, folder)


def run(
    work: StartupPlan,
    cancel: Cancellation,
    stage: Callable[[str], None] = lambda _stage: None,
) -> StartupOutcome:
    """The check, then the backup if due. Raises `Cancelled` when stopped."""
    stage(CHECKING)
    try:
        reader = open_reader(work.paths.database, work.key)
    except errors.DatabaseCorrupt:
        return StartupOutcome(damage=offer_backup(damaged_error(), work.paths, work.key, cancel))
    try:
        problems = integrity.startup_check(reader, work.paths, work.clock, cancel)
        if problems:
            log.warning("background start check found damage (%d problems)", len(problems))
            reader.close()
            return StartupOutcome(
                damage=offer_backup(damaged_error(), work.paths, work.key, cancel)
            )
        if work.backup_folder is None:
            return StartupOutcome()
        stage(BACKING_UP)
        try:
            target, facts = write_backup(
                reader, work.backup_folder, work.clock.now(), work.paths, "start", cancel
            )
            removed = rotate_folder(work.backup_folder)
        except errors.UserFacingError as exc:
            log.warning("start-up backup failed: %s", type(exc).__name__)
            return StartupOutcome(backup_error=exc)
        return StartupOutcome(backup=target, facts=facts, rotated_out=removed)
    finally:
        reader.close()
