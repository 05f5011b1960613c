"""The Backups section of Settings: the list (date, size, counts), Back up now, Restore...

Restore closes the clinic, swaps the database (the current one is kept aside by the service) and
then the app closes, so nothing keeps a handle on the old file; the facilitator opens it again.

Signals:
    clinic_closed(object): the clinic was closed for a restore; carries the RestoreResult, or
        None if the restore failed after closing. The application quits on it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.errors import UserFacingError
from iop_facilitator.services.backups import BackupInfo, inspect_backup, restore
from iop_facilitator.ui import formatting
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP
from iop_facilitator.ui.messages import show_error
from iop_facilitator.ui.row_model import Column, RowsModel

Index = QModelIndex | QPersistentModelIndex


def format_size(size: int) -> str:
    if size >= 100_000:
        return QCoreApplication.translate("BackupsModel", "{size} MB").format(
            size=f"{size / 1_000_000:.1f}"
        )
    return QCoreApplication.translate("BackupsModel", "{size} kB").format(
        size=max(1, round(size / 1000))
    )


def _count(n: int | None) -> str:
    return "?" if n is None else str(n)


COLUMNS: tuple[Column[BackupInfo], ...] = tuple(
    Column(title, text, tooltip=lambda b: str(b.path), align_right=right)
    for title, text, right in (
        (
            QT_TRANSLATE_NOOP("Columns", "Date"),
            lambda b: formatting.short_datetime(b.created_at),
            False,
        ),
        (QT_TRANSLATE_NOOP("Columns", "Size"), lambda b: format_size(b.size), True),
        (QT_TRANSLATE_NOOP("Columns", "Members"), lambda b: _count(b.members), True),
        (QT_TRANSLATE_NOOP("Columns", "Sessions"), lambda b: _count(b.sessions), True),
        (QT_TRANSLATE_NOOP("Columns", "Notes"), lambda b: _count(b.notes), True),
        (QT_TRANSLATE_NOOP("Columns", "File"), lambda b: b.path.name, False),
    )
)


class BackupsModel(RowsModel[BackupInfo]):
    """Rows are BackupInfo objects, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def info(self, row: int) -> BackupInfo:
        return self.rows[row]


class BackupsPanel(QGroupBox):
    clinic_closed = Signal(object)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.controller = controller
        self.setAccessibleName(self.tr("Backups"))
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setAccessibleName(self.tr("Backup folder"))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups list"))
        self.table.setAccessibleDescription(self.tr("Each backup with its date, size and counts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore..."))
        self.restore_button.setAccessibleName(self.tr("Restore a backup"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.choose_and_restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        backups = self.controller.clinic.backups
        rows = backups.list()
        self.model.set_rows(rows)
        folder = backups.folder()
        if rows:
            self.folder_label.setText(
                self.tr(
                    "Encrypted copies in {folder}: made at start-up (daily), after signing, and on "
                    "demand; the last 7 days and 8 weeks are kept."
                ).format(folder=folder)
            )
        else:
            self.folder_label.setText(
                self.tr("No backups yet in {folder}. Use Back up now to make one.").format(
                    folder=folder
                )
            )
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def back_up_now(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.controller.run(self, lambda: self.controller.clinic.backups.back_up())
        finally:
            QApplication.restoreOverrideCursor()
        self.reload()
        window = self.window()
        if result is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Backup made and checked: {file}").format(file=result[0].path.name), 8000
            )

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.info(rows[0].row()) if rows else None

    def choose_and_restore(self) -> None:
        info = self.selected()
        if info is not None:
            path = info.path
            label = self.tr("the backup from {when}").format(
                when=formatting.short_datetime(info.created_at)
            )
        else:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose a backup to restore"),
                str(self.controller.clinic.backups.folder()),
                self.tr("Clinic backups (*.db)"),
            )
            if not chosen:
                return
            path, label = Path(chosen), Path(chosen).name
        self.restore(path, label)

    def restore(self, path: Path, label: str, *, confirm: bool = True) -> None:
        clinic = self.controller.clinic
        key, paths, clock = clinic.store.key, clinic.paths, clinic.ctx.clock
        try:
            facts = inspect_backup(path, key)  # refuse a bad backup while everything is open
        except UserFacingError as exc:
            show_error(self, exc)
            return
        if confirm:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Restore a backup"))
            box.setText(
                self.tr(
                    "Restore {backup}? It holds {members} members, {sessions} sessions "
                    "and {notes} notes."
                ).format(
                    backup=label,
                    members=facts.members,
                    sessions=facts.sessions,
                    notes=facts.notes,
                )
            )
            box.setInformativeText(
                self.tr(
                    "The current database is kept aside (renamed, not deleted). Anything entered "
                    "after this backup was made will not be in the restored records. The app "
                    "closes afterwards; open it again to continue."
                )
            )
            box.setStandardButtons(
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
            )
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
        clinic.close()
        try:
            result = restore(paths, key, path, clock)
        except UserFacingError as exc:
            show_error(self, exc)
            self.clinic_closed.emit(None)
            return
        done = QMessageBox(self)
        done.setIcon(QMessageBox.Icon.Information)
        done.setWindowTitle(self.tr("Backup restored"))
        done.setText(self.tr("Restored {backup}.").format(backup=label))
        if result.kept_aside:
            text = self.tr(
                "The previous database was kept as {file}. The app will close now; open it again "
                "to continue."
            ).format(file=result.kept_aside)
        else:
            text = self.tr("The app will close now; open it again to continue.")
        done.setInformativeText(text)
        if confirm:
            done.exec()
        self.clinic_closed.emit(result)
