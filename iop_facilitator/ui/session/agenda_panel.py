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
from iop_facilitator.ui import formatting, theme


def _big(label: QLabel, scale: float) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class AgendaPanel(QGroupBox):
    state_changed = Signal(dict)

    def __init__(self, now: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Agenda"))
        self._now = now
        self.agenda: Agenda | None = None
        self.clock_label = _big(QLabel("--:--"), 2.6)
        self.clock_label.setAccessibleName(self.tr("Current time"))
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.segment_label = _big(QLabel(""), 1.3)
        self.segment_label.setWordWrap(True)
        self.segment_label.setAccessibleName(self.tr("Current segment"))
        self.segment_time = _big(QLabel(""), 1.5)
        self.segment_time.setAccessibleName(self.tr("Time left in this segment"))
        self.session_time = QLabel("")
        self.session_time.setWordWrap(True)
        self.session_time.setAccessibleName(self.tr("Time left in the session"))
        self.next_label = QLabel("")
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName(self.tr("Next segment"))
        self.description = QLabel("")
        self.description.setWordWrap(True)
        self.description.setAccessibleName(self.tr("What happens in this segment"))
        self.segments = QListWidget()
        self.segments.setAccessibleName(self.tr("Agenda segments"))
        self.segments.setAccessibleDescription(self.tr("The session's plan, one segment per line"))
        self.segments.setWordWrap(True)  # long titles wrap instead of hiding at 200% scaling
        self.previous_button = QPushButton(self.tr("< Back"))
        self.previous_button.setAccessibleName(self.tr("Previous segment"))
        self.previous_button.setToolTip(self.tr("Previous segment (Ctrl+Left)"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause or resume the segment clock"))
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setAccessibleName(self.tr("Next segment"))
        self.next_button.setToolTip(self.tr("Next segment (Ctrl+Right)"))
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
        self,
        segments: list[AgendaSegment],
        start: dt.datetime,
        end: dt.datetime,
        state: dict[str, object],
    ) -> None:
        self.agenda = Agenda(segments, start, end, AgendaState.from_dict(state))
        if not self.agenda.state.started and segments:
            self.agenda.start(self._now())
            self.state_changed.emit(self.agenda.state.to_dict())
        self.segments.clear()
        offset = 0
        for segment in segments:
            item = QListWidgetItem(
                f"{offset:>3}-{offset + segment.minutes:<3} min  {segment.title}"
            )
            self.segments.addItem(item)
            offset += segment.minutes
        if not segments:
            self.segments.addItem(self.tr("This session has no topic agenda."))
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
        self.clock_label.setText(formatting.time(now))  # the locale's 12- or 24-hour clock
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
            self.segment_label.setText(self.tr("No agenda"))
            self.segment_time.setText("")
            self.description.setText("")
        else:
            self.segment_label.setText(self.tr("Now: {segment}").format(segment=view.current.title))
            self.description.setText(view.current.description)
            if view.overrun:
                self.segment_time.setText(
                    self.tr("{time} over time").format(time=format_seconds(-view.segment_remaining))
                )
                theme.tone(self.segment_time, "warning", bold=True)
            else:
                self.segment_time.setText(
                    self.tr("{time} left").format(time=format_seconds(view.segment_remaining))
                )
                theme.tone(self.segment_time, None)
            if view.paused:
                self.segment_time.setText(self.segment_time.text() + " " + self.tr("(paused)"))
        self.pause_button.setText(self.tr("Resume") if view.paused else self.tr("Pause"))
        self.next_label.setText(
            self.tr("Next: {segment} ({minutes} min)").format(
                segment=view.next.title, minutes=view.next.minutes
            )
            if view.next
            else self.tr("Next: end of session")
        )
        remaining = view.session_remaining
        self.session_time.setText(
            self.tr("Session: {time} left").format(time=format_seconds(remaining))
            if remaining >= 0
            else self.tr("Session: {time} past the planned end").format(
                time=format_seconds(-remaining)
            )
        )
