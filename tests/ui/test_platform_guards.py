"""Guards for known platform bugs (DESIGN.md, "Known platform facts")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListView


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 50

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"row {index.row()}"
        return None  # the case that leaked a reference to None on PySide6 6.12 + Python 3.11


def test_returning_none_to_qt_does_not_leak_references(qtbot) -> None:
    model = _Model()
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    before = sys.getrefcount(None)
    for _ in range(20):
        for row in range(50):
            index = model.index(row, 0)
            for role in range(0, 14):
                model.data(index, role)  # Python-side call
        view.viewport().repaint()  # Qt-side calls, many roles returning None
    after = sys.getrefcount(None)
    # Immortal None on 3.12+ makes this constant; on a leaking build it falls by thousands.
    assert after >= before - 50
