"""Auto-lock: an idle watcher for the whole app, and the lock that hides the window's content.

Locking takes the window's central widget out (hidden, not covered) and puts a lock screen in its
place; pages get `flush()` first so unsaved text is saved. Unlocking with the active facilitator's
PIN (quick unlock) or the clinic passphrase puts the same content back on the same page.
The database stays open while locked: a PIN cannot derive the key, so quick unlock needs it open;
the lock protects the screen from the next person in the room, encryption protects the file.

Signals:
    IdleWatcher.idle(): no keyboard, mouse or touch input for `minutes`.
    WindowLock.lock_changed(bool): the window was locked (True) or unlocked (False).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.clock import Clock
from iop_facilitator.domain import pin as pin_rules
from iop_facilitator.domain.changes import Changes
from iop_facilitator.errors import UserFacingError
from iop_facilitator.storage import Passphrase
from iop_facilitator.ui import formatting, theme
from iop_facilitator.ui.a11y import describe_shortcut
from iop_facilitator.ui.controller import Controller

if TYPE_CHECKING:
    from iop_facilitator.ui.main_window import MainWindow

CHECK_INTERVAL_MS = 15_000
MAX_PIN_FAILURES = 5  # then only the clinic passphrase unlocks
LOCK_SHORTCUT = "Ctrl+L"

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


def default_delay_ms(failures: int) -> int:
    """Wait after repeated failures: none for the first three, then 1, 2, 4 ... 30 seconds."""
    return 0 if failures < 3 else min(30_000, 1000 * 2 ** (failures - 3))


class IdleWatcher(QObject):
    """Emits `idle` once no input reached the application for `minutes` (by the injected clock).

    An application-wide event filter notes the time of every input event; `timer` checks every
    15 s (tests emit `timer.timeout` after moving a ManualClock: no sleeping).
    """

    idle = Signal()

    def __init__(self, clock: Clock, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.minutes = minutes
        self.last_input = clock.now()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.last_input = self.clock.now()
        return False

    def reset(self) -> None:
        self.last_input = self.clock.now()

    def check(self) -> None:
        if self.paused:
            return
        if self.clock.now() - self.last_input >= dt.timedelta(minutes=self.minutes):
            self.idle.emit()


class LockScreen(QWidget):
    """What a locked window shows: who locked it and one field for the PIN or the passphrase."""

    def __init__(self, who: str, pin_allowed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Locked"))
        title = QLabel(self.tr("<b>Locked</b>"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        title.setFont(font)
        title.setAccessibleName(self.tr("Locked"))
        self.who = QLabel(who)
        self.who.setWordWrap(True)
        self.who.setAccessibleName(self.tr("Who locked the window"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(320)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        theme.tone(self.message, "error")
        self.set_pin_allowed(pin_allowed)
        form = QFormLayout()
        form.addRow(self.prompt, self.secret)
        box = QWidget()
        box.setFixedWidth(560)  # a fixed width lets the wrapped labels take the height they need
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.who)
        inner.addLayout(form)
        inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.secret.returnPressed.connect(self.unlock_button.click)

    def set_pin_allowed(self, allowed: bool) -> None:
        text = self.tr("PIN or passphrase:") if allowed else self.tr("Passphrase:")
        if not hasattr(self, "prompt"):
            self.prompt = QLabel(text)
        self.prompt.setText(text)
        self.secret.setAccessibleName(text.rstrip(":"))


class WindowLock(QObject):
    """Locks and unlocks one main window. The window must have `pages`, `stack`, `show_section`.

    Adds the Ctrl+L shortcut and a "Lock" button to the window's status bar, and locks by itself
    after the `auto_lock_minutes` setting of idle time.
    """

    lock_changed = Signal(bool)

    def __init__(
        self,
        window: MainWindow,
        controller: Controller,
        *,
        delay_ms: Callable[[int], int] = default_delay_ms,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.clinic = controller.clinic
        self._delay_ms = delay_ms
        self.content: QWidget | None = None
        self.screen: LockScreen | None = None
        self.saved_section = 0
        self.failures = 0
        self.pin_failures = 0
        self.watcher = IdleWatcher(
            self.clinic.ctx.clock, self.clinic.settings.get("auto_lock_minutes"), self
        )
        self.watcher.idle.connect(lambda: self.lock("idle"))
        self.shortcut = QShortcut(QKeySequence(LOCK_SHORTCUT), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(lambda: self.lock("manual"))
        describe_shortcut(self.shortcut, self.tr("Lock the window now"))
        self.button = QPushButton(self.tr("Lock ({shortcut})").format(shortcut=LOCK_SHORTCUT))
        self.button.setAccessibleName(self.tr("Lock now"))
        self.button.setToolTip(self.tr("Hide everything until the PIN or passphrase is entered"))
        self.button.clicked.connect(lambda: self.lock("manual"))
        window.statusBar().addPermanentWidget(self.button)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._enable_retry)

    @property
    def locked(self) -> bool:
        return self.content is not None

    def on_changes(self, changes: Changes) -> None:
        if changes.settings:
            self.watcher.minutes = self.clinic.settings.get("auto_lock_minutes")

    # -- lock ----------------------------------------------------------------------------------
    def lock(self, reason: str = "manual") -> None:
        """Save what pages hold, close open dialogs, hide the content, show the lock screen."""
        if self.locked:
            return
        for page in getattr(self.window, "pages", []):
            flush = getattr(page, "flush", None)
            if callable(flush):
                flush()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.saved_section = self.window.stack.currentIndex()
        content = self.window.takeCentralWidget()
        if content is None:
            return
        content.hide()
        content.setParent(None)  # out of the window's tree: nothing of it can be reached
        self.content = content
        active = self.clinic.facilitators.active
        pin_ok = self._pin_allowed()
        when = formatting.time(self.clinic.ctx.clock.now())
        who = (
            self.tr("Locked by {name} at {time}.").format(name=active.display, time=when)
            if active
            else self.tr("Locked at {time}.").format(time=when)
        )
        hint = (
            self.tr("Enter your PIN or the clinic passphrase.")
            if pin_ok
            else self.tr("Enter the clinic passphrase.")
        )
        self.screen = LockScreen(f"{who} {hint}", pin_ok)
        self.screen.unlock_button.clicked.connect(self._unlock_clicked)
        self.window.setCentralWidget(self.screen)
        self.screen.secret.setFocus()
        self.button.setEnabled(False)
        self.watcher.paused = True
        self.controller.run(self.window, lambda: self.clinic.security.record_lock(reason))
        self.lock_changed.emit(True)

    def _pin_allowed(self) -> bool:
        active = self.clinic.facilitators.active
        return bool(active and active.has_pin and self.pin_failures < MAX_PIN_FAILURES)

    # -- unlock --------------------------------------------------------------------------------
    def try_unlock(self, secret: str) -> bool:
        """Unlock with the active facilitator's PIN or the clinic passphrase; False if neither."""
        if not self.locked:
            return True
        method = ""
        active = self.clinic.facilitators.active
        looks_like_pin = (
            secret.isascii()
            and secret.isdigit()
            and (pin_rules.MIN_DIGITS <= len(secret) <= pin_rules.MAX_DIGITS)
        )
        if (
            active
            and looks_like_pin
            and self._pin_allowed()
            and (self.clinic.facilitators.check_pin(active.id, secret))
        ):
            method = "pin"
        else:
            try:
                if secret and self.clinic.security.verify_passphrase(Passphrase(secret)):
                    method = "passphrase"
            except UserFacingError:
                method = ""
        if not method:
            self.failures += 1
            if looks_like_pin:
                self.pin_failures += 1
            return False
        failures = self.failures
        self.failures = 0
        if method == "passphrase":
            self.pin_failures = 0
        self._restore()
        self.controller.run(
            self.window, lambda: self.clinic.security.record_unlock(method, failures)
        )
        return True

    def _unlock_clicked(self) -> None:
        screen = self.screen
        if screen is None or not screen.unlock_button.isEnabled():
            return
        if self.try_unlock(screen.secret.text()):
            return
        screen.secret.clear()
        screen.set_pin_allowed(self._pin_allowed())
        text = self.tr("That did not unlock the window (attempt {n}).").format(n=self.failures)
        if not self._pin_allowed() and self.pin_failures >= MAX_PIN_FAILURES:
            text += " " + self.tr("Too many wrong PINs: use the clinic passphrase.")
        delay = self._delay_ms(self.failures)
        if delay:
            text += " " + self.tr("Please wait {seconds} s before the next try.").format(
                seconds=delay // 1000 or 1
            )
            screen.unlock_button.setEnabled(False)
            screen.secret.setEnabled(False)
            self._retry.start(delay)
        screen.message.setText(text)

    def _enable_retry(self) -> None:
        if self.screen is not None:
            self.screen.unlock_button.setEnabled(True)
            self.screen.secret.setEnabled(True)
            self.screen.secret.setFocus()

    def _restore(self) -> None:
        assert self.content is not None
        screen = self.window.takeCentralWidget()
        if screen is not None:
            screen.deleteLater()
        self.screen = None
        self.window.setCentralWidget(self.content)
        self.content.show()
        self.content = None
        self.window.show_section(self.saved_section)
        self.button.setEnabled(True)
        self.watcher.reset()
        self.watcher.paused = False
        self.lock_changed.emit(False)
