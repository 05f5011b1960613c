"""Topic material one click away during group: prompts, activity, handout (printable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def material_markdown(material: dict[str, Any], part: str) -> str:
    """Markdown for one part of a topic: 'prompts', 'activity', 'handout' or 'objectives'."""
    translate = QCoreApplication.translate
    title = str(material.get("title") or translate("Material", "Topic"))
    if part == "prompts":
        items = "\n".join(f"{i}. {p}" for i, p in enumerate(material.get("prompts", []), 1))
        heading = translate("Material", "Discussion prompts")
        body = items or translate("Material", "This topic has no prompts.")
        return f"# {heading}\n\n*{title}*\n\n{body}\n"
    if part == "objectives":
        items = "\n".join(f"- {o}" for o in material.get("objectives", []))
        return f"# {translate('Material', 'Objectives')}\n\n*{title}*\n\n{items}\n"
    if part == "activity":
        body = material.get("activity") or translate("Material", "This topic has no activity.")
        return f"# {translate('Material', 'Activity')}\n\n*{title}*\n\n{body}\n"
    no_handout = translate("Material", "This topic has no handout.")
    return str(material.get("handout") or f"# {title}\n\n{no_handout}")


class MaterialDialog(QDialog):
    def __init__(
        self, markdown: str, title: str, printable: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 640)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(title)
        self.browser.setMarkdown(markdown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        if printable:
            self.print_button = buttons.addButton(
                self.tr("Print..."), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.print_button.setAccessibleName(self.tr("Print the handout"))
            self.print_button.clicked.connect(self.print_document)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def document(self) -> QTextDocument:
        return self.browser.document()

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)
