"""One way to tell the user that something went wrong (plain words, what to do next)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from iop_facilitator.errors import UserFacingError


def show_error(parent: QWidget | None, exc: UserFacingError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(exc.title)
    box.setText(exc.message)
    if exc.what_next:
        box.setInformativeText(exc.what_next)
    box.setAccessibleName(exc.title)
    box.exec()


def show_crash(parent: QWidget | None, report: str | None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Internal error"))
    box.setText(
        QCoreApplication.translate(
            "Messages", "Something went wrong inside the app. Your saved work is safe."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages", "A report without any client information was written to:\n{path}"
        ).format(path=report)
        if report
        else QCoreApplication.translate(
            "Messages", "A report without any client information was written."
        )
    )
    box.exec()
