"""The Exports dialog (File > Exports..., Ctrl+E).

Reports for a date range and per-session documents.

Range: attendance CSV, weekly-hours CSV, and every note of the range (PDF or text, drafts only
when ticked). One session: the sign-in sheet and the group summary. Each asks for a folder and
says in plain words what was saved; failures come through the controller like any other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.attendance import week_start
from iop_facilitator.domain.ids import GroupId, SessionId
from iop_facilitator.ui import formatting
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.exports import common
from iop_facilitator.ui.messages import localized


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


class ExportsDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exports"))
        self.setAccessibleName(self.tr("Exports"))
        self.controller = controller
        self.clinic = controller.clinic
        today = self.clinic.ctx.clock.now().date()
        self.start = QDateEdit(_qdate(week_start(today) - dt.timedelta(days=7)))
        self.start.setAccessibleName(self.tr("From date"))
        self.end = QDateEdit(_qdate(today))
        self.end.setAccessibleName(self.tr("To date"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.groups = QListWidget()
        self.groups.setAccessibleName(self.tr("Groups to include (none ticked: every group)"))
        self.groups.setMaximumHeight(110)
        for group_id, name in self.clinic.exports.groups():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, int(group_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.attendance_button = QPushButton(self.tr("Attendance CSV..."))
        self.attendance_button.setAccessibleName(self.tr("Export attendance as CSV for the range"))
        self.hours_button = QPushButton(self.tr("Weekly hours CSV..."))
        self.hours_button.setAccessibleName(self.tr("Export weekly hours as CSV for the range"))
        self.notes_button = QPushButton(self.tr("Notes for the range..."))
        self.notes_button.setAccessibleName(self.tr("Export every note of the range into a folder"))
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF"), "pdf")
        self.format.addItem(self.tr("Plain text"), "txt")
        self.format.setAccessibleName(self.tr("Note file format"))
        self.drafts = QCheckBox(
            self.tr("Include unsigned notes as drafts (marked DRAFT, not for the chart)")
        )
        self.drafts.setAccessibleName(self.tr("Include unsigned notes as drafts"))

        range_box = QGroupBox(self.tr("Date range and groups"))
        form = QFormLayout()
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Groups\n(none ticked:\nevery group)"), self.groups)
        range_layout = QVBoxLayout(range_box)
        range_layout.addLayout(form)
        grid = QGridLayout()
        grid.addWidget(self.attendance_button, 0, 0)
        grid.addWidget(self.hours_button, 0, 1)
        grid.addWidget(self.notes_button, 1, 0)
        grid.addWidget(self.format, 1, 1)
        range_layout.addLayout(grid)
        range_layout.addWidget(self.drafts)

        self.session = QComboBox()
        self.session.setAccessibleName(self.tr("Session"))
        self.signin_button = QPushButton(self.tr("Sign-in sheet..."))
        self.signin_button.setAccessibleName(
            self.tr("Export the session's printable sign-in sheet")
        )
        self.summary_button = QPushButton(self.tr("Group summary..."))
        self.summary_button.setAccessibleName(
            self.tr("Export the session's group summary (internal)")
        )
        session_box = QGroupBox(self.tr("One session (from the range above)"))
        session_layout = QGridLayout(session_box)
        session_layout.addWidget(self.session, 0, 0, 1, 2)
        session_layout.addWidget(self.signin_button, 1, 0)
        session_layout.addWidget(self.summary_button, 1, 1)

        self.status = QLabel(
            self.tr("Choose what to export; each asks for a folder. Files are never overwritten.")
        )
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(range_box)
        layout.addWidget(session_box)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.start.dateChanged.connect(self.reload_sessions)
        self.end.dateChanged.connect(self.reload_sessions)
        self.groups.itemChanged.connect(self.reload_sessions)
        self.attendance_button.clicked.connect(
            lambda: self._range_file(self.clinic.exports.export_attendance)
        )
        self.hours_button.clicked.connect(
            lambda: self._range_file(self.clinic.exports.export_hours)
        )
        self.notes_button.clicked.connect(self.export_notes)
        self.signin_button.clicked.connect(
            lambda: self._session_file(self.clinic.exports.export_signin)
        )
        self.summary_button.clicked.connect(
            lambda: self._session_file(self.clinic.exports.export_summary)
        )
        self.reload_sessions()

    # -- reading the form ------------------------------------------------------------------------
    def group_ids(self) -> list[GroupId]:
        items = (self.groups.item(i) for i in range(self.groups.count()))
        return [
            GroupId(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def dates(self) -> tuple[dt.date, dt.date]:
        return _date(self.start), _date(self.end)

    def reload_sessions(self) -> None:
        start, end = self.dates()
        self.session.clear()
        if end >= start:
            for session_id in self.clinic.exports.sessions_between(start, end, self.group_ids()):
                info = self.clinic.sessions.get(session_id)
                self.session.addItem(
                    f"{info.group_name}, {formatting.day_and_date(info.date)} "
                    f"{formatting.time(info.planned_start)}",
                    int(session_id),
                )
        has = self.session.count() > 0
        self.signin_button.setEnabled(has)
        self.summary_button.setEnabled(has)
        if not has:
            self.session.addItem(self.tr("No sessions in this range"))

    # -- actions ---------------------------------------------------------------------------------
    def _folder(self, what: str) -> Path | None:
        questions = {
            "export": self.tr("Save the export in which folder?"),
            "document": self.tr("Save the document in which folder?"),
            "notes": self.tr("Save the notes in which folder?"),
        }
        return common.choose_folder(self, questions[what])

    def _range_file(self, export: Callable[..., Any]) -> None:
        start, end = self.dates()
        folder = self._folder("export")
        if folder is None:
            return
        result = self.controller.run(self, lambda: export(start, end, folder, self.group_ids()))
        if result is not None:
            self.status.setText(common.saved_text(result[0]))

    def _session_file(self, export: Callable[..., Any]) -> None:
        data = self.session.currentData()
        if data is None:
            return
        folder = self._folder("document")
        if folder is None:
            return
        result = self.controller.run(self, lambda: export(SessionId(data), folder))
        if result is not None:
            self.status.setText(common.saved_text(result[0]))

    def export_notes(self) -> None:
        start, end = self.dates()
        notes = self.controller.run(
            self,
            lambda: self.clinic.exports.notes_in(start=start, end=end, group_ids=self.group_ids()),
        )
        if notes is None:
            return
        if not notes:
            self.status.setText(self.tr("No notes in this range."))
            return
        folder = self._folder("notes")
        if folder is None:
            return
        result = common.run_batch(
            self, self.controller, notes, folder, self.format.currentData(), self.drafts.isChecked()
        )
        if result is not None:
            self.status.setText(localized(result.summary()))
