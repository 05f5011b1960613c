"""Settings > Audit trail: a read-only table with filters by action and date range, CSV export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.services.audit import AuditEvent, AuditFilter
from iop_facilitator.ui import formatting
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP
from iop_facilitator.ui.row_model import Column, RowsModel

Index = QModelIndex | QPersistentModelIndex


def _when(at: str) -> str:
    """The event time in the locale's short date and time (12- or 24-hour as it expects)."""
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at.replace("T", " ")[:19]
    return formatting.short_datetime(moment)


def _actor(event: AuditEvent) -> str:
    return event.actor or QCoreApplication.translate("AuditTableModel", "(no facilitator chosen)")


COLUMNS: tuple[Column[AuditEvent], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda e: _when(e.at), sort_key=lambda e: e.id),
    Column(QT_TRANSLATE_NOOP("Columns", "Facilitator"), _actor),
    Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda e: e.action.replace("_", " ")),
    Column(QT_TRANSLATE_NOOP("Columns", "Record"), lambda e: f"{e.entity} {e.entity_id}".strip()),
    Column(QT_TRANSLATE_NOOP("Columns", "Details"), lambda e: e.detail),
)


class AuditTableModel(RowsModel[AuditEvent]):
    """Holds AuditEvent rows (newest first); no SQL. `set_events` replaces them all. Sorting
    goes by UserRole: the event id for the time column (ids follow the order of writing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def set_events(self, events: list[AuditEvent]) -> None:
        self.set_rows(events)

    def event_at(self, row: int) -> AuditEvent:
        return self.rows[row]


class AuditFilterProxy(QSortFilterProxyModel):
    """Shows the rows an AuditFilter accepts; sorts by the UserRole key (time by id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit_filter = AuditFilter()
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_filter(self, audit_filter: AuditFilter) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.audit_filter = audit_filter
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.audit_filter = audit_filter
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AuditTableModel):
            return True
        return self.audit_filter.matches(model.event_at(source_row))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class AuditDialog(QDialog):
    """The audit trail: who did what, when (ids, never note text)."""

    ALL_ACTIONS = QT_TRANSLATE_NOOP("AuditDialog", "All actions")

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        *,
        choose_path: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._choose_path = choose_path or _ask_csv_path
        self.setWindowTitle(self.tr("Audit trail"))
        self.setAccessibleName(self.tr("Audit trail"))
        self.resize(980, 560)
        self.model = AuditTableModel(self)
        self.proxy = AuditFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.start = QDateEdit()
        self.start.setAccessibleName(self.tr("From date"))
        self.end = QDateEdit()
        self.end.setAccessibleName(self.tr("To date"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Events shown"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export audit as CSV"))
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.accept)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Action:"), self.action),
            (self.tr("From:"), self.start),
            (self.tr("To:"), self.end),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(
            QLabel(self.tr("The audit trail cannot be changed or deleted, by anyone."))
        )
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.reload()
        self.action.currentIndexChanged.connect(self.apply_filter)
        self.start.dateChanged.connect(self.apply_filter)
        self.end.dateChanged.connect(self.apply_filter)
        self.export_button.clicked.connect(self.export)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def reload(self) -> None:
        """Load the events again and set the date range to cover all of them."""
        audit = self.controller.clinic.audit
        events = audit.events()
        self.model.set_events(events)
        current = self.action.currentText()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr(self.ALL_ACTIONS), "")
        for name in audit.actions():
            self.action.addItem(name.replace("_", " "), name)
        found = self.action.findText(current)
        self.action.setCurrentIndex(max(found, 0))
        self.action.blockSignals(False)
        today = self.controller.clinic.ctx.clock.now().date()
        days = [d for d in (e.date for e in events) if d is not None]
        for edit, day in ((self.start, min(days, default=today)), (self.end, max([today, *days]))):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            action=str(self.action.currentData() or ""),
            start=_pydate(self.start.date()),
            end=_pydate(self.end.date()),
        )

    def apply_filter(self) -> None:
        self.proxy.set_filter(self.current_filter())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{shown} of {total} events").format(shown=shown, total=total)
        )

    def export(self) -> None:
        path = self._choose_path(self)
        if not path:
            return
        audit = self.controller.clinic.audit
        result = self.controller.run(self, lambda: audit.export_csv(path, self.current_filter()))
        if result is not None:
            self.count_label.setText(self.tr("Exported {count} events.").format(count=result[0]))


def _ask_csv_path(parent: QWidget) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AuditDialog", "Export audit trail"),
        "audit-trail.csv",
        QCoreApplication.translate("AuditDialog", "CSV (*.csv)"),
    )
    return path
