"""Reports: a group report or the program report for a chosen date range, with charts, exportable
as CSV and as PDF (with the charts). Every export carries the 42 CFR Part 2 notice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.reports import fmt_hours
from iop_facilitator.services.report_export import (
    ReportDocument,
    Section,
    group_document,
    program_document,
    write_csv,
)
from iop_facilitator.services.report_group import GroupReport, ProgramReport
from iop_facilitator.ui import formatting
from iop_facilitator.ui.charts import Bar, BarChart, Chart
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP
from iop_facilitator.ui.messages import localized
from iop_facilitator.ui.pages import Page, heading
from iop_facilitator.ui.report_pdf import write_report_pdf
from iop_facilitator.ui.row_model import Column, RowsModel

PROGRAM = -1  # the "group" choice that means the program report


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _rate_bars(report: GroupReport | ProgramReport) -> list[Bar]:
    text = QCoreApplication.translate(
        "ReportsPage", "Week of {day}: {attended} of {marked} attended"
    )
    return [
        Bar(
            formatting.numeric_day_month(w.week),
            (w.rate or 0) * 100,
            text.format(
                day=formatting.numeric_day_month(w.week), attended=w.attended, marked=w.marked
            ),
        )
        for w in report.weeks
    ]


def group_charts(report: GroupReport) -> list[Chart]:
    rate = BarChart(QCoreApplication.translate("ReportsPage", "Attendance rate by week"), "%")
    rate.set_data(_rate_bars(report), y_max=100)
    hours = BarChart(
        QCoreApplication.translate("ReportsPage", "Average hours per member by week"),
        QCoreApplication.translate("ReportsPage", "h"),
    )
    target = report.target_hours
    text = QCoreApplication.translate(
        "ReportsPage", "Week of {day}: {hours} h per member ({members} members)"
    )
    hours.set_data(
        [
            Bar(
                formatting.numeric_day_month(w.week),
                w.hours_per_member,
                text.format(
                    day=formatting.numeric_day_month(w.week),
                    hours=f"{w.hours_per_member:g}",
                    members=w.members,
                ),
            )
            for w in report.weeks
        ],
        target,
        QCoreApplication.translate("ReportsPage", "{hours} h target").format(hours=f"{target:g}"),
    )
    return [rate, hours]


def program_charts(report: ProgramReport) -> list[Chart]:
    rate = BarChart(
        QCoreApplication.translate("ReportsPage", "Attendance rate by week, all groups"), "%"
    )
    rate.set_data(_rate_bars(report), y_max=100)
    hours = BarChart(
        QCoreApplication.translate("ReportsPage", "Hours attended by group"),
        QCoreApplication.translate("ReportsPage", "h"),
    )
    text = QCoreApplication.translate("ReportsPage", "{group}: {hours} h in {sessions} sessions")
    hours.set_data(
        [
            Bar(
                g.name,
                g.minutes / 60,
                text.format(group=g.name, hours=fmt_hours(g.minutes), sessions=g.sessions),
            )
            for g in report.groups
        ]
    )
    return [rate, hours]


# The report documents are built by the Qt-free core in English (the exported PDF and CSV go
# to the chart as they are); on screen their headings and column names are translated. A test
# checks that every heading, column and empty-table text of both documents is listed here.
REPORT_TEXTS = (
    QT_TRANSLATE_NOOP("ReportText", "Attendance by week"),
    QT_TRANSLATE_NOOP("ReportText", "Attendance rate"),
    QT_TRANSLATE_NOOP("ReportText", "Attended"),
    QT_TRANSLATE_NOOP("ReportText", "Average h"),
    QT_TRANSLATE_NOOP("ReportText", "Date"),
    QT_TRANSLATE_NOOP("ReportText", "Discharges by reason"),
    QT_TRANSLATE_NOOP("ReportText", "Facilitator"),
    QT_TRANSLATE_NOOP("ReportText", "Full name"),
    QT_TRANSLATE_NOOP("ReportText", "Group"),
    QT_TRANSLATE_NOOP("ReportText", "Groups"),
    QT_TRANSLATE_NOOP("ReportText", "Had it"),
    QT_TRANSLATE_NOOP("ReportText", "Hours attended"),
    QT_TRANSLATE_NOOP("ReportText", "Hours per member"),
    QT_TRANSLATE_NOOP("ReportText", "Lowest h"),
    QT_TRANSLATE_NOOP("ReportText", "Marked"),
    QT_TRANSLATE_NOOP("ReportText", "Member"),
    QT_TRANSLATE_NOOP("ReportText", "Members"),
    QT_TRANSLATE_NOOP("ReportText", "Members below target (full weeks enrolled)"),
    QT_TRANSLATE_NOOP("ReportText", "No safety flags in this range."),
    QT_TRANSLATE_NOOP("ReportText", "Overdue"),
    QT_TRANSLATE_NOOP("ReportText", "Program report"),
    QT_TRANSLATE_NOOP("ReportText", "Rate"),
    QT_TRANSLATE_NOOP("ReportText", "Reason"),
    QT_TRANSLATE_NOOP("ReportText", "Safety flags"),
    QT_TRANSLATE_NOOP("ReportText", "Series"),
    QT_TRANSLATE_NOOP("ReportText", "Sessions"),
    QT_TRANSLATE_NOOP("ReportText", "Sessions held"),
    QT_TRANSLATE_NOOP("ReportText", "Target h"),
    QT_TRANSLATE_NOOP("ReportText", "Topic"),
    QT_TRANSLATE_NOOP("ReportText", "Topic coverage of the current roster"),
    QT_TRANSLATE_NOOP("ReportText", "Unsigned"),
    QT_TRANSLATE_NOOP("ReportText", "Unsigned notes by facilitator (now)"),
    QT_TRANSLATE_NOOP("ReportText", "Week of"),
    QT_TRANSLATE_NOOP("ReportText", "Weeks below"),
    QT_TRANSLATE_NOOP("ReportText", "What"),
    QT_TRANSLATE_NOOP("ReportText", "Nobody was below target in a full week."),
    QT_TRANSLATE_NOOP("ReportText", "No discharges in this range."),
    QT_TRANSLATE_NOOP("ReportText", "All notes are signed."),
    QT_TRANSLATE_NOOP("ReportText", "None."),
)


def report_text(text: str) -> str:
    return QCoreApplication.translate("ReportText", text)


def _cell(i: int) -> Callable[[tuple[str, ...]], str]:
    """Column i of a report row (short rows leave it blank)."""
    return lambda r: r[i] if i < len(r) else ""


def section_view(section: Section) -> QTableView:
    columns = [Column(report_text(title), _cell(i)) for i, title in enumerate(section.header)]
    model: RowsModel[tuple[str, ...]] = RowsModel(columns)
    body = section.rows or ((report_text(section.empty),),)
    if section.heading == "Discharges by reason":  # the reasons are the core's labels
        body = tuple((QCoreApplication.translate("EnumLabels", r[0]), *r[1:]) for r in body)
    model.set_rows(list(body))
    view = QTableView()
    model.setParent(view)
    view.setModel(model)
    view.setAccessibleName(report_text(section.heading))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    rows = max(1, model.rowCount())
    view.setMinimumHeight(min(12, rows) * view.verticalHeader().defaultSectionSize() + 40)
    return view


class ReportsPage(Page):
    title = "Reports"

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.clinic = controller.clinic
        today = self.clinic.ctx.clock.now().date()
        self.choice = QComboBox()
        self.setAccessibleName(self.tr("Reports"))
        self.choice.setAccessibleName(self.tr("Report"))
        self.start = QDateEdit(_qdate(today - dt.timedelta(days=today.weekday() + 28)))
        self.end = QDateEdit(_qdate(today))
        for edit, name in (
            (self.start, self.tr("Report from date")),
            (self.end, self.tr("Report to date")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
            edit.setAccessibleName(name)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setAccessibleName(self.tr("Show the report"))
        self.csv_button = QPushButton(self.tr("Export CSV..."))
        self.csv_button.setAccessibleName(self.tr("Export the report as CSV"))
        self.pdf_button = QPushButton(self.tr("Export PDF..."))
        self.pdf_button.setAccessibleName(self.tr("Export the report as PDF with charts"))
        self.message = QLabel("")
        self.message.setAccessibleName(self.tr("Report message"))
        self.message.setWordWrap(True)
        # Two rows, so the page fits a 1366 px laptop screen at 125% scaling.
        controls = QVBoxLayout()
        first = QHBoxLayout()
        first.addWidget(heading(self.tr("Reports")))
        first.addWidget(QLabel(self.tr("Report:")))
        first.addWidget(self.choice, 1)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("From:")))
        second.addWidget(self.start)
        second.addWidget(QLabel(self.tr("To:")))
        second.addWidget(self.end)
        second.addWidget(self.show_button)
        second.addStretch(1)
        second.addWidget(self.csv_button)
        second.addWidget(self.pdf_button)
        controls.addLayout(first)
        controls.addLayout(second)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        scroll.setAccessibleName(self.tr("Report"))
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self.document: ReportDocument | None = None
        self.charts: list[Chart] = []
        self.stale = False
        self.show_button.clicked.connect(self.show_report)
        self.csv_button.clicked.connect(self._ask_csv)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.fill_choices()
        self.show_report()

    def fill_choices(self) -> None:
        current = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("Program report (all groups)"), PROGRAM)
        for group_id, name in self.clinic.reports.groups.group_names():
            self.choice.addItem(self.tr("Group report: {group}").format(group=name), group_id)
        index = self.choice.findData(current)
        self.choice.setCurrentIndex(max(0, index))
        self.choice.blockSignals(False)

    def range(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.start.date()), _pydate(self.end.date())

    def show_report(self) -> bool:
        self.stale = False
        start, end = self.range()
        choice = self.choice.currentData()
        reports = self.clinic.reports
        if choice == PROGRAM or choice is None:
            report = self.controller.run(self, lambda: reports.program_report(start, end))
            if report is None:
                return False
            self.document, self.charts = program_document(report), program_charts(report)
        else:
            group = self.controller.run(self, lambda: reports.group_report(int(choice), start, end))
            if group is None:
                return False
            self.document, self.charts = group_document(group), group_charts(group)
        self._render()
        return True

    def _render(self) -> None:
        # A fresh body each time: the scroll area deletes the old one at once.
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        document = self.document
        assert document is not None
        title = QLabel(
            self.tr("<b>{title}</b>, {subtitle}").format(
                title=report_text(document.title), subtitle=document.subtitle
            )
        )
        title.setAccessibleName(
            self.tr("{title}, {subtitle}").format(
                title=report_text(document.title), subtitle=document.subtitle
            )
        )
        self.body_layout.addWidget(title)
        summary = QLabel("\n".join(localized(line) for line in document.summary))
        summary.setWordWrap(True)
        summary.setAccessibleName(self.tr("Report figures in words"))
        self.body_layout.addWidget(summary)
        charts = QHBoxLayout()
        for chart in self.charts:
            charts.addWidget(chart)
        holder = QWidget()
        holder.setLayout(charts)
        self.body_layout.addWidget(holder)
        for section in document.sections:
            box = QGroupBox(report_text(section.heading))
            QVBoxLayout(box).addWidget(section_view(section))
            self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self.scroll_area.setWidget(self.body)

    # -- export -----------------------------------------------------------------------------
    def _default_name(self, suffix: str) -> str:
        start, end = self.range()
        kind = "program" if self.choice.currentData() == PROGRAM else "group"
        return f"{kind}-report-{start:%Y%m%d}-{end:%Y%m%d}.{suffix}"

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), self._default_name("csv"), self.tr("CSV (*.csv)")
        )
        if path:
            self.export_csv(Path(path))

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), self._default_name("pdf"), self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path))

    def export_csv(self, path: Path) -> bool:
        if not self.show_report() or self.document is None:
            return False
        document = self.document
        notice = self.clinic.settings.get("redisclosure_notice")

        def write() -> bool:
            write_csv(path, document, notice)
            return True

        done = self.controller.run(self, write)
        if done:
            self.message.setText(self.tr("Saved {file}.").format(file=path.name))
        return bool(done)

    def export_pdf(self, path: Path) -> bool:
        if not self.show_report() or self.document is None:
            return False
        document, charts = self.document, self.charts
        settings = self.clinic.settings.all()

        def write() -> bool:
            write_report_pdf(
                path,
                document,
                charts,
                clinic=settings["clinic_name"] or self.tr("Clinic"),
                notice=settings["redisclosure_notice"],
                paper=settings["paper_size"],
            )
            return True

        done = self.controller.run(self, write)
        if done:
            self.message.setText(self.tr("Saved {file}.").format(file=path.name))
        return bool(done)

    def on_changes(self, changes: Changes) -> None:
        if changes.groups:
            self.fill_choices()
        if (
            changes.sessions
            or changes.attendance
            or changes.notes
            or changes.members
            or changes.groups
        ):
            self.stale = True
            if self.isVisible():
                self.show_report()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.show_report()
