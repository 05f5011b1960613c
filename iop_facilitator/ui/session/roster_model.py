"""The roster table: one row per member on the session, attendance by word and colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from iop_facilitator.domain.enums import AttendanceStatus
from iop_facilitator.services.sessions import RosterEntry
from iop_facilitator.ui import formatting, labels, theme
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

# Status colours: soft backgrounds that keep black text at WCAG AA contrast; the word is
# always shown.
STATUS_COLOURS = {
    AttendanceStatus.PRESENT: "ok",
    AttendanceStatus.TELEHEALTH: "info",
    AttendanceStatus.LATE: "warning",
    AttendanceStatus.LEFT_EARLY: "warning",
    AttendanceStatus.ABSENT_EXCUSED: "neutral",
    AttendanceStatus.ABSENT_UNEXCUSED: "alert",
}

# One key per status, shown in the column header tooltip and the shortcuts help.
STATUS_KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT,
    Qt.Key.Key_L: AttendanceStatus.LATE,
    Qt.Key.Key_E: AttendanceStatus.LEFT_EARLY,
    Qt.Key.Key_X: AttendanceStatus.ABSENT_EXCUSED,
    Qt.Key.Key_U: AttendanceStatus.ABSENT_UNEXCUSED,
    Qt.Key.Key_T: AttendanceStatus.TELEHEALTH,
}
KEY_HELP = QT_TRANSLATE_NOOP(
    "RosterModel",
    "P present, L late, E left early, X absent excused, U absent unexcused, T telehealth",
)

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Member"),
    QT_TRANSLATE_NOOP("Columns", "Attendance"),
    QT_TRANSLATE_NOOP("Columns", "Arrived"),
    QT_TRANSLATE_NOOP("Columns", "Left"),
    QT_TRANSLATE_NOOP("Columns", "Minutes"),
    QT_TRANSLATE_NOOP("Columns", "Craving"),
    QT_TRANSLATE_NOOP("Columns", "Safety"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterModel", text)


class RosterModel(QAbstractTableModel):
    """Holds RosterEntry rows (never SQL); `set_entries` replaces them after a reload."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[RosterEntry] = []
        self._folded: list[int] = []  # columns the view has no room for (roster_view.py)

    def set_folded(self, columns: list[int]) -> None:
        """Columns hidden for lack of width: their values go into the name cell's tooltip and
        accessible description."""
        if columns == self._folded:
            return
        self._folded = list(columns)
        if self._entries:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._entries) - 1, 0),
                [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole],
            )

    def folded_details(self, row: int) -> list[str]:
        """'Arrived: 09:05' and the like, for each folded column that has a value."""
        entry = self._entries[row]
        details = []
        for column in sorted(self._folded):
            value = self._text(entry, column)
            if value:
                details.append(
                    QCoreApplication.translate("RosterModel", "{column}: {value}").format(
                        column=QCoreApplication.translate("Columns", COLUMNS[column]), value=value
                    )
                )
        return details

    def set_entries(self, entries: list[RosterEntry]) -> None:
        same_members = [e.member_id for e in entries] == [e.member_id for e in self._entries]
        if same_members and entries:
            self._entries = list(entries)
            self.dataChanged.emit(self.index(0, 0), self.index(len(entries) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> RosterEntry:
        return self._entries[row]

    def row_of(self, member_id: int) -> int:
        return next((i for i, e in enumerate(self._entries) if e.member_id == member_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Columns", COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                # The full heading too, for when a narrow column elides it.
                heading = QCoreApplication.translate("Columns", COLUMNS[section])
                return heading + ": " + _tr(KEY_HELP) if section == 1 else heading
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == 1 and entry.status is not None:
            return QBrush(theme.current().tint(STATUS_COLOURS[entry.status]))
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and entry.status is not None:
            return QBrush(QColor(theme.current().tint_text))
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            name = f"{entry.full_name} ({entry.chart_id})" + (
                " - " + QCoreApplication.translate("RosterModel", "drop-in")
                if entry.drop_in
                else ""
            )
            return "\n".join([name, *self.folded_details(index.row())])
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == 0 and self._folded:
            return ", ".join(self.folded_details(index.row()))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _text(entry: RosterEntry, column: int) -> str:
        if column == 0:
            return entry.preferred_name + (
                " (" + QCoreApplication.translate("RosterModel", "drop-in") + ")"
                if entry.drop_in
                else ""
            )
        if column == 1:
            return labels.label(
                entry.status, QCoreApplication.translate("RosterModel", "Not marked")
            )
        if column == 2:
            return formatting.time(entry.arrived_at)
        if column == 3:
            return formatting.time(entry.left_at)
        if column == 4:
            return str(entry.minutes) if entry.status and entry.status.attended else ""
        if column == 5:
            return "" if entry.craving is None else str(entry.craving)
        if column == 6:
            return (
                QCoreApplication.translate("RosterModel", "FLAG: follow up")
                if entry.safety_flag
                else ""
            )
        return ""
