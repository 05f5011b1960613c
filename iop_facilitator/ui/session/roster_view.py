"""The roster table, fitted to the width it is given: no sideways scroll bar at 200% or in
Spanish on a 1366 px wide screen.

The name column takes the room that is left (a long name is elided; its tooltip gives it in
full). Attendance and Safety always show. When the other columns do not all fit, the less
important ones fold away, in this order: minutes, left, arrived, craving. Nothing is lost:
arrival and leaving times and craving are in the member panel beside the roster, and every
folded value is in the name cell's tooltip and accessible description (`RosterModel.set_folded`).
Widths come from the texts and the font, never from fixed pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from iop_facilitator.ui.session.roster_model import RosterModel

NAME = 0
# Least important first: what goes when there is no room (Minutes, Left, Arrived, Craving).
FOLD_ORDER = (4, 3, 2, 5)
NAME_LETTERS = 10  # the name column asks for about this many letters before others may stay


class RosterTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting = False
        self.horizontalHeader().setStretchLastSection(False)

    def setModel(self, model: RosterModel) -> None:  # type: ignore[override]
        super().setModel(model)
        model.modelReset.connect(self.fit_columns)
        model.rowsInserted.connect(self.fit_columns)
        model.dataChanged.connect(self.fit_columns)
        self.fit_columns()

    def folded(self) -> list[int]:
        """The columns folded away to fit the width, least important first."""
        header = self.horizontalHeader()
        return [c for c in FOLD_ORDER if header.isSectionHidden(c)]

    def fit_columns(self, *_args: object) -> None:
        model = self.model()
        if self._fitting or not isinstance(model, RosterModel):
            return
        self._fitting = True
        try:
            self._fit(model)
        finally:
            self._fitting = False

    def _fit(self, model: RosterModel) -> None:
        header = self.horizontalHeader()
        count = model.columnCount()
        for column in range(count):  # measure every column as if shown
            header.setSectionHidden(column, False)
        natural = {
            c: max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in range(count)
        }
        letter = self.fontMetrics().horizontalAdvance("M")
        name_wanted = min(natural[NAME], letter * NAME_LETTERS)
        available = self.viewport().width()
        shown = [c for c in range(count) if c != NAME]
        folded: list[int] = []
        for column in FOLD_ORDER:
            if name_wanted + sum(natural[c] for c in shown) <= available:
                break
            shown.remove(column)
            folded.append(column)
        # Still too narrow: the remaining columns share what is left and elide their text.
        room = available - min(name_wanted, letter * 4)
        total = sum(natural[c] for c in shown)
        scale = min(1.0, room / total) if total > 0 else 1.0
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in shown:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(
                column, max(header.minimumSectionSize(), int(natural[column] * scale))
            )
        for column in folded:
            header.setSectionHidden(column, True)
        model.set_folded(folded)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def viewportEvent(self, event: QEvent) -> bool:
        # The viewport narrows when the vertical scroll bar appears.
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return handled

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_columns()

    def visible_columns(self) -> list[int]:
        model = self.model()
        count = model.columnCount(QModelIndex()) if model is not None else 0
        return [c for c in range(count) if not self.isColumnHidden(c)]
