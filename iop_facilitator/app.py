"""The composition root: paths -> database -> services -> window, in that order.

No module-level singletons: each piece is built here and handed what it needs. This module has no
Qt in it; `ui.application` takes the `Bootstrap` and drives the dialogs and the window. The storage
layer and the services are imported when a clinic is opened or created, not here: the unlock
dialog needs a `Bootstrap` and shows before they are loaded (ui/application.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from iop_facilitator import passphrase_source
from iop_facilitator.clock import Clock, SystemClock
from iop_facilitator.errors import UserFacingError, WrongPassphrase
from iop_facilitator.paths import DataPaths

if TYPE_CHECKING:
    from iop_facilitator.services.backups import RestoreResult
    from iop_facilitator.services.clinic import Clinic
    from iop_facilitator.storage import Key, Passphrase

log = logging.getLogger(__name__)


@dataclass
class Bootstrap:
    """What the UI needs before a clinic is open: where the data is, how to open or create it."""

    paths: DataPaths
    clock: Clock = field(default_factory=SystemClock)
    given_passphrase: Passphrase | None = None
    # Wrong passphrases typed since the last unlock: kept in memory (the database cannot be
    # written while locked) and audited as `failed_unlock` right after the next success.
    failed_unlocks: int = 0
    # "later": the app window defers the start check and backup of a large database until it is
    # shown (ui/startup_work.py); the clinic then has `check_deferred` set. See open_clinic.
    check: Literal["now", "later"] = "now"
    defer_above: int | None = None  # None: services.clinic.SMALL_DATABASE_BYTES

    @property
    def has_database(self) -> bool:
        return self.paths.has_database

    @property
    def is_demo(self) -> bool:
        return self.paths.is_demo

    def open(self, key: Key, check: Literal["now", "later"] | None = None) -> Clinic:
        """Open the clinic (integrity check first), then make the start-up backup if one is due.

        With `check` "later" (default: `self.check`) both may be left for after the window is
        shown (`clinic.check_deferred`). A failed start-up backup does not stop the app: it is
        logged, and Settings shows the date of the newest backup.
        """
        from iop_facilitator.services.clinic import SMALL_DATABASE_BYTES, open_clinic

        try:
            clinic = open_clinic(
                self.paths,
                key,
                self.clock,
                failed_attempts=self.failed_unlocks,
                check=check or self.check,
                defer_above=SMALL_DATABASE_BYTES if self.defer_above is None else self.defer_above,
            )
        except WrongPassphrase:
            self.failed_unlocks += 1
            log.info("unlock refused (attempt %d)", self.failed_unlocks)
            raise
        self.failed_unlocks = 0
        log.info("database opened")
        if clinic.check_deferred:
            return clinic
        try:
            clinic.backups.back_up_if_due()
        except UserFacingError as exc:
            log.warning("start-up backup failed: %s", type(exc).__name__)
        return clinic

    def restore(self, key: Key, backup: Path) -> RestoreResult:
        """Restore `backup` while no clinic is open (the damaged-database dialog)."""
        from iop_facilitator.services.backups import restore

        return restore(self.paths, key, backup, self.clock)

    def create(self, key: Key, clinic_name: str, facilitator_name: str, credentials: str) -> Clinic:
        from iop_facilitator.services.clinic import create_clinic

        clinic = create_clinic(
            self.paths,
            key,
            clinic_name=clinic_name,
            facilitator_name=facilitator_name,
            credentials=credentials,
            clock=self.clock,
        )
        log.info("database created")
        return clinic


def run_gui(paths: DataPaths, *, passphrase_file: str | None = None, smoke: bool = False) -> int:
    """Open the app window; returns the process exit code."""
    bootstrap = Bootstrap(
        paths, given_passphrase=passphrase_source.non_interactive(passphrase_file)
    )
    from iop_facilitator.ui.application import run

    return run(bootstrap, smoke=smoke)
