"""Parts dialogs repeat: a message line and OK/Cancel buttons, named for screen readers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton


def message_label(name: str = "") -> QLabel:
    """A wrapping, selectable line for what went wrong or what happens next."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name or QCoreApplication.translate("DialogParts", "Message"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def ok_cancel_buttons(
    ok_text: str | None = None, ok_name: str | None = None
) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (relabelled `ok_text`, named `ok_name` or its text) and Cancel, in the platform order."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok_text:
        ok.setText(ok_text)
    ok.setAccessibleName(ok_name or ok_text or ok.text())
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
        QCoreApplication.translate("DialogParts", "Cancel")
    )
    return buttons, ok
