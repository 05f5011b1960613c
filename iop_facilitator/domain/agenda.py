"""The session clock: the topic's timed segments, what is on now, what is next, overruns.

A pure state machine driven by an injected `now`, so it tests without sleeping. The state
serialises to a small dict (stored in `session.agenda_state`) so a resumed session picks up
exactly where it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class AgendaSegment:
    title: str
    minutes: int
    description: str = ""


@dataclass(frozen=True)
class AgendaState:
    """Where the group is in its agenda. Times are ISO strings so the state is JSON-ready."""

    index: int = 0
    segment_started: str | None = None  # when the current segment began (running time)
    paused_at: str | None = None
    paused_seconds: float = 0.0  # pause time accumulated within the current segment
    started: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "segment_started": self.segment_started,
            "paused_at": self.paused_at,
            "paused_seconds": self.paused_seconds,
            "started": self.started,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> AgendaState:
        if not data:
            return cls()
        return cls(
            index=int(data.get("index", 0)),
            segment_started=data.get("segment_started"),
            paused_at=data.get("paused_at"),
            paused_seconds=float(data.get("paused_seconds", 0.0)),
            started=bool(data.get("started", False)),
        )


@dataclass(frozen=True)
class AgendaView:
    """What the agenda panel shows at one moment."""

    index: int
    current: AgendaSegment | None
    next: AgendaSegment | None
    segment_elapsed: int  # seconds
    segment_remaining: int  # seconds; negative when over time
    session_elapsed: int
    session_remaining: int
    paused: bool

    @property
    def overrun(self) -> bool:
        return self.segment_remaining < 0


@dataclass
class Agenda:
    segments: list[AgendaSegment]
    session_start: dt.datetime
    session_end: dt.datetime
    state: AgendaState = field(default_factory=AgendaState)

    def _now_iso(self, now: dt.datetime) -> str:
        return now.isoformat(timespec="seconds")

    def start(self, now: dt.datetime) -> None:
        if not self.state.started:
            self.state = AgendaState(0, self._now_iso(now), None, 0.0, True)

    def go_to(self, index: int, now: dt.datetime) -> None:
        """Move to a segment (next/previous); the new segment's clock starts now."""
        if not self.segments:
            return
        index = max(0, min(len(self.segments) - 1, index))
        self.state = AgendaState(index, self._now_iso(now), None, 0.0, True)

    def next(self, now: dt.datetime) -> None:
        self.go_to(self.state.index + 1, now)

    def previous(self, now: dt.datetime) -> None:
        self.go_to(self.state.index - 1, now)

    def pause(self, now: dt.datetime) -> None:
        if self.state.started and self.state.paused_at is None:
            self.state = replace(self.state, paused_at=self._now_iso(now))

    def resume(self, now: dt.datetime) -> None:
        if self.state.paused_at is not None:
            paused = (now - dt.datetime.fromisoformat(self.state.paused_at)).total_seconds()
            self.state = replace(
                self.state,
                paused_at=None,
                paused_seconds=self.state.paused_seconds + max(0, paused),
            )

    def view(self, now: dt.datetime) -> AgendaView:
        current = self.segments[self.state.index] if self.segments else None
        following = (
            self.segments[self.state.index + 1]
            if self.segments and self.state.index + 1 < len(self.segments)
            else None
        )
        elapsed = 0
        if self.state.started and self.state.segment_started:
            until = dt.datetime.fromisoformat(self.state.paused_at) if self.state.paused_at else now
            began = dt.datetime.fromisoformat(self.state.segment_started)
            elapsed = max(0, int((until - began).total_seconds() - self.state.paused_seconds))
        planned = current.minutes * 60 if current else 0
        session_elapsed = max(0, int((now - self.session_start).total_seconds()))
        session_total = int((self.session_end - self.session_start).total_seconds())
        return AgendaView(
            index=self.state.index,
            current=current,
            next=following,
            segment_elapsed=elapsed,
            segment_remaining=planned - elapsed,
            session_elapsed=session_elapsed,
            session_remaining=session_total - session_elapsed,
            paused=self.state.paused_at is not None,
        )


def format_seconds(seconds: int) -> str:
    """'12:05', or '-3:10' when over time; hours shown when needed ('1:02:03')."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{s:02d}" if h else f"{sign}{m}:{s:02d}"
