"""The left side of the Members page: search, status and group filters, and the members table.

Texts keep the "MembersPage" translation context they had before the page was split.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from iop_facilitator.domain.groups import Group
from iop_facilitator.domain.ids import GroupId, MemberId
from iop_facilitator.services.members import MemberListItem
from iop_facilitator.ui.dialog_parts import message_label
from iop_facilitator.ui.member_dialogs import button, line_edit, table_view
from iop_facilitator.ui.member_models import (
    ID_ROLE,
    STATUS_FILTERS,
    MemberFilterProxy,
    MemberTableModel,
)


class MemberList(QWidget):
    """The filters above the members table, the table, how many rows it shows, and a notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = line_edit(
            QCoreApplication.translate("MembersPage", "Search members"),
            QCoreApplication.translate("MembersPage", "Search by name or chart id (Ctrl+F)"),
            100,
        )
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(
            QCoreApplication.translate("MembersPage", "Show members by status")
        )
        for text, statuses in STATUS_FILTERS:
            self.status_filter.addItem(QCoreApplication.translate("MemberModels", text), statuses)
        self.group_filter = QComboBox()
        self.group_filter.setAccessibleName(
            QCoreApplication.translate("MembersPage", "Show members of group")
        )
        self.admit_button = button(
            QCoreApplication.translate("MembersPage", "&Admit…"),
            QCoreApplication.translate("MembersPage", "Admit member"),
            QCoreApplication.translate("MembersPage", "Admit a new member (Ctrl+N)"),
        )
        self.import_button = button(
            QCoreApplication.translate("MembersPage", "&Import CSV…"),
            QCoreApplication.translate("MembersPage", "Import members from CSV"),
            QCoreApplication.translate(
                "MembersPage", "Admit many members from the EHR's CSV export"
            ),
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
        self.table = table_view(QCoreApplication.translate("MembersPage", "Members"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(
            QCoreApplication.translate("MembersPage", "Members shown")
        )
        self.notice = message_label(QCoreApplication.translate("MembersPage", "Notice"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.notice)

        self.search.textChanged.connect(self.proxy.set_text)
        self.search.textChanged.connect(lambda _t: self._update_count())
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.group_filter.currentIndexChanged.connect(self._group_changed)

    def set_rows(self, groups: Iterable[Group], members: Sequence[MemberListItem]) -> None:
        """Refill the group filter (keeping the group chosen) and the table."""
        current_group = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(QCoreApplication.translate("MembersPage", "All groups"), None)
        for g in groups:
            self.group_filter.addItem(g.name, int(g.id))
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(current_group)))
        self.group_filter.blockSignals(False)
        self.model.set_rows(members)
        self.table.resizeColumnsToContents()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            QCoreApplication.translate("MembersPage", "{shown} of 1 member shown")
            if total == 1
            else QCoreApplication.translate("MembersPage", "{shown} of {total} members shown")
        )
        self.count_label.setText(text.format(shown=shown, total=total))

    def _status_changed(self) -> None:
        self.proxy.set_statuses(self.status_filter.currentData())
        self._update_count()

    def _group_changed(self) -> None:
        gid = self.group_filter.currentData()
        self.proxy.set_group(GroupId(gid) if gid is not None else None)
        self._update_count()

    def show_row(self, member_id: MemberId) -> bool:
        """Select and scroll to the member's row; False if the filters hide it."""
        proxy_index = self.proxy.mapFromSource(self.model.index_of(member_id))
        if not proxy_index.isValid():
            return False
        self.table.selectRow(proxy_index.row())
        self.table.scrollTo(proxy_index)
        return True

    def selected_member(self) -> MemberId | None:
        rows = self.table.selectionModel().selectedRows()
        index: QModelIndex = rows[0] if rows else QModelIndex()
        member_id = index.data(ID_ROLE) if index.isValid() else None
        return MemberId(member_id) if member_id is not None else None

    def reset_filters(self) -> None:
        """Clear the search and show current members again (to show a member just admitted)."""
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
