"""Search every member note by its words; open a result to see that session's notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.services.notes import NoteService, SearchHit


class NoteSearchDialog(QDialog):
    """`chosen` holds the hit the facilitator opened (Enter or double-click)."""

    def __init__(self, notes: NoteService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = notes
        self.chosen: SearchHit | None = None
        self.hits: list[SearchHit] = []
        self.setWindowTitle(self.tr("Search notes"))
        self.resize(720, 480)
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Words to search for in notes"))
        self.query.setPlaceholderText(self.tr("Words in the note, e.g. weekend trigger"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Notes found"))
        self.results.setWordWrap(True)
        self.count = QLabel("")
        self.count.setAccessibleName(self.tr("How many notes were found"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        self.query.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self._open)

    def run_search(self) -> None:
        self.hits = self.notes.search(self.query.text())
        self.results.clear()
        for hit in self.hits:
            item = QListWidgetItem(f"{hit.date}  {hit.group_name}  {hit.preferred_name} ({hit.chart_id})\n   {hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, int(hit.note_id))
            self.results.addItem(item)
        text = self.query.text().strip()
        found = QCoreApplication.translate("SearchDialog", "%n note(s) found", "", len(self.hits))
        more = " " + self.tr("(first 50)") if len(self.hits) == 50 else ""
        self.count.setText("" if not text else found + more)

    def _open_first(self) -> None:
        self._debounce.stop()
        self.run_search()
        if self.results.count():
            self._open(self.results.item(0))

    def _open(self, item: QListWidgetItem) -> None:
        self.chosen = self.hits[self.results.row(item)]
        self.accept()
