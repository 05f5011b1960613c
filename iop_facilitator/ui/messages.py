"""One way to tell the user that something went wrong (plain words, what to do next)."""

from __future__ import annotations

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
    box.setWindowTitle("Internal error")
    box.setText("Something went wrong inside the app. Your saved work is safe.")
    detail = "A report without any client information was written"
    box.setInformativeText(f"{detail} to:\n{report}" if report else f"{detail}.")
    box.exec()
