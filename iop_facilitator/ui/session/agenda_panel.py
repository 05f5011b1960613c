"""The agenda: a large clock, the timed segments, time left, what comes next.

Signals:
    state_changed(dict): the agenda moved (next, previous, pause); the page saves it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.domain.agenda import Agenda, AgendaSegment, AgendaState, format_seconds
from iop_facilitator.ui import theme


def _big(label: QLabel, scale: float) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class AgendaPanel(QGroupBox):
    state_changed = Signal(dict)

    def __init__(self, now: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__("Agenda", parent)
        self._now = now
        self.agenda: Agenda | None = None
        self.clock_label = _big(QLabel("--:--"), 2.6)
        self.clock_label.setAccessibleName("Current time")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.segment_label = _big(QLabel(""), 1.3)
        self.segment_label.setWordWrap(True)
        self.segment_label.setAccessibleName("Current segment")
        self.segment_time = _big(QLabel(""), 1.5)
        self.segment_time.setAccessibleName("Time left in this segment")
        self.session_time = QLabel("")
        self.session_time.setWordWrap(True)
        self.session_time.setAccessibleName("Time left in the session")
        self.next_label = QLabel("")
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName("Next segment")
        self.description = QLabel("")
        self.description.setWordWrap(True)
        self.description.setAccessibleName("What happens in this segment")
        self.segments = QListWidget()
        self.segments.setAccessibleName("Agenda segments")
        self.segments.setAccessibleDescription(self.tr("The session's plan, one segment per line"))
        self.segments.setWordWrap(True)  # long titles wrap instead of hiding at 200% scaling
        self.previous_button = QPushButton("< Back")
        self.previous_button.setAccessibleName("Previous segment")
        self.previous_button.setToolTip("Previous segment (Ctrl+Left)")
        self.pause_button = QPushButton("Pause")
        self.pause_button.setAccessibleName("Pause or resume the segment clock")
        self.next_button = QPushButton("Next >")
        self.next_button.setAccessibleName("Next segment")
        self.next_button.setToolTip("Next segment (Ctrl+Right)")
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.pause_button, self.next_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.segment_label)
        layout.addWidget(self.segment_time)
        layout.addWidget(self.description)
        layout.addWidget(self.next_label)
        layout.addWidget(self.session_time)
        layout.addLayout(buttons)
        layout.addWidget(self.segments, 1)
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(+1))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)

    def load(
        self, segments: list[AgendaSegment], start: dt.datetime, end: dt.datetime, state: dict[str, object]
    ) -> None:
        self.agenda = Agenda(segments, start, end, AgendaState.from_dict(state))  # type: ignore[arg-type]
        if not self.agenda.state.started and segments:
            self.agenda.start(self._now())
            self.state_changed.emit(self.agenda.state.to_dict())
        self.segments.clear()
        offset = 0
        for segment in segments:
            item = QListWidgetItem(f"{offset:>3}-{offset + segment.minutes:<3} min  {segment.title}")
            self.segments.addItem(item)
            offset += segment.minutes
        if not segments:
            self.segments.addItem("This session has no topic agenda.")
        self.refresh()
        self.timer.start()

    def clear(self) -> None:
        self.timer.stop()
        self.agenda = None
        self.segments.clear()

    def _move(self, step: int) -> None:
        if self.agenda is None:
            return
        if step > 0:
            self.agenda.next(self._now())
        else:
            self.agenda.previous(self._now())
        self.state_changed.emit(self.agenda.state.to_dict())
        self.refresh()

    def next_segment(self) -> None:
        self._move(+1)

    def previous_segment(self) -> None:
        self._move(-1)

    def toggle_pause(self) -> None:
        if self.agenda is None:
            return
        if self.agenda.state.paused_at:
            self.agenda.resume(self._now())
        else:
            self.agenda.pause(self._now())
        self.state_changed.emit(self.agenda.state.to_dict())
        self.refresh()

    def refresh(self) -> None:
        now = self._now()
        self.clock_label.setText(now.strftime("%H:%M"))
        if self.agenda is None:
            return
        view = self.agenda.view(now)
        for row in range(self.segments.count()):
            item = self.segments.item(row)
            font = item.font()
            font.setBold(row == view.index)
            item.setFont(font)
            text = item.text().removeprefix("> ")
            item.setText(("> " + text) if row == view.index and view.current else text)
        if view.current is None:
            self.segment_label.setText("No agenda")
            self.segment_time.setText("")
            self.description.setText("")
        else:
            self.segment_label.setText(f"Now: {view.current.title}")
            self.description.setText(view.current.description)
            if view.overrun:
                self.segment_time.setText(f"{format_seconds(-view.segment_remaining)} over time")
                theme.tone(self.segment_time, "warning", bold=True)
            else:
                self.segment_time.setText(f"{format_seconds(view.segment_remaining)} left")
                theme.tone(self.segment_time, None)
            if view.paused:
                self.segment_time.setText(self.segment_time.text() + " (paused)")
        self.pause_button.setText("Resume" if view.paused else "Pause")
        self.next_label.setText(f"Next: {view.next.title} ({view.next.minutes} min)" if view.next else "Next: end of session")
        remaining = view.session_remaining
        self.session_time.setText(
            f"Session: {format_seconds(remaining)} left" if remaining >= 0
            else f"Session: {format_seconds(-remaining)} past the planned end"
        )
