"""Qt models for the curriculum: the topic list and the editable agenda. Row objects, never SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from iop_facilitator.domain.curriculum import Segment
from iop_facilitator.services.curriculum import TopicSummary
from iop_facilitator.ui import theme
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_text(t: TopicSummary) -> str:
    if t.editable:
        if t.retired:
            return QCoreApplication.translate("TopicModels", "Clinic, retired")
        return QCoreApplication.translate("TopicModels", "Clinic")
    if t.retired:
        return QCoreApplication.translate("TopicModels", "Built-in, retired")
    return QCoreApplication.translate("TopicModels", "Built-in")


class TopicTableModel(QAbstractTableModel):
    """Current topic versions: Title, Series, Minutes, Kind."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TopicModels", "Title"),
        QT_TRANSLATE_NOOP("TopicModels", "Series"),
        QT_TRANSLATE_NOOP("TopicModels", "Minutes"),
        QT_TRANSLATE_NOOP("TopicModels", "Kind"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[TopicSummary] = []

    def set_rows(self, rows: list[TopicSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        topic = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (topic.title, topic.series, topic.minutes, kind_text(topic))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "TopicModels", "{title} ({key}, version {version})"
            ).format(title=topic.title, key=topic.key, version=topic.version)
        if role == SUMMARY_ROLE:
            return topic
        if role == Qt.ItemDataRole.ForegroundRole and topic.retired:
            # Greyed, and "retired" in words in the Kind column.
            return QBrush(theme.current().colour("muted"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("TopicModels", self.HEADERS[section])
        return None


class TopicFilterProxy(QSortFilterProxyModel):
    """Sorts the topic list and shows one series (or all)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterKeyColumn(1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_series(self, series: str | None) -> None:
        pattern = "" if not series else "^" + QRegularExpression.escape(series) + "$"
        self.setFilterRegularExpression(pattern)


@dataclass
class SegmentRow:
    title: str
    minutes: int
    description: str


class SegmentTableModel(QAbstractTableModel):
    """The agenda being edited: Title, Minutes, What happens. Minutes accept whole numbers only."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TopicModels", "Segment"),
        QT_TRANSLATE_NOOP("TopicModels", "Minutes"),
        QT_TRANSLATE_NOOP("TopicModels", "What happens"),
    )

    def __init__(self, segments: tuple[Segment, ...] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = [SegmentRow(s.title, s.minutes, s.description) for s in segments]

    def segments(self) -> tuple[Segment, ...]:
        return tuple(Segment(r.title.strip(), r.minutes, r.description.strip()) for r in self.rows)

    def total_minutes(self) -> int:
        return sum(r.minutes for r in self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        row = self.rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return (row.title, row.minutes, row.description)[index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.checkIndex(
            index, QAbstractTableModel.CheckIndexOption.IndexIsValid
        ):
            return False
        row = self.rows[index.row()]
        if index.column() == 1:
            try:
                minutes = int(str(value).strip())
            except ValueError:
                return False
            if not 0 < minutes <= 720:
                return False
            row.minutes = minutes
        elif index.column() == 0:
            row.title = str(value)
        else:
            row.description = str(value)
        self.dataChanged.emit(index, index, [role])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("TopicModels", self.HEADERS[section])
        return None

    def add_segment(self, at: int, title: str = "", minutes: int = 10) -> int:
        title = title or QCoreApplication.translate("TopicModels", "New segment")
        at = max(0, min(at, len(self.rows)))
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, SegmentRow(title, minutes, ""))
        self.endInsertRows()
        return at

    def remove_segment(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def move_segment(self, row: int, delta: int) -> int:
        """Move a segment up (-1) or down (+1); returns where it is now."""
        target = row + delta
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return row
        # Qt's destination is the row the moved one goes before, counted before the move.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.rows.insert(target, self.rows.pop(row))
        self.endMoveRows()
        return target
