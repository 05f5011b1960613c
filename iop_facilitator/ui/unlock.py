"""First run (create the encrypted database) and unlock (open it with the passphrase)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator import APP_NAME
from iop_facilitator.domain import passphrase as passphrase_rules
from iop_facilitator.errors import DatabaseCorrupt, UserFacingError, WrongPassphrase
from iop_facilitator.ui.dialog_parts import message_label, ok_cancel_buttons
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP
from iop_facilitator.ui.messages import explain, localized

if TYPE_CHECKING:  # the storage layer and services load after these dialogs show
    from iop_facilitator.services.clinic import Clinic
    from iop_facilitator.storage import Passphrase

FORGOTTEN_TEXT = QT_TRANSLATE_NOOP(
    "UnlockDialog",
    "There is no way to open the data without the passphrase: it is never stored, so nobody, "
    "not even IT, can recover it. If it is lost, restore the clinic's backup using the passphrase "
    "that was in use when that backup was made.",
)


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(320)
    return field


class FirstRunDialog(QDialog):
    """Sets up a new clinic: who you are, and the passphrase that encrypts everything."""

    def __init__(
        self, create: Callable[[Passphrase, str, str, str], Clinic], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._create = create
        self.clinic: Clinic | None = None
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        intro = QLabel(
            self.tr(
                "<b>Set up this laptop for your program.</b><br>"
                "Everything is kept on this computer, encrypted with a passphrase you choose now. "
                "The passphrase is never stored: write it down and keep it somewhere safe."
            )
        )
        intro.setWordWrap(True)
        self.clinic_name = QLineEdit()
        self.clinic_name.setAccessibleName(self.tr("Clinic name"))
        self.clinic_name.setPlaceholderText(self.tr("e.g. Riverside Recovery Center"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.credentials = QLineEdit()
        self.credentials.setAccessibleName(self.tr("Your credentials"))
        self.credentials.setPlaceholderText(self.tr("e.g. LADC, CADC, LPC, LCSW"))
        self.passphrase = _password_field(self.tr("Passphrase"))
        self.confirm = _password_field(self.tr("Passphrase again"))
        self.strength = QLabel(localized(passphrase_rules.assess("").hint))
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.message = message_label()
        form = QFormLayout()
        form.addRow(self.tr("Clinic name:"), self.clinic_name)
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Credentials:"), self.credentials)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow(self.tr("Passphrase again:"), self.confirm)
        buttons, self.ok_button = ok_cancel_buttons(self.tr("Create encrypted database"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.passphrase.textChanged.connect(self._update_strength)

    def _update_strength(self, text: str) -> None:
        self.strength.setText(localized(passphrase_rules.assess(text).hint))

    def _accept(self) -> None:
        strength = passphrase_rules.assess(self.passphrase.text())
        if not self.name.text().strip():
            self.message.setText(self.tr("Please enter your name: it goes on every note you sign."))
            self.name.setFocus()
            return
        if not strength.acceptable:
            self.message.setText(localized(strength.hint))
            self.passphrase.setFocus()
            return
        if self.passphrase.text() != self.confirm.text():
            self.message.setText(self.tr("The two passphrases are not the same. Type them again."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        from iop_facilitator.storage import Passphrase

        try:
            self.clinic = self._create(
                Passphrase(self.passphrase.text()),
                self.clinic_name.text(),
                self.name.text(),
                self.credentials.text(),
            )
        except UserFacingError as exc:
            self.message.setText(explain(exc))
            return
        self.accept()


class UnlockDialog(QDialog):
    """Asks for the passphrase. Wrong attempts say so, change nothing, and slow down."""

    def __init__(
        self,
        open_: Callable[[Passphrase], Clinic],
        *,
        demo: bool = False,
        parent: QWidget | None = None,
        delay_ms: Callable[[int], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self._open = open_
        self._failures = 0
        self._delay_ms = delay_ms or (
            lambda failures: 0 if failures < 3 else min(30_000, 1000 * 2 ** (failures - 3))
        )
        self.clinic: Clinic | None = None
        # Set when the passphrase was right but the database is damaged: the app then offers a
        # restore (ui/damaged.py) with this passphrase.
        self.damaged: tuple[DatabaseCorrupt, Passphrase] | None = None
        self.setWindowTitle(self.tr("{app}: unlock").format(app=APP_NAME))
        title = QLabel(self.tr("<b>Enter the passphrase to open your clinic's records.</b>"))
        title.setWordWrap(True)
        self.passphrase = _password_field(self.tr("Passphrase"))
        self.message = message_label()
        if demo:
            self.message.setText(
                self.tr("This is the fictional demo clinic. Its passphrase is: demo-clinic")
            )
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        buttons, self.ok_button = ok_cancel_buttons(self.tr("Unlock"))
        self.forgot_button = buttons.addButton(
            self.tr("Forgot passphrase?"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.forgot_button.setAccessibleName(self.tr("Forgot passphrase"))
        self.forgot_button.setAutoDefault(False)
        self.ok_button.setDefault(True)
        self.forgot_button.clicked.connect(lambda: self.message.setText(self.tr(FORGOTTEN_TEXT)))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._enable_retry)

    @property
    def failures(self) -> int:
        return self._failures

    def _enable_retry(self) -> None:
        self.ok_button.setEnabled(True)
        self.ok_button.setDefault(True)  # disabling a button takes its default status away
        self.passphrase.setEnabled(True)
        self.passphrase.setFocus()

    def _accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        from iop_facilitator.storage import Passphrase

        started = time.monotonic()
        key = Passphrase(self.passphrase.text())
        try:
            self.clinic = self._open(key)
        except DatabaseCorrupt as exc:
            self.damaged = (exc, key)
            self.reject()
            return
        except WrongPassphrase as exc:
            self._failures += 1
            self.passphrase.clear()
            delay = self._delay_ms(self._failures)
            text = self.tr("{message} (attempt {n})").format(
                message=localized(exc.message), n=self._failures
            )
            if delay:
                text += " " + self.tr("Please wait {seconds} s before the next try.").format(
                    seconds=delay // 1000 or 1
                )
                self.ok_button.setEnabled(False)
                self.passphrase.setEnabled(False)
                self._retry_timer.start(delay)
            self.message.setText(text)
            return
        except UserFacingError as exc:
            self.message.setText(explain(exc))
            return
        del started
        self.accept()
