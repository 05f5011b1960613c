"""Start the Qt application: first run or unlock, then the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from iop_facilitator import APP_NAME, __version__
from iop_facilitator.crash import install_excepthook
from iop_facilitator.errors import DatabaseCorrupt, UserFacingError
from iop_facilitator.paths import resource
from iop_facilitator.ui import i18n
from iop_facilitator.ui.messages import show_crash, show_error
from iop_facilitator.ui.unlock import FirstRunDialog, UnlockDialog

if TYPE_CHECKING:
    from iop_facilitator.app import Bootstrap
    from iop_facilitator.services.clinic import Clinic
    from iop_facilitator.storage import Key
    from iop_facilitator.ui.main_window import MainWindow
    from iop_facilitator.ui.pages import Page

log = logging.getLogger(__name__)
SMOKE_MS = 200

# What opening the clinic, the main window and Today need, imported only once the unlock (or
# first-run) dialog is on screen (`preload_after_first_paint`): the dialog shows sooner, and the
# imports happen while the facilitator types, so Unlock costs only the key derivation and Today.
# The code that uses these modules imports them itself too: preloading only moves the cost, and
# nothing depends on it having run.
MAIN_WINDOW_MODULES = (
    "iop_facilitator.storage",
    "iop_facilitator.services.clinic",
    "iop_facilitator.ui.controller",
    "iop_facilitator.ui.pages",
    "iop_facilitator.ui.theme",
    "iop_facilitator.ui.main_window",
    "iop_facilitator.ui.exports.menu",
    "iop_facilitator.ui.shortcuts_dialog",
    "iop_facilitator.ui.startup_work",
    "iop_facilitator.ui.formatting",
    "iop_facilitator.ui.today_page",
)


def preload_main_window() -> None:
    """Import the main window's modules (on the UI thread: they define Qt classes).

    `__import__`, not importlib.import_module, so that `python -X importtime` reports them."""
    for name in MAIN_WINDOW_MODULES:
        __import__(name)


class _AfterFirstPaint(QObject):
    """Calls `then` once, on the event loop's next turn after `widget` was first painted: by then
    the widget is on screen, and whatever `then` does cannot delay its first picture."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def preload_after_first_paint(
    widget: QWidget, then: Callable[[], None] = preload_main_window
) -> None:
    _AfterFirstPaint(widget, then)


def make_qapplication() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("IOP Facilitator")
    try:
        app.setWindowIcon(QIcon(str(resource("icons", "iop-facilitator.png"))))
    except FileNotFoundError:
        log.warning("app icon missing from resources/")  # cosmetic: the app still runs
    return app


def window_state(bootstrap: Bootstrap) -> QSettings:
    """Per-machine view state (geometry), kept apart from the clinical record."""
    return QSettings(str(bootstrap.paths.ui_state), QSettings.Format.IniFormat)


def build_main_window(bootstrap: Bootstrap, clinic: Clinic) -> MainWindow:
    """The window with Today built; the other pages are built on their first visit."""
    from iop_facilitator.ui.controller import Controller
    from iop_facilitator.ui.exports.menu import install_exports_menu
    from iop_facilitator.ui.main_window import MainWindow

    controller = Controller(clinic)
    window = MainWindow(controller, window_state(bootstrap), demo=bootstrap.is_demo)
    controller.setParent(window)

    def session_page() -> Page:
        from iop_facilitator.ui.session.session_page import SessionPage

        page = SessionPage(controller)
        page.session_ended.connect(lambda sid: window.open_notes(sid))
        page.start_requested.connect(lambda: start_session(window))
        return page

    def notes_page() -> Page:
        from iop_facilitator.ui.notes.notes_page import NotesPage

        return NotesPage(controller)

    def reports_page() -> Page:
        from iop_facilitator.ui.reports_page import ReportsPage

        return ReportsPage(controller)

    window.set_page_factory("Session", session_page)
    window.set_page_factory("Notes", notes_page)
    window.set_page_factory("Reports", reports_page)
    install_exports_menu(window, controller)
    install_accessibility(window)
    window.set_page_factory("Today", lambda: _today_page(window))  # on screen: built now
    window.when_built(
        "Groups",
        lambda page: page.start_requested.connect(lambda gid: start_session(window, gid)),  # type: ignore[attr-defined]
    )
    return window


def _today_page(window: MainWindow) -> Page:
    from iop_facilitator.ui.today_page import TodayPage

    return TodayPage(
        window.controller,
        start=lambda gid: start_session(window, gid),
        resume=window.open_session,
        notes=window.open_notes,
    )


def install_accessibility(window: MainWindow) -> None:
    """The theme (system, or the `appearance` setting), Start session and Help > shortcuts."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QKeySequence

    from iop_facilitator.ui import theme
    from iop_facilitator.ui.shortcuts_dialog import install_help_menu

    settings = window.controller.clinic.settings
    window.theme_follower = theme.ThemeFollower(lambda: settings.get("appearance"), window)
    window.controller.changed.connect(
        lambda changes: changes.settings and window.theme_follower.follow()
    )
    menu = getattr(window, "file_menu", None) or window.menuBar().addMenu(
        QCoreApplication.translate("MainWindow", "&File")
    )
    action = menu.addAction(QCoreApplication.translate("MainWindow", "&Start a session..."))
    action.setShortcut(QKeySequence("Ctrl+Shift+N"))
    action.triggered.connect(lambda: start_session(window))
    window.start_session_action = action
    install_help_menu(window)
    window.status_bar_last()


def start_session(window: MainWindow, group_id: int | None = None) -> int | None:
    """Ask for the session's details, start it, and show it. Returns the session id."""
    from iop_facilitator.domain.changes import Changes
    from iop_facilitator.ui.session.start_dialog import StartSessionDialog

    dialog = StartSessionDialog(window.controller.clinic, window, group_id)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session_id is None:
        return None
    window.controller.changed.emit(Changes(sessions=True, attendance=True))
    window.open_session(dialog.session_id)
    return int(dialog.session_id)


