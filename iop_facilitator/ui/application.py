"""Start the Qt application: first run or unlock, then the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from iop_facilitator import APP_NAME, __version__
from iop_facilitator.app import Bootstrap
from iop_facilitator.crash import install_excepthook
from iop_facilitator.errors import UserFacingError
from iop_facilitator.services.clinic import Clinic
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.main_window import MainWindow
from iop_facilitator.ui.messages import show_crash, show_error
from iop_facilitator.ui.security_dialogs import FacilitatorChooserDialog
from iop_facilitator.ui.unlock import FirstRunDialog, UnlockDialog

log = logging.getLogger(__name__)
SMOKE_MS = 200


def make_qapplication() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("IOP Facilitator")
    return app


def window_state(bootstrap: Bootstrap) -> QSettings:
    """Per-machine view state (geometry), kept apart from the clinical record."""
    return QSettings(str(bootstrap.paths.ui_state), QSettings.Format.IniFormat)


def build_main_window(bootstrap: Bootstrap, clinic: Clinic) -> MainWindow:
    controller = Controller(clinic)
    window = MainWindow(controller, window_state(bootstrap), demo=bootstrap.is_demo)
    controller.setParent(window)
    return window


def obtain_clinic(bootstrap: Bootstrap, smoke: bool) -> tuple[Clinic | None, QDialog | None]:
    """Open the clinic with a given passphrase, or return the dialog that will ask for one."""
    if bootstrap.has_database and bootstrap.given_passphrase is not None:
        return bootstrap.open(bootstrap.given_passphrase), None
    if bootstrap.has_database:
        return None, UnlockDialog(bootstrap.open, demo=bootstrap.is_demo)
    return None, FirstRunDialog(bootstrap.create)


def choose_facilitator(clinic: Clinic) -> bool:
    """Ask who is facilitating when several profiles exist; False if the person cancels."""
    if clinic.ctx.actor_id is not None or len(clinic.facilitators.list()) < 2:
        return True
    return FacilitatorChooserDialog(clinic).exec() == QDialog.DialogCode.Accepted


def run(bootstrap: Bootstrap, *, smoke: bool = False) -> int:
    app = make_qapplication()
    install_excepthook(
        bootstrap.paths.logs,
        on_crash=lambda path: show_crash(QApplication.activeWindow(), str(path) if path else None),
    )
    try:
        clinic, dialog = obtain_clinic(bootstrap, smoke)
    except UserFacingError as exc:
        if smoke:
            print(f"{exc.title}: {exc.message}", file=sys.stderr)
            return exc.exit_code
        show_error(None, exc)
        return exc.exit_code
    if dialog is not None:
        if smoke:
            dialog.show()
            QTimer.singleShot(SMOKE_MS, dialog.reject)
            dialog.exec()
            return 0
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        clinic = dialog.clinic  # type: ignore[attr-defined]
    assert clinic is not None
    if not smoke and not choose_facilitator(clinic):
        clinic.close()
        return 0
    window = build_main_window(bootstrap, clinic)
    window.show()
    if smoke:
        QTimer.singleShot(SMOKE_MS, window.close)
    code = app.exec()
    clinic.close()
    log.info("closed cleanly")
    return int(code)


def screenshot(widget: object, path: Path) -> None:
    """Save a picture of a widget (for docs and manual checks)."""
    widget.grab().save(str(path))  # type: ignore[attr-defined]
