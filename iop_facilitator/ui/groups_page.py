"""The Groups page: the list of groups, a schedule editor, and the roster on any date.

The roster is computed from enrollments, so choosing a past date shows who was enrolled then.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.dates import parse_time
from iop_facilitator.domain.enums import Track
from iop_facilitator.domain.groups import DEFAULT_SIZE_CAP, GroupDraft, size_warning
from iop_facilitator.domain.ids import GroupId
from iop_facilitator.ui import formatting, theme
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.dialog_parts import message_label
from iop_facilitator.ui.member_dialogs import (
    WARNING_STYLE,
    AdmitDialog,
    button,
    date_edit,
    date_of,
    enum_combo,
    line_edit,
    show_problem,
    table_view,
)
from iop_facilitator.ui.member_models import ID_ROLE, GroupListModel, RosterModel
from iop_facilitator.ui.messages import localized
from iop_facilitator.ui.pages import Page, heading
from iop_facilitator.ui.translated import choices


class GroupsPage(Page):
    """Signals:
    start_requested(int): start a session for this group id (the window asks for details).
    """

    start_requested = Signal(int)

    title = "Groups"

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.clinic = controller.clinic
        self.group_id: GroupId | None = None
        self.dialog: AdmitDialog | None = None

        self.list_model = GroupListModel(self)
        self.list = QListView()
        self.setAccessibleName(self.tr("Groups"))
        self.list.setAccessibleName(self.tr("Groups"))
        self.list.setModel(self.list_model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumWidth(160)
        self.new_button = button(self.tr("&New group"), self.tr("New group"))
        self.start_button = button(
            self.tr("S&tart a session..."), self.tr("Start a session for this group")
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.start_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._build_editor())
        right_layout.addWidget(self._build_roster(), 1)

        scroll = QScrollArea()  # lets the window shrink on small screens or at 200% scaling
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Groups")))
        layout.addWidget(splitter, 1)

        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_group)
        self.start_button.clicked.connect(
            lambda: self.group_id is not None and self.start_requested.emit(int(self.group_id))
        )
        self.save_button.clicked.connect(self.save)
        self.roster_date.dateChanged.connect(lambda _d: self.reload_roster())
        self.admit_here.clicked.connect(self.open_admit)
        self.reload()

    def _build_editor(self) -> QWidget:
        box = QGroupBox(self.tr("Schedule and settings"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = line_edit(self.tr("Group name"), self.tr("e.g. Morning IOP"), 80)
        self.track = enum_combo(self.tr("Track"), choices(Track))
        days = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []
        for day in range(1, 8):
            check = QCheckBox(formatting.weekday_name(day, short=True))
            check.setAccessibleName(
                self.tr("Meets on {day}").format(day=formatting.weekday_name(day))
            )
            self.day_boxes.append(check)
            days.addWidget(check)
        days.addStretch(1)
        self.start_time = line_edit(self.tr("Start time"), self.tr("HH:MM, 24-hour"), 10)
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        self.minutes.setRange(15, 720)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.room = line_edit(self.tr("Room"), self.tr("e.g. Room 2"), 80)
        self.note_format = QComboBox()
        self.note_format.setAccessibleName(self.tr("Default note format"))
        self.billing = QComboBox()
        self.billing.setEditable(True)
        self.billing.setAccessibleName(self.tr("Billing code"))
        self._fill_choices()
        self.size_cap = QSpinBox()
        self.size_cap.setAccessibleName(self.tr("Size cap"))
        self.size_cap.setRange(1, 100)
        self.size_cap.setToolTip(self.tr("Above this many members the app warns; it never blocks."))
        self.active = QCheckBox(self.tr("Active (meets and takes new members)"))
        self.active.setAccessibleName(self.tr("Active"))
        self.save_button = button(self.tr("&Save group"), self.tr("Save group"))
        self.message = message_label(self.tr("Group message"))
        for label, widget in ((self.tr("&Name:"), self.name), (self.tr("&Track:"), self.track)):
            form.addRow(label, widget)
        form.addRow(self.tr("Meets on:"), days)
        for label, field in (
            (self.tr("&Start time:"), self.start_time),
            (self.tr("&Length:"), self.minutes),
            (self.tr("&Room:"), self.room),
            (self.tr("Note &format:"), self.note_format),
            (self.tr("&Billing code:"), self.billing),
            (self.tr("Size &cap:"), self.size_cap),
            ("", self.active),
            ("", self.save_button),
        ):
            form.addRow(label, field)
        form.addRow(self.message)
        return box

    def _build_roster(self) -> QWidget:
        box = QGroupBox(self.tr("Roster"))
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        today = self.clinic.ctx.clock.now().date()
        self.roster_date = date_edit(self.tr("Roster on date"), today)
        self.roster_count = QLabel()
        self.roster_count.setAccessibleName(self.tr("Roster size"))
        self.roster_count.setWordWrap(True)
        self.admit_here = button(
            self.tr("&Admit to this group…"), self.tr("Admit a member to this group")
        )
        top.addWidget(QLabel(self.tr("On:")))
        top.addWidget(self.roster_date)
        top.addWidget(self.roster_count, 1)
        top.addWidget(self.admit_here)
        self.roster_model = RosterModel(self)
        self.roster = table_view(self.tr("Roster"))
        self.roster.setModel(self.roster_model)
        layout.addLayout(top)
        layout.addWidget(self.roster, 1)
        return box

    # -- loading --------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        """The note formats and billing codes the clinic has now (Settings can add to both)."""
        self.note_format.clear()
        for key, name in self.clinic.groups.note_formats():
            self.note_format.addItem(name, key)
        self.billing.clear()
        self.billing.addItems(self.clinic.settings.get("billing_codes"))

    def reload(self) -> None:
        keep = self.group_id
        self._fill_choices()
        self.list_model.set_groups(self.clinic.groups.list())
        row = (
            self.list_model.row_of(keep)
            if keep is not None
            else (0 if self.list_model.groups else -1)
        )
        if row >= 0:
            self.list.setCurrentIndex(self.list_model.index(row))
            self._load_group(GroupId(self.list_model.groups[row].id))
        else:
            self.new_group()

    def on_changes(self, changes: Changes) -> None:
        if changes.groups or changes.settings:
            self.reload()
        elif changes.members or changes.enrollment:
            self.reload_roster()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        gid = current.data(ID_ROLE) if current.isValid() else None
        if gid is not None and gid != self.group_id:
            self._load_group(GroupId(gid))

    def _load_group(self, group_id: GroupId) -> None:
        g = self.clinic.groups.get(group_id)
        self.group_id = group_id
        self.message.clear()
        self.name.setText(g.name)
        self.track.setCurrentIndex(self.track.findData(g.track.value))
        for i, check in enumerate(self.day_boxes, start=1):
            check.setChecked(i in g.weekdays)
        self.start_time.setText(g.start_time.strftime("%H:%M"))
        self.minutes.setValue(g.minutes)
        self.room.setText(g.room)
        self.note_format.setCurrentIndex(max(0, self.note_format.findData(g.note_format)))
        self.billing.setCurrentText(g.billing_code)
        self.size_cap.setValue(g.size_cap)
        self.active.setChecked(g.active)
        self.save_button.setText(self.tr("&Save group"))
        self.admit_here.setEnabled(g.active)
        self.reload_roster()

    def new_group(self) -> None:
        """Clear the editor for a new group (saved only when Save is pressed)."""
        self.group_id = None
        self.list.clearSelection()
        self.message.clear()
        self.name.clear()
        self.track.setCurrentIndex(0)
        for i, check in enumerate(self.day_boxes, start=1):
            check.setChecked(i in (1, 3, 5))
        self.start_time.setText("09:00")
        self.minutes.setValue(180)
        self.room.clear()
        default = self.clinic.settings.get("default_note_format")
        self.note_format.setCurrentIndex(max(0, self.note_format.findData(default)))
        self.billing.setCurrentText("H0015")
        self.size_cap.setValue(int(self.clinic.settings.get("group_size_cap") or DEFAULT_SIZE_CAP))
        self.active.setChecked(True)
        self.save_button.setText(self.tr("&Create group"))
        self.admit_here.setEnabled(False)
        self.roster_model.set_rows([])
        self.roster_count.setText("")
        self.name.setFocus()

    def reload_roster(self) -> None:
        if self.group_id is None:
            return
        day = date_of(self.roster_date)
        rows = self.clinic.groups.roster(self.group_id, day)
        self.roster_model.set_rows(rows)
        self.roster.resizeColumnsToContents()
        g = self.clinic.groups.get(self.group_id)
        warning = size_warning(g.name, len(rows), g.size_cap)
        if day == self.clinic.ctx.clock.now().date():
            text = (
                self.tr("{count} of {cap} members today: above the cap")
                if warning
                else self.tr("{count} of {cap} members today")
            )
        else:
            text = (
                self.tr("{count} of {cap} members on {date}: above the cap")
                if warning
                else self.tr("{count} of {cap} members on {date}")
            )
        self.roster_count.setText(
            text.format(count=len(rows), cap=g.size_cap, date=formatting.date(day))
        )
        theme.tone(self.roster_count, WARNING_STYLE if warning else None, bold=True)
        self.roster_count.setToolTip(localized(warning))

    # -- actions --------------------------------------------------------------------------
    def draft(self) -> GroupDraft:
        return GroupDraft(
            self.name.text(),
            Track(self.track.currentData()),
            tuple(i for i, c in enumerate(self.day_boxes, start=1) if c.isChecked()),
            parse_time(self.start_time.text()),
            self.minutes.value(),
            self.room.text(),
            str(self.note_format.currentData()),
            self.billing.currentText(),
            self.size_cap.value(),
            self.active.isChecked(),
        )

    def save(self) -> None:
        group_id = self.group_id

        def op() -> Any:
            draft = self.draft()
            if group_id is None:
                return self.clinic.groups.create(draft)
            return self.clinic.groups.update(group_id, draft)

        result, error = self.controller.attempt(op)
        if error is not None:
            show_problem(self.message, error)
            return
        if group_id is None and isinstance(result, tuple):
            self.group_id = GroupId(result[0])
            self.reload()
        theme.tone(self.message, None)
        self.message.setText(self.tr("Saved."))

    def open_admit(self) -> None:
        if self.group_id is None:
            return
        self.dialog = AdmitDialog(self.controller, self, self.group_id)
        self.dialog.accepted.connect(self._after_admit)
        self.dialog.open()

    def _after_admit(self) -> None:
        dialog = self.dialog
        if dialog is not None and dialog.warning:
            theme.tone(self.message, WARNING_STYLE)
            self.message.setText(self.tr("Warning: {warning}").format(warning=dialog.warning))
