"""The start check and start-up backup of a large database, after the window is shown.

`StartupWork.start()` plans on the UI thread, then runs `services.startup_work.run` in a Python
thread on its own read-only connection; the result comes back through a queued Qt signal. The
status bar says "Checking the database…" / "Backing up…" meanwhile. A clean result changes
nothing visible (a backup made gets its audit row). Damage switches the clinic to read-only at
once (autosave can no longer write into the damaged file) and shows the damaged-database dialog
with the newest good backup, as at start. Closing the window cancels the work; `stop()` waits
for the thread, so nothing runs at interpreter shutdown.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from iop_facilitator.app import Bootstrap
from iop_facilitator.errors import UserFacingError
from iop_facilitator.services import startup_work
from iop_facilitator.services.backups import RestoreResult
from iop_facilitator.services.clinic import Clinic
from iop_facilitator.storage.cancel import Cancellation, Cancelled

if TYPE_CHECKING:
    from iop_facilitator.ui.damaged import DamagedDialog

log = logging.getLogger(__name__)
STOP_WAIT_S = 30.0


class StartupWork(QObject):
    """Signals:
    finished(object): the StartupOutcome, or None when cancelled or failed (UI thread).
    quit_requested(int): the damaged dialog ended (restored: 0; quit: the error's exit code).
    """

    finished = Signal(object)
    quit_requested = Signal(int)
    _stage = Signal(str)
    _done = Signal(object)

    def __init__(self, window: QMainWindow, bootstrap: Bootstrap, clinic: Clinic) -> None:
        super().__init__(window)
        self.window = window
        self.bootstrap = bootstrap
        self.clinic = clinic
        self.cancel = Cancellation()
        self.worker: threading.Thread | None = None
        self.outcome: startup_work.StartupOutcome | None = None
        self.dialog: DamagedDialog | None = None
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Start-up check"))
        self.status.hide()
        window.statusBar().addWidget(self.status)
        self._stage.connect(self._show_stage)
        self._done.connect(self._finish)
        window.installEventFilter(self)

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.is_alive()

    def start(self) -> None:
        work = startup_work.plan(self.clinic)
        self._show_stage(startup_work.CHECKING)
        self.worker = threading.Thread(target=self._work, args=(work,), name="startup-check")
        self.worker.start()

    def _work(self, work: startup_work.StartupPlan) -> None:
        """The worker thread: no Qt objects touched except by emitting signals."""
        outcome: startup_work.StartupOutcome | None = None
        try:
            outcome = startup_work.run(work, self.cancel, self._emit_stage)
        except Cancelled:
            log.info("start-up check stopped (the app is closing)")
        except UserFacingError as exc:
            log.warning("start-up check could not run: %s", type(exc).__name__)
        except Exception:
            log.exception("start-up check failed")
        if not self.cancel.cancelled:
            with contextlib.suppress(RuntimeError):  # the window is already gone
                self._done.emit(outcome)

    def _emit_stage(self, stage: str) -> None:
        if not self.cancel.cancelled:
            with contextlib.suppress(RuntimeError):
                self._stage.emit(stage)

    def _show_stage(self, stage: str) -> None:
        text = (
            self.tr("Backing up…")
            if stage == startup_work.BACKING_UP
            else self.tr("Checking the database…")
        )
        self.status.setText(text)
        self.status.setToolTip(
            self.tr("The daily safety check runs in the background; you can keep working.")
        )
        self.status.show()

    def _finish(self, outcome: startup_work.StartupOutcome | None) -> None:
        self.status.hide()
        self.status.clear()
        self.outcome = outcome
        if outcome is not None and outcome.damage is not None:
            self._damaged(outcome)
        elif outcome is not None and outcome.facts is not None:
            try:
                self.clinic.backups.record("start", outcome.facts, outcome.rotated_out)
            except UserFacingError as exc:
                log.warning("start-up backup not audited: %s", type(exc).__name__)
        self.finished.emit(outcome)

    def _damaged(self, outcome: startup_work.StartupOutcome) -> None:
        error = outcome.damage
        assert error is not None
        self.clinic.store.set_read_only(
            self.tr("The clinic's database is damaged, so nothing more is saved into it."),
            self.tr("Restore the newest good backup; what you type now stays on screen."),
        )
        key = self.clinic.store.key

        def restore(backup: Path) -> RestoreResult:
            self.clinic.close()  # read-only: no checkpoint, nothing flushed into the file
            return self.bootstrap.restore(key, backup)

        from iop_facilitator.ui.damaged import DamagedDialog  # only when damage is found

        self.dialog = DamagedDialog(error, restore, self.window, while_open=True)
        accepted = self.dialog.exec() == QDialog.DialogCode.Accepted
        self.quit_requested.emit(0 if accepted else int(error.exit_code))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.cancel.cancel()
        return False

    def stop(self) -> None:
        """Cancel the work and wait for the thread (call before closing the clinic)."""
        self.cancel.cancel()
        if self.worker is not None:
            self.worker.join(STOP_WAIT_S)
            if self.worker.is_alive():
                log.warning("start-up check did not stop in %.0f s", STOP_WAIT_S)


def start_if_deferred(
    window: QMainWindow, bootstrap: Bootstrap, clinic: Clinic
) -> StartupWork | None:
    """Start the background check when `open` left it for later; None when it already ran."""
    if not clinic.check_deferred:
        return None
    work = StartupWork(window, bootstrap, clinic)
    work.start()
    return work
