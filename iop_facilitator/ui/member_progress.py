"""A member's progress as pictures: hours per week against the target, attendance by session,
craving over time, stage of change over time, and the topics had and still to have.

Self-contained so the Members page can embed it: `MemberProgressWidget(clinic, member_id)`.
`MemberProgressDialog` shows it on its own (from Today's "members to watch").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from iop_facilitator.ui.charts import AttendanceStrip, Bar, BarChart, Cell, LineChart, Point
from iop_facilitator.ui.pages import heading

# Recurrence sits below precontemplation: it is part of the cycle, not a step past maintenance.
STAGE_ORDER = [StageOfChange.RECURRENCE, StageOfChange.PRECONTEMPLATION, StageOfChange.CONTEMPLATION,
               StageOfChange.PREPARATION, StageOfChange.ACTION, StageOfChange.MAINTENANCE]
CELL = {
    AttendanceStatus.PRESENT: ("P", "full"), AttendanceStatus.LATE: ("L", "partial"),
    AttendanceStatus.LEFT_EARLY: ("E", "partial"), AttendanceStatus.TELEHEALTH: ("T", "remote"),
    AttendanceStatus.ABSENT_EXCUSED: ("X", "absent"), AttendanceStatus.ABSENT_UNEXCUSED: ("U", "absent"),
}


def hours_bars(progress: MemberProgress) -> list[Bar]:
    """One bar per week; the current week and partial weeks (admission, discharge) are drawn
    dotted and not judged against the target."""
    target = progress.target_hours
    bars = []
    for w in progress.weeks:
        pending = not progress.judged(w)
        state = (" so far (week in progress)" if progress.in_progress(w)
                 else " (part of the week in the program)" if pending
                 else " (below target)" if w.below else "")
        bars.append(Bar(f"{w.week:%m/%d}", w.hours,
                        f"Week of {w.week:%a %m/%d}: {fmt_hours(w.minutes)} h of {target:g}{state}", pending))
    return bars


def attendance_cells(progress: MemberProgress) -> list[Cell]:
    cells = []
    for s in progress.sessions:
        code, kind = CELL.get(s.status, ("?", "none")) if s.status else ("?", "none")
        label = s.status.label if s.status else "Not marked"
        cells.append(Cell(f"{s.date:%m/%d}", code, kind,
                          f"{s.date:%a %m/%d} {s.group_name}: {label}, {s.minutes} min"))
    return cells


def craving_points(progress: MemberProgress) -> list[Point]:
    return [Point(f"{d:%m/%d}", float(v), f"{d:%a %m/%d}: craving {v} of 10") for d, v in progress.cravings]


def stage_points(progress: MemberProgress) -> list[Point]:
    return [Point(f"{d:%m/%d}", float(STAGE_ORDER.index(stage)), f"{d:%a %m/%d}: {stage.label}")
            for d, stage in progress.stages]


class MemberProgressWidget(QWidget):
    """Charts and topic lists for one member; `reload()` after their record changes."""

    def __init__(self, clinic: Clinic, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.member_id = member_id
        self.setAccessibleName("Member progress")
        self.title = heading("Progress")
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Progress in words")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hours = BarChart("Hours per week")
        self.attendance = AttendanceStrip()
        self.craving = LineChart("Craving at check-in (0-10)", ["0", "10"])
        self.stage = LineChart("Stage of change", [s.label for s in STAGE_ORDER], step=True)
        self.stage.setMinimumHeight(230)
        self.had = QListWidget()
        self.had.setAccessibleName("Topics had")
        self.to_have = QListWidget()
        self.to_have.setAccessibleName("Topics still to have")
        self.had_box = QGroupBox("Topics had")
        QVBoxLayout(self.had_box).addWidget(self.had)
        self.to_have_box = QGroupBox("Still to have")
        QVBoxLayout(self.to_have_box).addWidget(self.to_have)
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self.summary, 0, 0, 1, 2)
        grid.addWidget(self.hours, 1, 0)
        grid.addWidget(self.attendance, 1, 1)
        grid.addWidget(self.craving, 2, 0)
        grid.addWidget(self.stage, 2, 1)
        grid.addWidget(self.had_box, 3, 0)
        grid.addWidget(self.to_have_box, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName("Member progress charts")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        self.progress: MemberProgress | None = None
        self.reload()

    def reload(self) -> None:
        progress = self.clinic.reports.member_progress(self.member_id)
        self.progress = progress
        self.title.setText(f"Progress: {progress.preferred_name} ({progress.full_name})")
        self.title.setAccessibleName(self.title.text())
        self.summary.setText(progress.summary())
        target = progress.target_hours
        self.hours.set_data(hours_bars(progress), target, f"{target:g} h target")
        self.attendance.set_data(attendance_cells(progress))
        self.craving.set_data(craving_points(progress))
        self.stage.set_data(stage_points(progress))
        self.had.clear()
        for item in progress.topics.had:
            times = f", {item.times} times" if item.times > 1 else ""
            self.had.addItem(f"{item.topic.title} (last {item.last_had}{times})")
        self.to_have.clear()
        for topic in progress.topics.to_have:
            self.to_have.addItem(f"{topic.title} ({topic.series})")
        self.had_box.setTitle(f"Topics had ({len(progress.topics.had)})")
        self.to_have_box.setTitle(f"Still to have ({len(progress.topics.to_have)})")


class MemberProgressDialog(QDialog):
    def __init__(self, clinic: Clinic, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Member progress")
        self.setAccessibleName("Member progress")
        self.widget = MemberProgressWidget(clinic, member_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.widget, 1)
        layout.addWidget(buttons)
        self.resize(1100, 760)
