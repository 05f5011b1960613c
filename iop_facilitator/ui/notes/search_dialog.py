"""Search every member note by its words; open a result to see that session's notes.

A search matching a few thousand notes or fewer lists the best matches first; one matching more
lists the most recently written notes first (ranking them all would keep the facilitator waiting),
and the line above the list says which order is shown. "Show more" fetches the next page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.services.notes import NoteService, SearchHit

PAGE = 50


class NoteSearchDialog(QDialog):
    """`chosen` holds the hit the facilitator opened (Enter or double-click)."""

    def __init__(self, notes: NoteService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = notes
        self.chosen: SearchHit | None = None
        self.hits: list[SearchHit] = []
        self.total = 0
        self.newest_first = False
        self.setWindowTitle(self.tr("Search notes"))
        self.resize(720, 480)
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Words to search for in notes"))
        self.query.setPlaceholderText(self.tr("Words in the note, e.g. weekend trigger"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Notes found"))
        self.results.setWordWrap(True)
        self.count = QLabel("")
        self.count.setAccessibleName(self.tr("How many notes were found, and in what order"))
        self.count.setWordWrap(True)
        self.more = QPushButton(self.tr("Show more"))
        self.more.setAccessibleName(self.tr("Show more notes found"))
        self.more.setToolTip(self.tr("List the next notes that match these words"))
        self.more.setVisible(False)
        self.more.clicked.connect(self.show_more)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        self.query.returnPressed.connect(self._open_first)
        self.results.itemActivated.connect(self._open)

    def run_search(self) -> None:
        self._debounce.stop()  # this search answers the typing; no second one after it
        self.hits = []
        self.results.clear()
        self._fetch()

    def show_more(self) -> None:
        """The next page of the same search, below the notes already listed."""
        self._fetch()
        self.results.setFocus()

    def _fetch(self) -> None:
        first_new = len(self.hits)
        found = self.notes.search_results(self.query.text(), limit=PAGE, offset=first_new)
        self.total, self.newest_first = found.total, found.newest_first
        self.hits.extend(found.hits)
        for hit in found.hits:
            text = f"{hit.date}  {hit.group_name}  {hit.preferred_name} ({hit.chart_id})"
            item = QListWidgetItem(f"{text}\n   {hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, int(hit.note_id))
            self.results.addItem(item)
        if first_new and self.results.count() > first_new:
            self.results.setCurrentRow(first_new)
        self.count.setText(self._summary())
        self.more.setVisible(len(self.hits) < self.total)

    def _summary(self) -> str:
        if not self.query.text().strip():
            return ""
        if not self.total:
            return self.tr("No notes found.")
        if self.newest_first:
            newest = self.tr("Showing the newest of %Ln matching notes first.", "", self.total)
            why = self.tr("Too many to sort by best match: add a word to narrow the search.")
            return f"{newest} {why}"
        if len(self.hits) < self.total:
            return self.tr(
                "%Ln note(s) found, best matches first. Showing the first {shown}.", "", self.total
            ).format(shown=len(self.hits))
        return self.tr("%Ln note(s) found, best matches first.", "", self.total)

    def _open_first(self) -> None:
        self._debounce.stop()
        self.run_search()
        if self.results.count():
            self._open(self.results.item(0))

    def _open(self, item: QListWidgetItem) -> None:
        self.chosen = self.hits[self.results.row(item)]
        self.accept()
