"""File > Exports... (Ctrl+E): the menu entry, at start; the dialog is imported when opened."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from iop_facilitator.ui.controller import Controller


def install_exports_menu(window: Any, controller: Controller) -> None:
    """File > Exports... (Ctrl+E) on the main window."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("Exports", "&File"))
    action = menu.addAction(QCoreApplication.translate("Exports", "&Exports..."))
    action.setShortcut(QKeySequence("Ctrl+E"))

    def open_dialog() -> None:
        from iop_facilitator.ui.exports.dialog import ExportsDialog

        dialog = ExportsDialog(controller, window)
        window.exports_dialog = dialog
        dialog.exec()

    action.triggered.connect(open_dialog)
    window.exports_action = action
    window.file_menu = menu
