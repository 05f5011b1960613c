"""Parts dialogs repeat: a message line and OK/Cancel buttons, named for screen readers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton


class MessageLabel(QLabel):
    """A wrapping message line whose window grows to show it whole.

    A window's layout sizes a wrapped label by its first text; a longer message set later
    (two lines in Spanish, say) would be drawn over the controls above it. After each new text
    the window is made tall enough for its layout at its current width (never narrower).
    """

    def setText(self, text: str) -> None:
        super().setText(text)
        QTimer.singleShot(0, self, self._fit_window)  # not called once the label is gone

    def _fit_window(self) -> None:
        window = self.window()
        if window is self or not window.isVisible() or window.isMaximized():
            return
        need = window.heightForWidth(window.width())
        if need > window.height():
            window.resize(window.width(), need)


def message_label(name: str = "") -> QLabel:
    """A wrapping, selectable line for what went wrong or what happens next."""
    label = MessageLabel()
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
