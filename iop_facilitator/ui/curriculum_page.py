"""The Curriculum page: browse by series, search, preview, print the handout, edit, packs.

Widgets only: every read and write goes through `clinic.curriculum` / `clinic.topic_packs`.
File and confirmation dialogs are attributes (`ask_open_path`, `ask_save_path`, `confirm`,
`inform`) so tests can answer them without a modal loop.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.curriculum import SERIES_NAMES, blank_topic, problems_text
from iop_facilitator.domain.topic_text import handout_markdown, preview_markdown
from iop_facilitator.services.curriculum import StoredTopic, TopicSummary
from iop_facilitator.ui import theme
from iop_facilitator.ui.a11y import tab_order
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP
from iop_facilitator.ui.messages import localized
from iop_facilitator.ui.pages import Page, heading
from iop_facilitator.ui.topic_editor import TopicEditorDialog
from iop_facilitator.ui.topic_models import SUMMARY_ROLE, TopicFilterProxy, TopicTableModel

PACK_FILTER = QT_TRANSLATE_NOOP(
    "CurriculumPage", "Topic pack (*.toml);;Topic pack as JSON (*.json)"
)
ALL_SERIES = QT_TRANSLATE_NOOP("CurriculumPage", "All series")


def markdown_document(markdown: str, point_size: float | None = None) -> QTextDocument:
    document = QTextDocument()
    if point_size:
        font = document.defaultFont()
        font.setPointSizeF(point_size)
        document.setDefaultFont(font)
    document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    return document


class CurriculumPage(Page):
    title = "Curriculum"

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.library = controller.clinic.curriculum
        self.packs = controller.clinic.topic_packs
        self.shown: StoredTopic | None = None
        self.ask_open_path: Callable[[], str] = self._ask_open_path
        self.ask_save_path: Callable[[], str] = self._ask_save_path
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.inform: Callable[[str, str], None] = self._inform

        # Left: search, series, show retired --------------------------------------------------
        self.search = QLineEdit()
        self.setAccessibleName(self.tr("Curriculum"))
        self.search.setAccessibleName(self.tr("Search topics"))
        self.search.setPlaceholderText(self.tr("Search titles and text"))
        self.search.setClearButtonEnabled(True)
        self.series_list = QListWidget()
        self.series_list.setAccessibleName(self.tr("Series"))
        self.show_retired = QCheckBox(self.tr("Show &retired topics"))
        self.show_retired.setAccessibleName(self.tr("Show retired topics"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.series_list, 1)
        left_layout.addWidget(self.show_retired)

        # Middle: the topics -------------------------------------------------------------------
        self.model = TopicTableModel(self)
        self.proxy = TopicFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Topics"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the series order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        # Right: the preview -------------------------------------------------------------------
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Topic preview"))
        self.preview.setOpenExternalLinks(False)
        self.preview.setOpenLinks(False)
        font = self.preview.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.preview.setFont(font)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([200, 420, 560])

        # Buttons ------------------------------------------------------------------------------
        self.new_button = self._button(self.tr("&New topic"), self.new_topic)
        self.duplicate_button = self._button(self.tr("D&uplicate"), self.duplicate)
        self.edit_button = self._button(self.tr("&Edit"), self.edit)
        self.retire_button = self._button(self.tr("Re&tire"), self.toggle_retired)
        self.print_button = self._button(self.tr("&Print handout..."), self.print_handout)
        self.import_button = self._button(self.tr("&Import pack..."), self.import_pack)
        self.export_button = self._button(self.tr("E&xport pack..."), self.export_pack)
        bar = QHBoxLayout()
        for b in (
            self.new_button,
            self.duplicate_button,
            self.edit_button,
            self.retire_button,
            self.print_button,
        ):
            bar.addWidget(b)
        bar.addStretch(1)
        packs = QHBoxLayout()
        packs.addWidget(self.import_button)
        packs.addWidget(self.export_button)
        left_layout.addLayout(packs)
        # The pack buttons sit under the list: Tab reaches them before the table on the right.
        tab_order(self.show_retired, self.import_button, self.export_button)

        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setAccessibleName(self.tr("Topic file problems"))
        theme.tone(self.problems_label, "warning")
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Curriculum status"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.tr("Curriculum")))
        layout.addLayout(bar)
        layout.addWidget(self.problems_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)

        self.search.textChanged.connect(lambda _text: self.reload())
        self.show_retired.toggled.connect(lambda _on: self.reload())
        self.series_list.currentRowChanged.connect(self._series_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_or_duplicate())
        self.reload()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("."))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the list again, keeping the chosen series and topic when they still exist."""
        keep_key = self.shown.topic.key if self.shown else None
        rows = self.library.list(
            search=self.search.text(), include_retired=self.show_retired.isChecked()
        )
        self.model.set_rows(rows)
        self._fill_series(rows)
        problems = self.library.load_problems
        self.problems_label.setVisible(bool(problems))
        if problems:
            files = len({p.source for p in problems})
            text = (
                self.tr(
                    "Warning: 1 built-in topic file could not be loaded; the other topics are "
                    "here.\n{problems}"
                )
                if files == 1
                else self.tr(
                    "Warning: {count} built-in topic files could not be loaded; the other topics "
                    "are here.\n{problems}"
                )
            )
            self.problems_label.setText(
                text.format(count=files, problems=localized(problems_text(problems, 3)))
            )
        self.status_label.setText(
            self.tr("{shown} of {total} topics shown.").format(
                shown=self.proxy.rowCount(), total=len(rows)
            )
        )
        self.select_key(keep_key) or self.select_row(0)

    def _fill_series(self, rows: list[TopicSummary]) -> None:
        current = self.series_list.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current else None
        counts = Counter(r.series for r in rows)
        self.series_list.blockSignals(True)
        self.series_list.clear()
        for series in (None, *SERIES_NAMES):
            count = len(rows) if series is None else counts.get(series, 0)
            name = series or self.tr(ALL_SERIES)
            item = QListWidgetItem(self.tr("{series} ({count})").format(series=name, count=count))
            item.setData(Qt.ItemDataRole.UserRole, series)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{series}, {count} topics").format(series=name, count=count),
            )
            self.series_list.addItem(item)
            if series == chosen:
                self.series_list.setCurrentItem(item)
        if self.series_list.currentRow() < 0:
            self.series_list.setCurrentRow(0)
        self.series_list.blockSignals(False)

    def _series_chosen(self, row: int) -> None:
        item = self.series_list.item(row)
        self.proxy.set_series(item.data(Qt.ItemDataRole.UserRole) if item else None)
        self.status_label.setText(
            self.tr("{shown} of {total} topics shown.").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )
        if not self.select_key(self.shown.topic.key if self.shown else None):
            self.select_row(0)

    def select_row(self, row: int) -> bool:
        if row >= self.proxy.rowCount():
            self.show_topic(None)
            return False
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def select_key(self, key: str | None) -> bool:
        for row in range(self.proxy.rowCount()):
            summary = self.proxy.index(row, 0).data(SUMMARY_ROLE)
            if key is not None and summary.key == key:
                return self.select_row(row)
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = current.data(SUMMARY_ROLE) if current.isValid() else None
        self.show_topic(self.library.get(summary.id) if summary else None)

    def show_topic(self, stored: StoredTopic | None) -> None:
        self.shown = stored
        if stored is None:
            self.preview.setMarkdown(
                self.tr("*No topic chosen.* Choose a series or clear the search.")
            )
        else:
            s = stored.summary
            if s.editable:
                status = self.tr("Clinic topic, version {version}")
            else:
                status = self.tr("Built-in topic (read-only), version {version}")
            status = status.format(version=s.version)
            if s.retired:
                status = self.tr("{status}, **retired**").format(status=status)
            # QTextEdit.setMarkdown (GitHub dialect) also puts the cursor, and the view, at the top.
            self.preview.setMarkdown(preview_markdown(stored.topic, status))
        self._update_buttons()

    def _update_buttons(self) -> None:
        s = self.shown.summary if self.shown else None
        self.duplicate_button.setEnabled(s is not None)
        self.edit_button.setEnabled(bool(s and s.editable))
        self.edit_button.setToolTip(
            "" if not s or s.editable else self.tr("Built-in topics are read-only: use Duplicate.")
        )
        self.retire_button.setEnabled(s is not None)
        self.retire_button.setText(self.tr("Res&tore") if s and s.retired else self.tr("Re&tire"))
        self.retire_button.setAccessibleName(
            self.tr("Restore") if s and s.retired else self.tr("Retire")
        )
        self.print_button.setEnabled(s is not None)
        self.export_button.setEnabled(self.proxy.rowCount() > 0)

    def on_changes(self, changes: Changes) -> None:
        if changes.topics:
            self.reload()

    # -- actions -----------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            rows = [self.proxy.index(r, 0) for r in range(self.proxy.rowCount())]
        return [index.data(SUMMARY_ROLE).id for index in sorted(rows, key=lambda i: i.row())]

    def new_topic(self) -> TopicEditorDialog:
        dialog = TopicEditorDialog(self.controller, blank_topic(), new=True, parent=self)
        return self._run_editor(dialog)

    def edit(self) -> TopicEditorDialog | None:
        if not self.shown or not self.shown.summary.editable:
            return None
        dialog = TopicEditorDialog(self.controller, self.shown.topic, new=False, parent=self)
        return self._run_editor(dialog)

    def edit_or_duplicate(self) -> None:
        if self.shown and self.shown.summary.editable:
            self.edit()

    def _run_editor(self, dialog: TopicEditorDialog) -> TopicEditorDialog:
        self.editor = dialog  # tests drive the open dialog
        dialog.finished.connect(lambda _code: self._editor_done(dialog))
        dialog.open()
        return dialog

    def _editor_done(self, dialog: TopicEditorDialog) -> None:
        if dialog.saved_id is not None:
            self.select_saved(dialog.saved_id)

    def select_saved(self, topic_id: int) -> None:
        key = self.library.get(topic_id).topic.key
        self.series_list.setCurrentRow(0)
        if not self.select_key(key):
            self.search.clear()
            self.select_key(key)

    def duplicate(self) -> None:
        if not self.shown:
            return
        shown = self.shown
        result = self.controller.run(self, lambda: self.library.duplicate(shown.id))
        if result is not None:
            self.select_saved(result[0])
            self.status_label.setText(
                self.tr("Made an editable copy of '{title}'.").format(title=shown.topic.title)
            )

    def toggle_retired(self) -> None:
        if not self.shown:
            return
        key, retire = self.shown.topic.key, not self.shown.summary.retired
        if retire and not self.show_retired.isChecked():
            self.shown = None
        self.controller.run(self, lambda: self.library.set_retired(key, retire))

    def handout_document(self) -> QTextDocument | None:
        if not self.shown:
            return None
        return markdown_document(handout_markdown(self.shown.topic), point_size=12)

    def print_handout(self, printer: QPrinter | None = None) -> bool:
        """Print the shown topic's handout; with no printer given, ask with the print dialog."""
        document = self.handout_document()
        if document is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.shown.topic.title if self.shown else self.tr("Handout"))
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print handout"))
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return False
        document.print_(printer)
        return True

    def export_pack(self) -> None:
        path = self.ask_save_path()
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".toml", ".json"):
            target = target.with_suffix(".toml")
        ids = self.selected_ids()
        if self.controller.run(self, lambda: self.packs.export(ids, target)) is not None:
            text = (
                self.tr("Exported 1 topic to {file}.")
                if len(ids) == 1
                else self.tr("Exported {count} topics to {file}.")
            )
            self.status_label.setText(text.format(count=len(ids), file=target.name))

    def import_pack(self) -> None:
        path = self.ask_open_path()
        if not path:
            return
        preview = self.controller.run(self, lambda: self.packs.preview(Path(path)))
        if preview is None:
            return
        if preview.problems:
            self.inform(
                self.tr("This pack cannot be imported"),
                self.tr("{summary}\n\nNothing was changed.").format(
                    summary=localized(preview.summary())
                ),
            )
            return
        if not preview.importable:
            self.inform(self.tr("Nothing to import"), localized(preview.summary()))
            return
        if not self.confirm(
            self.tr("Import topics?"),
            self.tr(
                "{summary}\n\nImport the new and changed topics? Conflicting ones are left as "
                "they are."
            ).format(summary=localized(preview.summary())),
        ):
            return
        result = self.controller.run(self, lambda: self.packs.import_pack(Path(path)))
        if result is not None:
            outcome = result[0]
            self.status_label.setText(
                self.tr(
                    "Imported {added} new and {updated} changed topic(s); {skipped} left as "
                    "they were."
                ).format(added=outcome.added, updated=outcome.updated, skipped=outcome.skipped)
            )

    # -- dialogs (replaced in tests) ----------------------------------------------------------
    def _ask_open_path(self) -> str:
        return QFileDialog.getOpenFileName(
            self, self.tr("Import topic pack"), "", self.tr(PACK_FILTER)
        )[0]

    def _ask_save_path(self) -> str:
        return QFileDialog.getSaveFileName(
            self, self.tr("Export topic pack"), "topics.toml", self.tr(PACK_FILTER)
        )[0]

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)
