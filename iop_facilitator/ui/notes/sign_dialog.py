"""Confirm who is signing: the facilitator types the clinic passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.ui.dialog_parts import message_label, ok_cancel_buttons


class SignDialog(QDialog):
    def __init__(
        self, signer: str, what: str, confirm: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._confirm = confirm
        self.setWindowTitle(self.tr("Sign"))
        intro = QLabel(
            self.tr(
                "<b>Sign {what} as {signer}.</b><br>A signed note is locked for good: "
                "later changes can only be dated addenda."
            ).format(what=what, signer=signer)
        )
        intro.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(
            self.tr("Your PIN or the passphrase, to confirm your signature")
        )
        self.message = message_label()
        form = QFormLayout()
        form.addRow(self.tr("PIN or passphrase:"), self.secret)
        buttons, self.ok_button = ok_cancel_buttons(self.tr("Sign"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self._confirm(self.secret.text()):
            self.accept()
            return
        self.secret.clear()
        self.message.setText(
            self.tr("That did not confirm your identity. Nothing was signed. Try again.")
        )
