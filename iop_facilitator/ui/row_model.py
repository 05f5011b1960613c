"""A read-only table model over row objects, described by columns (no SQL, no rules)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from iop_facilitator.ui import theme
from iop_facilitator.ui.messages import localized

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

# Row tints come from the theme (ui/theme.py: light, dark, high contrast); the word in the cell
# says the same thing, so colour is never the only signal.
LEVEL_COLOURS = ("alert", "warning", "ok", "info", "running", "upcoming", "notes_unsigned", "ended")


@dataclass(frozen=True)
class Column(Generic[T]):
    # English, marked with QT_TRANSLATE_NOOP("Columns", ...); the header shows its translation.
    title: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None
    colour: Callable[[T], str | None] | None = None  # a key of LEVEL_COLOURS or "#rrggbb"
    sort_key: Callable[[T], Any] | None = None  # UserRole (a proxy's sort role); default: text
    align_right: bool = False  # figures


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows are replaced as a whole by `set_rows` (a reset): the lists are short."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: Index) -> T | None:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return localized(column.text(row))  # a core Text (texts.py) in the UI's language
        if role == Qt.ItemDataRole.ToolTipRole:
            return localized(column.tooltip(row) if column.tooltip else column.text(row))
        if role == Qt.ItemDataRole.UserRole:
            return column.sort_key(row) if column.sort_key else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column.colour:
            key = column.colour(row)
            if key:
                return QBrush(theme.current().tint(key))
        if role == Qt.ItemDataRole.ForegroundRole and column.colour and column.colour(row):
            return QBrush(QColor(theme.current().tint_text))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate("Columns", self.columns[section].title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
