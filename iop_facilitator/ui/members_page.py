"""The Members page: a searchable, sortable table and a detail form bound to the selection.

The detail form shows the member's history so far (groups and dates, sessions attended, hours this
week against the target, days in program) and edits their details through MemberService.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.dates import parse_date, parse_optional_date
from iop_facilitator.domain.enums import MemberStatus, Phase, Track
from iop_facilitator.domain.ids import GroupId, MemberId
from iop_facilitator.domain.members import MemberDraft, format_minutes
from iop_facilitator.ui import theme
from iop_facilitator.ui.a11y import describe_shortcut
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.dialog_parts import message_label
from iop_facilitator.ui.import_dialog import MemberImportDialog
from iop_facilitator.ui.member_dialogs import (
    WARNING_STYLE,
    AdmitDialog,
    DischargeDialog,
    MoveDialog,
    ServiceDialog,
    button,
    enum_combo,
    line_edit,
    show_problem,
    table_view,
)
from iop_facilitator.ui.member_models import (
    ID_ROLE,
    STATUS_COLOURS,
    STATUS_FILTERS,
    EnrollmentHistoryModel,
    MemberFilterProxy,
    MemberTableModel,
)
from iop_facilitator.ui.pages import Page, heading
from iop_facilitator.ui.translated import choices, label, short_date


class MembersPage(Page):
    title = "Members"

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.clinic = controller.clinic
        self.dialog: ServiceDialog | MemberImportDialog | None = None
        self.selected_id: MemberId | None = None
        self._loaded_values: tuple[object, ...] = ()
        self._saving = False  # the reload after Save details shows what was saved

        self.setAccessibleName(self.tr("Members"))
        self.search = line_edit(
            self.tr("Search members"), self.tr("Search by name or chart id (Ctrl+F)"), 100
        )
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show members by status"))
        for text, statuses in STATUS_FILTERS:
            self.status_filter.addItem(QCoreApplication.translate("MemberModels", text), statuses)
        self.group_filter = QComboBox()
        self.group_filter.setAccessibleName(self.tr("Show members of group"))
        self.admit_button = button(
            self.tr("&Admit…"), self.tr("Admit member"), self.tr("Admit a new member (Ctrl+N)")
        )
        self.import_button = button(
            self.tr("&Import CSV…"),
            self.tr("Import members from CSV"),
            self.tr("Admit many members from the EHR's CSV export"),
        )
        filters = QVBoxLayout()
        first_row, second_row = QHBoxLayout(), QHBoxLayout()
        first_row.addWidget(self.search, 1)
        first_row.addWidget(self.admit_button)
        first_row.addWidget(self.import_button)
        second_row.addWidget(self.status_filter, 1)
        second_row.addWidget(self.group_filter, 1)
        filters.addLayout(first_row)
        filters.addLayout(second_row)

        self.model = MemberTableModel(self)
        self.proxy = MemberFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = table_view(self.tr("Members"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Members shown"))
        self.notice = message_label(self.tr("Notice"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.notice)

        self.detail = self._build_detail()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setMinimumWidth(260)
        # Details and progress charts side by side as tabs (Ctrl+Tab switches).
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Member details and progress"))
        self.tabs.tabBar().setAccessibleName(self.tr("Member details or progress"))
        self.tabs.addTab(scroll, self.tr("&Details"))
        self.progress_holder = QWidget()
        self.progress_holder.setAccessibleName(self.tr("Member progress"))
        QVBoxLayout(self.progress_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.progress_holder, self.tr("&Progress"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_progress())
        self.progress_widget: QWidget | None = None
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Members")))
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self.proxy.set_text)
        self.search.textChanged.connect(lambda _t: self._update_count())
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.group_filter.currentIndexChanged.connect(self._group_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.admit_button.clicked.connect(self.open_admit)
        self.import_button.clicked.connect(self.open_import)
        self.move_button.clicked.connect(self.open_move)
        self.discharge_button.clicked.connect(self.open_discharge)
        self.hold_button.clicked.connect(self.toggle_hold)
        self.save_button.clicked.connect(self.save_details)
        # The PySide6 stubs omit the signal keyword arguments (activated=...) Qt accepts.
        describe_shortcut(
            QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus),  # type: ignore[call-overload]
            self.tr("Search members"),
        )
        describe_shortcut(
            QShortcut(QKeySequence.StandardKey.New, self, activated=self.open_admit),  # type: ignore[call-overload]
            self.tr("Admit a member"),
        )
        self.reload()

    # -- layout ---------------------------------------------------------------------------
    def _build_detail(self) -> QWidget:
        panel = QWidget()
        panel.setAccessibleName(self.tr("Member details"))
        layout = QVBoxLayout(panel)
        self.detail_title = heading(self.tr("No member selected"))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status"))
        self.hours_label = QLabel()
        self.hours_label.setAccessibleName(self.tr("Hours this week"))
        self.hours_label.setWordWrap(True)
        self.days_label = QLabel()
        self.days_label.setAccessibleName(self.tr("Days in program"))
        self.days_label.setWordWrap(True)
        self.sessions_label = QLabel()
        self.sessions_label.setAccessibleName(self.tr("Sessions attended"))
        facts = QFormLayout()
        facts.addRow(self.tr("Status:"), self.status_label)
        facts.addRow(self.tr("This week:"), self.hours_label)
        facts.addRow(self.tr("In program:"), self.days_label)
        facts.addRow(self.tr("Sessions attended:"), self.sessions_label)
        self.episodes_label = QLabel()
        self.episodes_label.setAccessibleName(self.tr("Earlier episodes"))
        self.episodes_label.setWordWrap(True)
        facts.addRow(self.tr("Earlier episodes:"), self.episodes_label)

        self.move_button = button(self.tr("&Move…"), self.tr("Move to another group"))
        self.discharge_button = button(self.tr("&Discharge…"), self.tr("Discharge member"))
        self.hold_button = button(
            self.tr("Put on &hold"), self.tr("Put on hold or make active again")
        )
        actions = QHBoxLayout()
        for b in (self.move_button, self.discharge_button, self.hold_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.history_model = EnrollmentHistoryModel(self)
        self.history = table_view(self.tr("Groups and dates"))
        self.history.setModel(self.history_model)
        self.history.setMinimumHeight(110)
        history_box = QGroupBox(self.tr("Groups and dates"))
        QVBoxLayout(history_box).addWidget(self.history)

        edit_box = QGroupBox(self.tr("Details"))
        form = QFormLayout(edit_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.f_preferred = line_edit(self.tr("Preferred name"), "", 120)
        self.f_full = line_edit(self.tr("Full name"), "", 120)
        self.f_chart = line_edit(self.tr("Chart id"), "", 64)
        self.f_dob = line_edit(self.tr("Date of birth"), self.tr("YYYY-MM-DD (optional)"), 40)
        self.f_track = enum_combo(self.tr("Track"), choices(Track))
        self.f_phase = enum_combo(self.tr("Phase"), choices(Phase))
        self.f_admitted = line_edit(self.tr("Admitted on"), self.tr("YYYY-MM-DD"), 40)
        self.f_expected = line_edit(
            self.tr("Expected discharge"), self.tr("YYYY-MM-DD (optional)"), 40
        )
        self.f_note = QPlainTextEdit()
        self.f_note.setAccessibleName(self.tr("Facilitator-only note"))
        self.f_note.setTabChangesFocus(True)
        self.f_note.setFixedHeight(56)
        self.discharge_label = QLabel()
        self.discharge_label.setAccessibleName(self.tr("Discharge"))
        for text, widget in (
            (self.tr("Preferred name:"), self.f_preferred),
            (self.tr("Full name:"), self.f_full),
            (self.tr("Chart id:"), self.f_chart),
            (self.tr("Date of birth:"), self.f_dob),
            (self.tr("Track:"), self.f_track),
            (self.tr("Phase:"), self.f_phase),
            (self.tr("Admitted on:"), self.f_admitted),
            (self.tr("Expected discharge:"), self.f_expected),
            (self.tr("Discharged:"), self.discharge_label),
            (self.tr("Facilitator note:"), self.f_note),
        ):
            form.addRow(text, widget)
        self.save_button = button(self.tr("&Save details"), self.tr("Save member details"))
        self.detail_message = message_label(self.tr("Details message"))
        form.addRow("", self.save_button)
        form.addRow(self.detail_message)

        layout.addWidget(self.detail_title)
        layout.addLayout(facts)
        layout.addLayout(actions)
        layout.addWidget(history_box)
        layout.addWidget(edit_box)
        layout.addStretch(1)
        return panel

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.selected_id
        current_group = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), None)
        for g in self.clinic.groups.list():
            self.group_filter.addItem(g.name, int(g.id))
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(current_group)))
        self.group_filter.blockSignals(False)
        self.model.set_rows(self.clinic.members.list())
        self.table.resizeColumnsToContents()
        self._update_count()
        self.select_member(keep)

    def on_changes(self, changes: Changes) -> None:
        if changes.members or changes.groups or changes.enrollment or changes.attendance:
            self.reload()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            self.tr("{shown} of 1 member shown")
            if total == 1
            else self.tr("{shown} of {total} members shown")
        )
        self.count_label.setText(text.format(shown=shown, total=total))

    def _status_changed(self) -> None:
        self.proxy.set_statuses(self.status_filter.currentData())
        self._update_count()

    def _group_changed(self) -> None:
        gid = self.group_filter.currentData()
        self.proxy.set_group(GroupId(gid) if gid is not None else None)
        self._update_count()

    def select_member(self, member_id: MemberId | None) -> None:
        """Select the member's row if it is shown; otherwise clear the detail form."""
        if member_id is not None:
            proxy_index = self.proxy.mapFromSource(self.model.index_of(member_id))
            if proxy_index.isValid():
                self.table.selectRow(proxy_index.row())
                self.table.scrollTo(proxy_index)
                self._show_member(member_id)
                return
        self.table.clearSelection()
        self._show_member(None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        index: QModelIndex = rows[0] if rows else QModelIndex()
        member_id = index.data(ID_ROLE) if index.isValid() else None
        self._show_member(MemberId(member_id) if member_id is not None else None)

    def _refresh_progress(self) -> None:
        """Build the progress charts for the selected member when the Progress tab shows."""
        if self.tabs.currentWidget() is not self.progress_holder:
            return
        from iop_facilitator.ui.member_progress import MemberProgressWidget

        layout = self.progress_holder.layout()
        assert layout is not None  # set in __init__
        if self.progress_widget is not None:
            layout.removeWidget(self.progress_widget)
            self.progress_widget.hide()
            self.progress_widget.deleteLater()
            self.progress_widget = None
        if self.selected_id is not None:
            self.progress_widget = MemberProgressWidget(self.clinic, int(self.selected_id))
            layout.addWidget(self.progress_widget)

    def _form_values(self) -> tuple[object, ...]:
        return (
            self.f_preferred.text(),
            self.f_full.text(),
            self.f_chart.text(),
            self.f_dob.text(),
            self.f_track.currentData(),
            self.f_phase.currentData(),
            self.f_admitted.text(),
            self.f_expected.text(),
            self.f_note.toPlainText(),
        )

    def has_unsaved_details(self) -> bool:
        """The details form holds typed changes not yet saved for the member shown."""
        return self.selected_id is not None and self._form_values() != self._loaded_values

    def _show_member(self, member_id: MemberId | None) -> None:
        # A reload (after Put on hold, a move, or a change made elsewhere) must not wipe what was
        # typed into the details form for the same member: keep it and say so.
        keep_edits = member_id is not None and member_id == self.selected_id
        keep_edits = keep_edits and not self._saving and self.has_unsaved_details()
        kept = self._form_values() if keep_edits else None
        self.selected_id = member_id
        self._refresh_progress()
        enabled = member_id is not None
        for w in (self.move_button, self.discharge_button, self.hold_button, self.save_button):
            w.setEnabled(enabled)
        self.detail_message.clear()
        if member_id is None:
            self.detail_title.setText(self.tr("No member selected"))
            for shown in (
                self.status_label,
                self.hours_label,
                self.days_label,
                self.sessions_label,
                self.discharge_label,
                self.episodes_label,
            ):
                shown.clear()
            self.history_model.set_rows([])
            for edit in (
                self.f_preferred,
                self.f_full,
                self.f_chart,
                self.f_dob,
                self.f_admitted,
                self.f_expected,
            ):
                edit.clear()
            self.f_note.clear()
            self._loaded_values = self._form_values()
            return
        h = self.clinic.members.history(member_id)
        m = h.member
        self.detail_title.setText(m.preferred_name)
        self.status_label.setText(label(m.status))
        theme.tone(self.status_label, STATUS_COLOURS[m.status], bold=True)
        hours = (
            self.tr("{done} of {target} target (below target)")
            if h.below_target
            else self.tr("{done} of {target} target")
        )
        self.hours_label.setText(
            hours.format(
                done=format_minutes(h.minutes_this_week), target=format_minutes(h.target_minutes)
            )
        )
        theme.tone(self.hours_label, WARNING_STYLE if h.below_target else None)
        self.days_label.setText(
            (
                self.tr("1 day (admitted {date})")
                if h.days_in_program == 1
                else self.tr("{days} days (admitted {date})")
            ).format(days=h.days_in_program, date=short_date(m.admitted_on))
        )
        self.sessions_label.setText(str(h.sessions_attended))
        self.episodes_label.setText(self._earlier_episodes(h.episodes))
        self.history_model.set_rows(h.enrollments)
        discharged = m.status is MemberStatus.DISCHARGED
        self.move_button.setEnabled(not discharged)
        self.discharge_button.setEnabled(not discharged)
        self.hold_button.setEnabled(not discharged)
        self.hold_button.setText(
            self.tr("Make &active") if m.status is MemberStatus.ON_HOLD else self.tr("Put on &hold")
        )
        self.discharge_label.setText(
            self.tr("{date}: {reason}").format(
                date=short_date(m.discharged_on),
                reason=label(m.discharge_reason) if m.discharge_reason else "",
            )
            if m.discharged_on
            else self.tr("Not discharged")
        )
        self.f_preferred.setText(m.preferred_name)
        self.f_full.setText(m.full_name)
        self.f_chart.setText(m.chart_id)
        self.f_dob.setText(m.date_of_birth.isoformat() if m.date_of_birth else "")
        self.f_track.setCurrentIndex(self.f_track.findData(m.track.value))
        self.f_phase.setCurrentIndex(self.f_phase.findData(m.phase.value))
        self.f_admitted.setText(m.admitted_on.isoformat())
        self.f_expected.setText(m.expected_discharge.isoformat() if m.expected_discharge else "")
        self.f_note.setPlainText(m.facilitator_note)
        self._loaded_values = self._form_values()
        if kept is not None:
            self._restore_form(kept)
            theme.tone(self.detail_message, WARNING_STYLE)
            self.detail_message.setText(
                self.tr("Your changes to the details are not saved yet: press Save details.")
            )

    def _restore_form(self, values: tuple[object, ...]) -> None:
        preferred, full, chart, dob, track, phase, admitted, expected, note = values
        for edit, text in (
            (self.f_preferred, preferred),
            (self.f_full, full),
            (self.f_chart, chart),
            (self.f_dob, dob),
            (self.f_admitted, admitted),
            (self.f_expected, expected),
        ):
            edit.setText(str(text))
        self.f_track.setCurrentIndex(self.f_track.findData(track))
        self.f_phase.setCurrentIndex(self.f_phase.findData(phase))
        self.f_note.setPlainText(str(note))

    def _earlier_episodes(self, episodes: Any) -> str:
        """Earlier admission episodes of a re-admitted member, oldest first; 'None' otherwise."""
        lines = [
            self.tr("{start} to {end} ({reason})").format(
                start=short_date(e.admitted_on),
                end=short_date(e.discharged_on) if e.discharged_on else "?",
                reason=label(e.discharge_reason) if e.discharge_reason else "",
            )
            for e in list(episodes)[:-1]
        ]
        return "\n".join(lines) if lines else self.tr("None")

    # -- actions --------------------------------------------------------------------------
    def _open(self, dialog: ServiceDialog | MemberImportDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._after_dialog(dialog))
        dialog.open()

    def _after_dialog(self, dialog: ServiceDialog | MemberImportDialog) -> None:
        outcome = dialog.outcome
        if isinstance(dialog, AdmitDialog) and isinstance(outcome, tuple):
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.select_member(MemberId(outcome[0]))
        warning = dialog.warning
        theme.tone(self.notice, WARNING_STYLE if warning else None)
        self.notice.setText(
            self.tr("Warning: {warning}").format(warning=warning) if warning else dialog.done_text()
        )

    def open_admit(self) -> None:
        self._open(AdmitDialog(self.controller, self))

    def open_import(self) -> None:
        self._open(MemberImportDialog(self.controller, self))

    def open_move(self) -> None:
        if self.selected_id is not None:
            self._open(MoveDialog(self.controller, self.selected_id, self))

    def open_discharge(self) -> None:
        if self.selected_id is not None:
            self._open(DischargeDialog(self.controller, self.selected_id, self))

    def toggle_hold(self) -> None:
        if self.selected_id is None:
            return
        member_id = self.selected_id
        on_hold = self.clinic.members.get(member_id).status is MemberStatus.ACTIVE
        _result, error = self.controller.attempt(
            lambda: self.clinic.members.set_on_hold(member_id, on_hold)
        )
        if error is not None:
            show_problem(self.detail_message, error)

    def save_details(self) -> None:
        member_id = self.selected_id
        if member_id is None:
            return

        def op() -> Any:
            draft = MemberDraft(
                self.f_preferred.text(),
                self.f_full.text(),
                self.f_chart.text(),
                Track(self.f_track.currentData()),
                Phase(self.f_phase.currentData()),
                parse_date(self.f_admitted.text(), "Admitted on"),
                parse_optional_date(self.f_dob.text(), "Date of birth"),
                parse_optional_date(self.f_expected.text(), "Expected discharge"),
                self.f_note.toPlainText(),
            )
            return self.clinic.members.update(member_id, draft)

        self._saving = True
        try:
            _result, error = self.controller.attempt(op)
        finally:
            self._saving = False
        if error is not None:
            show_problem(self.detail_message, error)
        else:
            theme.tone(self.detail_message, None)
            self.detail_message.setText(self.tr("Saved."))
