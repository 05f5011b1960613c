"""A member's progress as pictures: hours per week against the target, attendance by session,
craving over time, stage of change over time, and the topics had and still to have.

Self-contained so the Members page can embed it: `MemberProgressWidget(clinic, member_id)`.
`MemberProgressDialog` shows it on its own (from Today's "members to watch").
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.enums import AttendanceStatus, StageOfChange
from iop_facilitator.domain.reports import fmt_hours
from iop_facilitator.services.clinic import Clinic
from iop_facilitator.services.report_progress import MemberProgress
from iop_facilitator.ui import formatting
from iop_facilitator.ui.charts import AttendanceStrip, Bar, BarChart, Cell, LineChart, Point
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP
from iop_facilitator.ui.messages import localized
from iop_facilitator.ui.pages import heading
from iop_facilitator.ui.translated import label

# Recurrence sits below precontemplation: it is part of the cycle, not a step past maintenance.
STAGE_ORDER = [
    StageOfChange.RECURRENCE,
    StageOfChange.PRECONTEMPLATION,
    StageOfChange.CONTEMPLATION,
    StageOfChange.PREPARATION,
    StageOfChange.ACTION,
    StageOfChange.MAINTENANCE,
]
# The one-letter codes must match the legend of charts.AttendanceStrip (translated together).
CELL = {
    AttendanceStatus.PRESENT: (QT_TRANSLATE_NOOP("AttendanceCode", "P"), "full"),
    AttendanceStatus.LATE: (QT_TRANSLATE_NOOP("AttendanceCode", "L"), "partial"),
    AttendanceStatus.LEFT_EARLY: (QT_TRANSLATE_NOOP("AttendanceCode", "E"), "partial"),
    AttendanceStatus.TELEHEALTH: (QT_TRANSLATE_NOOP("AttendanceCode", "T"), "remote"),
    AttendanceStatus.ABSENT_EXCUSED: (QT_TRANSLATE_NOOP("AttendanceCode", "X"), "absent"),
    AttendanceStatus.ABSENT_UNEXCUSED: (QT_TRANSLATE_NOOP("AttendanceCode", "U"), "absent"),
}


def hours_bars(progress: MemberProgress) -> list[Bar]:
    """One bar per week; the current week and partial weeks (admission, discharge) are drawn
    dotted and not judged against the target."""
    target = progress.target_hours
    bars = []
    for w in progress.weeks:
        pending = not progress.judged(w)
        if progress.in_progress(w):
            text = QCoreApplication.translate(
                "MemberProgress", "Week of {day}: {hours} h of {target} so far (week in progress)"
            )
        elif pending:
            text = QCoreApplication.translate(
                "MemberProgress",
                "Week of {day}: {hours} h of {target} (part of the week in the program)",
            )
        elif w.below:
            text = QCoreApplication.translate(
                "MemberProgress", "Week of {day}: {hours} h of {target} (below target)"
            )
        else:
            text = QCoreApplication.translate(
                "MemberProgress", "Week of {day}: {hours} h of {target}"
            )
        tooltip = text.format(
            day=formatting.numeric_day_month(w.week, True),
            hours=fmt_hours(w.minutes),
            target=f"{target:g}",
        )
        bars.append(Bar(formatting.numeric_day_month(w.week), w.hours, tooltip, pending))
    return bars


def attendance_cells(progress: MemberProgress) -> list[Cell]:
    cells = []
    for s in progress.sessions:
        code, kind = CELL.get(s.status, ("?", "none")) if s.status else ("?", "none")
        status = (
            label(s.status)
            if s.status
            else QCoreApplication.translate("MemberProgress", "Not marked")
        )
        tooltip = QCoreApplication.translate(
            "MemberProgress", "{day} {group}: {status}, {minutes} min"
        ).format(
            day=formatting.numeric_day_month(s.date, True),
            group=s.group_name,
            status=status,
            minutes=s.minutes,
        )
        cells.append(
            Cell(
                formatting.numeric_day_month(s.date),
                QCoreApplication.translate("AttendanceCode", code),
                kind,
                tooltip,
            )
        )
    return cells


def craving_points(progress: MemberProgress) -> list[Point]:
    text = QCoreApplication.translate("MemberProgress", "{day}: craving {value} of 10")
    return [
        Point(
            formatting.numeric_day_month(d),
            float(v),
            text.format(day=formatting.numeric_day_month(d, True), value=v),
        )
        for d, v in progress.cravings
    ]


def stage_points(progress: MemberProgress) -> list[Point]:
    text = QCoreApplication.translate("MemberProgress", "{day}: {stage}")
    return [
        Point(
            formatting.numeric_day_month(d),
            float(STAGE_ORDER.index(stage)),
            text.format(day=formatting.numeric_day_month(d, True), stage=label(stage)),
        )
        for d, stage in progress.stages
    ]


class MemberProgressWidget(QWidget):
    """Charts and topic lists for one member; `reload()` after their record changes."""

    def __init__(self, clinic: Clinic, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.member_id = member_id
        self.setAccessibleName(self.tr("Member progress"))
        self.title = heading(self.tr("Progress"))
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Progress in words"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hours = BarChart(self.tr("Hours per week"))
        self.attendance = AttendanceStrip()
        self.craving = LineChart(self.tr("Craving at check-in (0-10)"), ["0", "10"])
        self.stage = LineChart(
            self.tr("Stage of change"), [label(s) for s in STAGE_ORDER], step=True
        )
        self.stage.base_minimum_height = 230
        self.stage.setMinimumHeight(230)
        self.had = QListWidget()
        self.had.setAccessibleName(self.tr("Topics had"))
        self.to_have = QListWidget()
        self.to_have.setAccessibleName(self.tr("Topics still to have"))
        self.had_box = QGroupBox(self.tr("Topics had"))
        QVBoxLayout(self.had_box).addWidget(self.had)
        self.to_have_box = QGroupBox(self.tr("Still to have"))
        QVBoxLayout(self.to_have_box).addWidget(self.to_have)
        body = QWidget()
        self.grid = QGridLayout(body)
        self.columns = 0
        self.arrange(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Member progress charts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        self.progress: MemberProgress | None = None
        self.reload()

    def arrange(self, columns: int) -> None:
        """Charts side by side (2 columns) or one under the other (1), in the order they read."""
        if columns == self.columns:
            return
        self.columns = columns
        grid = self.grid
        parts: list[QWidget] = [self.hours, self.attendance, self.craving, self.stage]
        parts += [self.had_box, self.to_have_box]
        grid.removeWidget(self.summary)
        for part in parts:
            grid.removeWidget(part)
        grid.addWidget(self.summary, 0, 0, 1, columns)
        for i, part in enumerate(parts):
            grid.addWidget(part, 1 + i // columns, i % columns)
        for column in range(2):
            grid.setColumnStretch(column, 1 if column < columns else 0)

    def comfortable_chart_width(self) -> int:
        """Below this a chart's axis labels and legend get cramped: about 34 letters wide."""
        return self.fontMetrics().horizontalAdvance("M") * 34

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(2 if self.width() >= 2 * self.comfortable_chart_width() else 1)

    def reload(self) -> None:
        progress = self.clinic.reports.member_progress(self.member_id)
        self.progress = progress
        self.title.setText(
            self.tr("Progress: {name} ({full_name})").format(
                name=progress.preferred_name, full_name=progress.full_name
            )
        )
        self.title.setAccessibleName(self.title.text())
        self.summary.setText(localized(progress.summary()))
        target = progress.target_hours
        self.hours.set_data(
            hours_bars(progress), target, self.tr("{hours} h target").format(hours=f"{target:g}")
        )
        self.attendance.set_data(attendance_cells(progress))
        self.craving.set_data(craving_points(progress))
        self.stage.set_data(stage_points(progress))
        self.had.clear()
        for item in progress.topics.had:
            text = (
                self.tr("{title} (last {date}, {times} times)")
                if item.times > 1
                else self.tr("{title} (last {date})")
            )
            self.had.addItem(
                text.format(
                    title=item.topic.title,
                    date=formatting.date(dt.date.fromisoformat(item.last_had)),
                    times=item.times,
                )
            )
        self.to_have.clear()
        for topic in progress.topics.to_have:
            self.to_have.addItem(
                self.tr("{title} ({series})").format(title=topic.title, series=topic.series)
            )
        self.had_box.setTitle(
            self.tr("Topics had ({count})").format(count=len(progress.topics.had))
        )
        self.to_have_box.setTitle(
            self.tr("Still to have ({count})").format(count=len(progress.topics.to_have))
        )


class MemberProgressDialog(QDialog):
    def __init__(self, clinic: Clinic, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Member progress"))
        self.setAccessibleName(self.tr("Member progress"))
        self.widget = MemberProgressWidget(clinic, member_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.widget, 1)
        layout.addWidget(buttons)
        self.resize(1100, 760)