def offer_resume(window: MainWindow) -> bool:
    """If a session was left running (closed or killed mid-group), offer to pick it up again."""
    from PySide6.QtWidgets import QMessageBox

    from iop_facilitator.ui import formatting

    running = window.controller.clinic.sessions.running()
    if running is None:
        return False
    translate = QCoreApplication.translate
    answer = QMessageBox.question(
        window,
        translate("Application", "Resume session"),
        translate(
            "Application",
            "{group} on {day} is still running (started {time}).\nResume it where you left off?",
        ).format(
            group=running.group_name,
            day=formatting.day_month(running.date),
            time=formatting.time(running.actual_start),
        )
        if running.actual_start
        else translate("Application", "{group} is still running. Resume it?").format(
            group=running.group_name
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.open_session(running.id)
        return True
    return False


def obtain_clinic(
    bootstrap: Bootstrap, smoke: bool
) -> tuple[Clinic | None, UnlockDialog | FirstRunDialog | None]:
    """Open the clinic with a given passphrase, or return the dialog that will ask for one."""
    if bootstrap.has_database and bootstrap.given_passphrase is not None:
        return bootstrap.open(bootstrap.given_passphrase), None
    if bootstrap.has_database:
        return None, UnlockDialog(bootstrap.open, demo=bootstrap.is_demo)
    return None, FirstRunDialog(bootstrap.create)


def recover(bootstrap: Bootstrap, error: DatabaseCorrupt, key: Key) -> Clinic | None:
    """The damaged-database dialog; the clinic opened from the restored backup, or None."""
    from iop_facilitator.ui.damaged import DamagedDialog

    dialog = DamagedDialog(error, lambda backup: bootstrap.restore(key, backup))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return bootstrap.open(key, check="now")


def choose_facilitator(clinic: Clinic) -> bool:
    """Ask who is facilitating when several profiles exist; False if the person cancels."""
    if clinic.ctx.actor_id is not None or len(clinic.facilitators.list()) < 2:
        return True
    from iop_facilitator.ui.security_dialogs import FacilitatorChooserDialog

    return FacilitatorChooserDialog(clinic).exec() == QDialog.DialogCode.Accepted


def run(bootstrap: Bootstrap, *, smoke: bool = False) -> int:
    app = make_qapplication()
    state = window_state(bootstrap)
    i18n.install(i18n.remembered(state))  # before any window: texts are set in constructors
    # A large database is checked (and backed up when due) after the window shows; a small one,
    # or one whose schema must be upgraded, before (services/clinic.py open_clinic).
    bootstrap.check = "later"
    install_excepthook(
        bootstrap.paths.logs,
        on_crash=lambda path: show_crash(QApplication.activeWindow(), str(path) if path else None),
    )
    try:
        try:
            clinic, dialog = obtain_clinic(bootstrap, smoke)
        except DatabaseCorrupt as exc:
            if smoke or bootstrap.given_passphrase is None:
                raise
            clinic, dialog = recover(bootstrap, exc, bootstrap.given_passphrase), None
            if clinic is None:
                return exc.exit_code
    except UserFacingError as exc:
        if smoke:
            print(f"{exc.title}: {exc.message}", file=sys.stderr)
            return exc.exit_code
        show_error(None, exc)
        return exc.exit_code
    if dialog is not None:
        preload_after_first_paint(dialog)
        if smoke:
            dialog.show()
            QTimer.singleShot(SMOKE_MS, dialog.reject)
            dialog.exec()
            return 0
        if dialog.exec() != QDialog.DialogCode.Accepted:
            damaged = getattr(dialog, "damaged", None)
            if damaged is None:
                return 0
            try:
                clinic = recover(bootstrap, *damaged)
            except UserFacingError as exc:
                show_error(None, exc)
                return exc.exit_code
            if clinic is None:
                return int(damaged[0].exit_code)
        else:
            clinic = dialog.clinic
    assert clinic is not None
    i18n.apply_clinic_language(clinic.settings.get("language"), state)
    if not smoke and not choose_facilitator(clinic):
        clinic.close()
        return 0
    window = build_main_window(bootstrap, clinic)
    window.when_built(
        "Settings",
        lambda page: page.backups.clinic_closed.connect(lambda _result: app.quit()),  # type: ignore[attr-defined]
    )
    window.show()
    from iop_facilitator.ui.startup_work import start_if_deferred

    work = start_if_deferred(window, bootstrap, clinic)
    if work is not None:
        work.quit_requested.connect(app.exit)
    if smoke:
        QTimer.singleShot(SMOKE_MS, window.close)
    else:
        QTimer.singleShot(0, lambda: offer_resume(window))
    code = app.exec()
    if work is not None:
        work.stop()  # the window closed: the check or backup is cancelled, its thread ended
    clinic.close()
    log.info("closed cleanly")
    return int(code)


def screenshot(widget: QWidget, path: Path) -> None:
    """Save a picture of a widget (for docs and manual checks)."""
    widget.grab().save(str(path))
