"""What every export widget shares: the folder picker, plain messages, the batch progress dialog.

`choose_folder`, `tell` and `ask` are module functions so tests can answer them without a
native dialog; everything else goes through the controller like any service call.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from iop_facilitator.domain.ids import NoteId
from iop_facilitator.services.exports import BatchResult
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.messages import localized

_last_folder: str = ""


def choose_folder(parent: QWidget, title: str) -> Path | None:
    """Ask for a folder to write into (remembered for the next export in this run)."""
    global _last_folder
    folder = QFileDialog.getExistingDirectory(parent, title, _last_folder or str(Path.home()))
    if not folder:
        return None
    _last_folder = folder
    return Path(folder)


def tell(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setAccessibleName(title)
    box.exec()


def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def saved_text(path: Path) -> str:
    return QCoreApplication.translate("Exports", "Saved {name} in {folder}.").format(
        name=path.name, folder=path.parent
    )


def run_batch(
    parent: QWidget,
    controller: Controller,
    notes: Sequence[tuple[NoteId, bool]],
    folder: Path,
    fmt: str,
    drafts: bool,
) -> BatchResult | None:
    """Export notes with a progress dialog whose Cancel stops between files."""
    progress = QProgressDialog(
        QCoreApplication.translate("Exports", "Exporting notes..."),
        QCoreApplication.translate("Exports", "Cancel"),
        0,
        max(1, len(notes)),
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("Exports", "Exporting notes"))
    progress.setAccessibleName(QCoreApplication.translate("Exports", "Export progress"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)

    def step(done: int, total: int) -> bool:
        progress.setLabelText(
            QCoreApplication.translate("Exports", "Exporting note {n} of {total}...").format(
                n=min(done + 1, total), total=total
            )
        )
        progress.setValue(done)
        QApplication.processEvents()
        return not progress.wasCanceled()

    try:
        outcome = controller.run(
            parent,
            lambda: controller.clinic.exports.export_notes(
                notes, folder, fmt, drafts=drafts, progress=step
            ),
        )
    finally:
        progress.close()
        progress.deleteLater()
    if outcome is None:
        return None
    result, _changes = outcome
    tell(
        parent,
        QCoreApplication.translate("Exports", "Export finished"),
        localized(result.summary())
        + "\n\n"
        + QCoreApplication.translate("Exports", "Folder: {folder}").format(folder=folder),
    )
    return result
