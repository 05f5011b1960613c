"""Table models for members, groups and rosters: they hold row objects, never SQL.

Filtering and sorting live in `MemberFilterProxy` (a QSortFilterProxyModel), not in widgets.
Sorting uses SORT_ROLE so dates and numbers sort as dates and numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from iop_facilitator.domain.enums import MemberStatus
from iop_facilitator.domain.groups import Group
from iop_facilitator.domain.ids import GroupId
from iop_facilitator.services.groups import RosterEntry
from iop_facilitator.services.members import EnrollmentView, MemberListItem
from iop_facilitator.ui import formatting, theme
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP
from iop_facilitator.ui.messages import localized
from iop_facilitator.ui.translated import label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

# Status by word and colour together (never colour alone).
STATUS_COLOURS = {
    MemberStatus.ACTIVE: "ok",
    MemberStatus.ON_HOLD: "warning",
    MemberStatus.DISCHARGED: "muted",
}


def _date(value: dt.date | None) -> str:
    """Shown in the locale's short form; columns sort by `_iso` so order stays by date."""
    return formatting.date(value)


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("MemberModels", text)


class Column(Generic[R]):
    def __init__(
        self, title: str, text: Callable[[R], str], sort: Callable[[R], Any] | None = None
    ):
        self.title = title  # English, marked with QT_TRANSLATE_NOOP("MemberModels", ...)
        self.text = text
        self.sort = sort or text


class RowTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table of row objects described by `columns`."""

    columns: Sequence[Column[R]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        ):
            return _tr(self.columns[section].title)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(
            index, QAbstractTableModel.CheckIndexOption.IndexIsValid
        ):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return localized(column.text(row))  # a core Text (texts.py) in the UI's language
        if role == SORT_ROLE:
            return column.sort(row)
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: R, column: int, role: int) -> Any:
        return None


class MemberTableModel(RowTableModel[MemberListItem]):
    columns = (
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "Preferred name"),
            lambda r: r.member.preferred_name,
            lambda r: r.member.preferred_name.casefold(),
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "Full name"),
            lambda r: r.member.full_name,
            lambda r: r.member.full_name.casefold(),
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "Chart id"),
            lambda r: r.member.chart_id,
            lambda r: r.member.chart_id.casefold(),
        ),
        Column(QT_TRANSLATE_NOOP("MemberModels", "Status"), lambda r: label(r.member.status)),
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "Groups"),
            lambda r: ", ".join(r.groups) or QCoreApplication.translate("MemberModels", "No group"),
        ),
        Column(QT_TRANSLATE_NOOP("MemberModels", "Track"), lambda r: label(r.member.track)),
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "Admitted"),
            lambda r: _date(r.member.admitted_on),
            lambda r: _iso(r.member.admitted_on),
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "Discharged"),
            lambda r: _date(r.member.discharged_on),
            lambda r: _iso(r.member.discharged_on),
        ),
    )
    STATUS_COLUMN = 3

    def extra_data(self, row: MemberListItem, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return int(row.member.id)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS_COLUMN:
            return QBrush(theme.current().colour(STATUS_COLOURS[row.member.status]))
        return None

    def index_of(self, member_id: int) -> QModelIndex:
        for i, r in enumerate(self.rows):
            if r.member.id == member_id:
                return self.index(i, 0)
        return QModelIndex()


STATUS_FILTERS: tuple[tuple[str, frozenset[MemberStatus]], ...] = (
    (
        QT_TRANSLATE_NOOP("MemberModels", "Current (active and on hold)"),
        frozenset({MemberStatus.ACTIVE, MemberStatus.ON_HOLD}),
    ),
    (QT_TRANSLATE_NOOP("MemberModels", "Active"), frozenset({MemberStatus.ACTIVE})),
    (QT_TRANSLATE_NOOP("MemberModels", "On hold"), frozenset({MemberStatus.ON_HOLD})),
    (QT_TRANSLATE_NOOP("MemberModels", "Discharged"), frozenset({MemberStatus.DISCHARGED})),
    (QT_TRANSLATE_NOOP("MemberModels", "Everyone"), frozenset(MemberStatus)),
)


class MemberFilterProxy(QSortFilterProxyModel):
    """Search by name or chart id, filter by status and by group; sort by any column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._statuses: frozenset[MemberStatus] = STATUS_FILTERS[0][1]
        self._group: GroupId | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", text.strip().casefold()))

    def set_statuses(self, statuses: frozenset[MemberStatus]) -> None:
        self._refilter(lambda: setattr(self, "_statuses", statuses))

    def set_group(self, group_id: GroupId | None) -> None:
        self._refilter(lambda: setattr(self, "_group", group_id))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateFilter() with begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, MemberTableModel):
            return True
        item = model.row_at(source_row)
        if item is None:
            return False
        m = item.member
        if m.status not in self._statuses:
            return False
        if self._group is not None and self._group not in item.group_ids:
            return False
        if self._text:
            haystack = f"{m.preferred_name}\n{m.full_name}\n{m.chart_id}".casefold()
            return all(word in haystack for word in self._text.split())
        return True


class EnrollmentHistoryModel(RowTableModel[EnrollmentView]):
    columns = (
        Column(QT_TRANSLATE_NOOP("MemberModels", "Group"), lambda v: v.group_name),
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "From"),
            lambda v: _date(v.enrollment.start_on),
            lambda v: _iso(v.enrollment.start_on),
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "To"),
            lambda v: (
                _date(v.enrollment.end_on)
                or QCoreApplication.translate("MemberModels", "still enrolled")
            ),
            lambda v: _iso(v.enrollment.end_on) or "9999",
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "Sessions attended"),
            lambda v: str(v.sessions_attended),
            lambda v: v.sessions_attended,
        ),
    )


class RosterModel(RowTableModel[RosterEntry]):
    columns = (
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "Preferred name"),
            lambda r: r.preferred_name,
            lambda r: r.preferred_name.casefold(),
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "Full name"),
            lambda r: r.full_name,
            lambda r: r.full_name.casefold(),
        ),
        Column(QT_TRANSLATE_NOOP("MemberModels", "Chart id"), lambda r: r.chart_id),
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "Joined on"),
            lambda r: _date(r.joined_on),
            lambda r: _iso(r.joined_on),
        ),
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "Status"), lambda r: label(MemberStatus(r.status))
        ),
    )


class GroupListModel(QAbstractListModel):
    """Groups by name with their schedule; inactive groups say so in words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: list[Group] = []

    def set_groups(self, groups: Sequence[Group]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.groups)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(
            index, QAbstractListModel.CheckIndexOption.IndexIsValid
        ):
            return None
        g = self.groups[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = (
                QCoreApplication.translate("MemberModels", "{name}\n{schedule} · {room}")
                if g.active
                else QCoreApplication.translate(
                    "MemberModels", "{name} (inactive)\n{schedule} · {room}"
                )
            )
            return text.format(
                name=g.name,
                schedule=g.schedule,
                room=g.room or QCoreApplication.translate("MemberModels", "no room"),
            )
        if role == ID_ROLE:
            return int(g.id)
        if role == Qt.ItemDataRole.ForegroundRole and not g.active:
            return QBrush(theme.current().colour("muted"))
        return None

    def row_of(self, group_id: int) -> int:
        return next((i for i, g in enumerate(self.groups) if g.id == group_id), -1)
