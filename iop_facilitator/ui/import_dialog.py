"""Import members from an EHR's CSV: map columns, preview every row, import only what is ticked.

Nothing is written until "Import N members" is pressed; the service then imports the ticked rows
in one transaction and skips chart ids already in the app (so a re-import adds nobody twice).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.dates import DateOrder
from iop_facilitator.domain.enums import Track
from iop_facilitator.domain.ids import GroupId
from iop_facilitator.domain.member_csv import (
    FIELDS,
    ImportOptions,
    ImportPlan,
    ImportRow,
    RowStatus,
    guess_mapping,
)
from iop_facilitator.errors import UserFacingError
from iop_facilitator.services.member_import import ImportResult, LoadedFile
from iop_facilitator.ui import theme
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.dialog_parts import message_label
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP
from iop_facilitator.ui.member_dialogs import (
    WARNING_STYLE,
    date_edit,
    date_of,
    enum_combo,
    group_combo,
    show_problem,
    table_view,
)
from iop_facilitator.ui.member_models import AnyIndex, Column, RowTableModel
from iop_facilitator.ui.messages import localized
from iop_facilitator.ui.translated import choices, field_label, label

NOT_IN_FILE = QT_TRANSLATE_NOOP("MemberImportDialog", "(not in the file)")
STATUS_COLOURS = {
    RowStatus.NEW: "ok",
    RowStatus.READMIT: "warning",
    RowStatus.ALREADY_HERE: "muted",
    RowStatus.REPEATED: "muted",
    RowStatus.ERROR: "error",
}


class ImportPreviewModel(RowTableModel[ImportRow]):
    """Every row of the file with its result; NEW rows carry a tick the facilitator can clear."""

    columns = (
        Column(QT_TRANSLATE_NOOP("MemberModels", "Import"), lambda r: ""),
        Column(QT_TRANSLATE_NOOP("MemberModels", "Row"), lambda r: str(r.row), lambda r: r.row),
        Column(QT_TRANSLATE_NOOP("MemberModels", "Result"), lambda r: label(r.status)),
        Column(QT_TRANSLATE_NOOP("MemberModels", "Chart id"), lambda r: r.chart_id),
        Column(QT_TRANSLATE_NOOP("MemberModels", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("MemberModels", "Admitted"), lambda r: r.admitted_on),
        Column(
            QT_TRANSLATE_NOOP("MemberModels", "Problems"),
            lambda r: " ".join(localized(p) for p in r.problems),
        ),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ticked: set[int] = set()

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self.rows = list(plan.rows)
        self.ticked = {r.row for r in plan.rows if r.ticked_by_default}
        self.endResetModel()

    def set_all(self, ticked: bool) -> None:
        self.ticked = {r.row for r in self.rows if r.ticked_by_default} if ticked else set()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or not self.checkIndex(
            index, RowTableModel.CheckIndexOption.IndexIsValid
        ):
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.rows[index.row()].importable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def extra_data(self, row: ImportRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and row.importable:
            return Qt.CheckState.Checked if row.row in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QBrush(theme.current().colour(STATUS_COLOURS[row.status]))
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or index.column() != 0
            or not index.isValid()
            or not self.checkIndex(index, RowTableModel.CheckIndexOption.IndexIsValid)
        ):
            return False
        row = self.rows[index.row()]
        if not row.importable:
            return False
        state = value.value if hasattr(value, "value") else value
        if state == Qt.CheckState.Checked.value:
            self.ticked.add(row.row)
        else:
            self.ticked.discard(row.row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class MemberImportDialog(QDialog):
    """Map, preview, confirm. Attributes `outcome` (ImportResult, Changes) after import."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.service = controller.clinic.member_import
        self.loaded: LoadedFile | None = None
        self.plan: ImportPlan | None = None
        self.outcome: tuple[ImportResult, Any] | None = None
        self.setWindowTitle(self.tr("Import members from CSV"))
        self.setAccessibleName(self.tr("Import members from CSV"))
        today = controller.clinic.ctx.clock.now().date()

        intro = QLabel(
            self.tr(
                "Choose the member list exported from the EHR as CSV. Check how its "
                "columns match, look through the rows, then import the ticked ones. "
                "Members whose chart id is already here are skipped."
            )
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose CSV file"))
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setAccessibleName(self.tr("Chosen file"))
        self.encoding_label = message_label(self.tr("File encoding"))
        theme.tone(self.encoding_label, WARNING_STYLE)
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)

        self.mapping: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns"))
        form = QFormLayout(mapping_box)
        for f in FIELDS:
            combo = QComboBox()
            name = field_label(f.key, f.label)
            combo.setAccessibleName(self.tr("Column for {field}").format(field=name.lower()))
            self.mapping[f.key] = combo
            text = self.tr("{field} (required):") if f.required else self.tr("{field}:")
            form.addRow(text.format(field=name), combo)
        options_box = QGroupBox(self.tr("For every row"))
        oform = QFormLayout(options_box)
        self.date_order = QComboBox()
        self.date_order.setAccessibleName(self.tr("Date order in the file"))
        self.date_order.addItem(
            self.tr("Month first (03/09/2026 = 9 March)"), DateOrder.MONTH_FIRST.value
        )
        self.date_order.addItem(
            self.tr("Day first (03/09/2026 = 3 September)"), DateOrder.DAY_FIRST.value
        )
        self.default_track = enum_combo(self.tr("Track when the file has none"), choices(Track))
        self.default_admitted = date_edit(
            self.tr("Admission date when the file has none"), today, today
        )
        self.group = group_combo(
            controller, self.tr("Enroll imported members in group"), self.tr("No group")
        )
        oform.addRow(self.tr("Dates:"), self.date_order)
        oform.addRow(self.tr("Track if missing:"), self.default_track)
        oform.addRow(self.tr("Admitted if no column:"), self.default_admitted)
        oform.addRow(self.tr("Enroll in:"), self.group)
        top = QHBoxLayout()
        top.addWidget(mapping_box, 1)
        top.addWidget(options_box, 1)

        self.preview_model = ImportPreviewModel(self)
        self.preview = table_view(self.tr("Rows in the file"))
        self.preview.setModel(self.preview_model)
        self.preview.setMinimumHeight(220)
        self.summary = message_label(self.tr("Summary"))
        self.message = message_label()
        self.all_button = QPushButton(self.tr("Tick all &new"))
        self.all_button.setAccessibleName(self.tr("Tick all new rows"))
        self.none_button = QPushButton(self.tr("Tick n&one"))
        self.none_button.setAccessibleName(self.tr("Untick all rows"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setAccessibleName(self.tr("Import ticked members"))
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons = QHBoxLayout()
        for b in (self.all_button, self.none_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.encoding_label)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(980, 720)

        self.choose_button.clicked.connect(self.choose_file)
        for combo in (*self.mapping.values(), self.date_order, self.default_track):
            combo.currentIndexChanged.connect(self.refresh_preview)
        self.default_admitted.dateChanged.connect(self.refresh_preview)
        self.all_button.clicked.connect(lambda: self._tick(True))
        self.none_button.clicked.connect(lambda: self._tick(False))
        self.preview_model.dataChanged.connect(self._update_import_button)
        self.import_button.clicked.connect(self.confirm_import)
        self.cancel_button.clicked.connect(self.reject)

    @property
    def warning(self) -> str:
        return ""

    def done_text(self) -> str:
        if self.outcome is None:
            return ""
        result = self.outcome[0]
        again = (
            self.tr(" ({n} of them re-admitted)").format(n=result.readmitted)
            if result.readmitted
            else ""
        )
        if result.skipped:
            text = self.tr(
                "Imported {imported} members{again}; {skipped} already here were skipped."
            )
        else:
            text = self.tr("Imported {imported} members{again}.")
        return text.format(imported=result.imported, skipped=result.skipped, again=again)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the CSV file"),
            str(Path.home()),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_path(Path(path))

    def load_path(self, path: Path) -> None:
        """Read the file, guess the column mapping and show the preview."""
        self.message.clear()
        try:
            loaded = self.service.load(path)
        except UserFacingError as exc:
            self.loaded = None
            self.file_label.setText(path.name)
            show_problem(self.message, exc)
            self._show_plan(None)
            return
        self.loaded = loaded
        rows = len(loaded.table.rows)
        text = self.tr("{file}: 1 row") if rows == 1 else self.tr("{file}: {rows} rows")
        self.file_label.setText(text.format(file=path.name, rows=rows))
        self.encoding_label.setText(loaded.encoding_note)
        self.encoding_label.setVisible(bool(loaded.encoding_note))
        guessed = guess_mapping(loaded.table.headers)
        for key, combo in self.mapping.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr(NOT_IN_FILE), None)
            for i, header in enumerate(loaded.table.headers):
                combo.addItem(header or self.tr("(column {number})").format(number=i + 1), i)
            column = guessed.get(key)
            combo.setCurrentIndex(0 if column is None else column + 1)
            combo.blockSignals(False)
        self.refresh_preview()

    def options(self) -> ImportOptions:
        mapping = {key: combo.currentData() for key, combo in self.mapping.items()}
        fallback = date_of(self.default_admitted) if mapping["admitted_on"] is None else None
        return ImportOptions(
            mapping,
            DateOrder(self.date_order.currentData()),
            Track(self.default_track.currentData()),
            default_admitted_on=fallback,
        )

    def refresh_preview(self) -> None:
        if self.loaded is None:
            return
        self.message.clear()
        try:
            plan = self.service.preview(self.loaded, self.options())
        except UserFacingError as exc:
            show_problem(self.message, exc)
            plan = None
        self._show_plan(plan)

    def _show_plan(self, plan: ImportPlan | None) -> None:
        self.plan = plan
        if plan is None:
            self.preview_model.set_rows([])
            self.summary.clear()
        else:
            self.preview_model.set_plan(plan)
            self.summary.setText(
                self.tr(
                    "{rows} rows: {new} new, {here} already in the app, {repeated} repeated in "
                    "the file, {errors} with problems (listed by row below)."
                ).format(
                    rows=len(plan.rows),
                    new=plan.count(RowStatus.NEW),
                    here=plan.count(RowStatus.ALREADY_HERE),
                    repeated=plan.count(RowStatus.REPEATED),
                    errors=plan.count(RowStatus.ERROR),
                )
            )
            readmit = plan.count(RowStatus.READMIT)
            if readmit:
                self.summary.setText(
                    self.summary.text()
                    + " "
                    + self.tr(
                        "%n discharged member(s) could be re-admitted: tick those who are "
                        "coming back.",
                        "",
                        readmit,
                    )
                )
            self.preview.resizeColumnsToContents()
        self._update_import_button()

    def _tick(self, ticked: bool) -> None:
        self.preview_model.set_all(ticked)
        self._update_import_button()

    def _update_import_button(self, *_args: object) -> None:
        n = len(self.preview_model.ticked) if self.plan else 0
        text = self.tr("&Import 1 member") if n == 1 else self.tr("&Import {count} members")
        self.import_button.setText(text.format(count=n))
        self.import_button.setEnabled(n > 0)

    def confirm_import(self) -> None:
        if self.plan is None:
            return
        plan, rows = self.plan, sorted(self.preview_model.ticked)
        gid = self.group.currentData()
        group = GroupId(gid) if gid is not None else None
        result, error = self.controller.attempt(lambda: self.service.commit(plan, rows, group))
        if error is not None:
            show_problem(self.message, error)
            return
        self.outcome = result
        self.accept()
