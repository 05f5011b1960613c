"""The Members page: the members list beside the selected member's details and progress tabs.

The list (members/member_list.py) and the detail form (members/details.py) hold the widgets; the
page keeps which member is selected, opens the Admit, Import, Move and Discharge dialogs and saves
through MemberService.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enums import MemberStatus
from iop_facilitator.domain.ids import MemberId
from iop_facilitator.ui import theme
from iop_facilitator.ui.a11y import describe_shortcut
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.import_dialog import MemberImportDialog
from iop_facilitator.ui.member_dialogs import (
    WARNING_STYLE,
    AdmitDialog,
    DischargeDialog,
    MoveDialog,
    ServiceDialog,
    show_problem,
)
from iop_facilitator.ui.members.details import MemberDetails
from iop_facilitator.ui.members.member_list import MemberList
from iop_facilitator.ui.pages import Page, heading


class MembersPage(Page):
    title = "Members"

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.clinic = controller.clinic
        self.dialog: ServiceDialog | MemberImportDialog | None = None
        self.selected_id: MemberId | None = None
        self._saving = False  # the reload after Save details shows what was saved

        self.setAccessibleName(self.tr("Members"))
        self.member_list = MemberList()
        self.details = MemberDetails()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
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
        splitter.addWidget(self.member_list)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Members")))
        layout.addWidget(splitter, 1)

        members, details = self.member_list, self.details
        members.table.selectionModel().selectionChanged.connect(self._selection_changed)
        members.admit_button.clicked.connect(self.open_admit)
        members.import_button.clicked.connect(self.open_import)
        details.move_button.clicked.connect(self.open_move)
        details.discharge_button.clicked.connect(self.open_discharge)
        details.hold_button.clicked.connect(self.toggle_hold)
        details.save_button.clicked.connect(self.save_details)
        # The PySide6 stubs omit the signal keyword arguments (activated=...) Qt accepts.
        describe_shortcut(
            QShortcut(QKeySequence.StandardKey.Find, self, activated=members.search.setFocus),  # type: ignore[call-overload]
            self.tr("Search members"),
        )
        describe_shortcut(
            QShortcut(QKeySequence.StandardKey.New, self, activated=self.open_admit),  # type: ignore[call-overload]
            self.tr("Admit a member"),
        )
        self.reload()

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.selected_id
        self.member_list.set_rows(self.clinic.groups.list(), self.clinic.members.list())
        self.select_member(keep)

    def on_changes(self, changes: Changes) -> None:
        if changes.members or changes.groups or changes.enrollment or changes.attendance:
            self.reload()

    def select_member(self, member_id: MemberId | None) -> None:
        """Select the member's row if it is shown; otherwise clear the detail form."""
        if member_id is not None and self.member_list.show_row(member_id):
            self._show_member(member_id)
            return
        self.member_list.table.clearSelection()
        self._show_member(None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_member(self.member_list.selected_member())

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

    def has_unsaved_details(self) -> bool:
        """The details form holds typed changes not yet saved for the member shown."""
        return self.selected_id is not None and self.details.changed()

    def _show_member(self, member_id: MemberId | None) -> None:
        # A reload (after Put on hold, a move, or a change made elsewhere) must not wipe what was
        # typed into the details form for the same member: keep it and say so.
        keep_edits = member_id is not None and member_id == self.selected_id
        keep_edits = keep_edits and not self._saving and self.has_unsaved_details()
        kept = self.details.form_values() if keep_edits else None
        self.selected_id = member_id
        self._refresh_progress()
        self.details.set_actions_enabled(member_id is not None)
        self.details.detail_message.clear()
        if member_id is None:
            self.details.clear()
            return
        self.details.show_history(self.clinic.members.history(member_id))
        if kept is not None:
            self.details.restore_form(kept)

    # -- actions --------------------------------------------------------------------------
    def _open(self, dialog: ServiceDialog | MemberImportDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._after_dialog(dialog))
        dialog.open()

    def _after_dialog(self, dialog: ServiceDialog | MemberImportDialog) -> None:
        outcome = dialog.outcome
        if isinstance(dialog, AdmitDialog) and isinstance(outcome, tuple):
            self.member_list.reset_filters()
            self.select_member(MemberId(outcome[0]))
        warning = dialog.warning
        notice = self.member_list.notice
        theme.tone(notice, WARNING_STYLE if warning else None)
        notice.setText(
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
            show_problem(self.details.detail_message, error)

    def save_details(self) -> None:
        member_id = self.selected_id
        if member_id is None:
            return

        def op() -> Any:
            return self.clinic.members.update(member_id, self.details.draft())

        self._saving = True
        try:
            _result, error = self.controller.attempt(op)
        finally:
            self._saving = False
        message = self.details.detail_message
        if error is not None:
            show_problem(message, error)
        else:
            theme.tone(message, None)
            message.setText(self.tr("Saved."))
