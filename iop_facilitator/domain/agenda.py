"""The session clock: the topic's timed segments, what is on now, what is next, overruns.

A pure state machine driven by an injected `now`, so it tests without sleeping. The state
serialises to a small dict (stored in `session.agenda_state`) so a resumed session picks up
exactly where it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from iop_facilitator.texts import QT_TR_NOOP


@dataclass(frozen=True)
class AgendaSegment:
    title: str
    minutes: int
    description: str = ""
    topic_minutes: int | None = None  # what the topic planned, when fitted to the session


# Fitting a topic's agenda to the session (IOP groups are usually 3 hours; many topics are planned
# for 90 minutes, some for 60 or 180). What a facilitator expects: the clock's segments add up to
# the session they are running, keep the topic's shape, and a long group has a break.
# - A session of LONG_SESSION minutes or more gets one BREAK_MINUTES break, at the segment boundary
#   nearest the topic's midpoint, when the topic has none and is being stretched.
# - A shorter session drops the topic's breaks when the topic is being shortened.
# - Every other segment is stretched or shortened in proportion to its planned minutes, in
#   5-minute steps when possible (largest remainder, so the total is exact), never below one step.
LONG_SESSION = 150
BREAK_MINUTES = 15


def is_break(segment: AgendaSegment) -> bool:
    return segment.title.strip().casefold().startswith("break")


def fit_to_session(segments: list[AgendaSegment], session_minutes: int) -> list[AgendaSegment]:
    """The topic's segments fitted so they add up to `session_minutes` (see the rules above)."""
    planned = sum(max(0, s.minutes) for s in segments)
    if not segments or session_minutes <= 0 or planned <= 0 or planned == session_minutes:
        return list(segments)
    parts = [replace(s, topic_minutes=s.minutes) for s in segments]
    breaks = [s for s in parts if is_break(s)]
    if planned < session_minutes and session_minutes >= LONG_SESSION and not breaks:
        at = _nearest_boundary(parts, planned / 2)
        pause = AgendaSegment(
            QT_TR_NOOP("Break"),
            BREAK_MINUTES,
            QT_TR_NOOP("A short break: stretch, water, fresh air."),
            topic_minutes=0,
        )
        parts.insert(at, pause)
    elif planned > session_minutes and session_minutes < LONG_SESSION and breaks:
        parts = [s for s in parts if not is_break(s)]
    fixed = sum(s.minutes for s in parts if is_break(s))
    flexible = [i for i, s in enumerate(parts) if not is_break(s)]
    target = session_minutes - fixed
    if not flexible or target < len(flexible):  # a very short session: no breaks, just shrink
        parts = [s for s in parts if not is_break(s)]
        flexible, target = list(range(len(parts))), session_minutes
    step = 5 if target % 5 == 0 and target // 5 >= len(flexible) else 1
    shares = _largest_remainder([parts[i].minutes for i in flexible], target // step)
    for i, units in zip(flexible, shares, strict=True):
        parts[i] = replace(parts[i], minutes=units * step)
    return parts


def _nearest_boundary(parts: list[AgendaSegment], half: float) -> int:
    """Index to insert at: the boundary between segments closest to `half` planned minutes."""
    best, best_gap, elapsed = 1, float("inf"), 0
    for i, s in enumerate(parts[:-1], start=1):
        elapsed += s.minutes
        if abs(elapsed - half) < best_gap:
            best, best_gap = i, abs(elapsed - half)
    return best


def _largest_remainder(weights: list[int], total: int) -> list[int]:
    """`total` split in proportion to `weights`, whole numbers, each at least 1, summing exactly."""
    positive = [max(0, w) for w in weights]
    if not any(positive):
        positive = [1] * len(weights)
    exact = [total * w / sum(positive) for w in positive]
    shares = [max(1, int(x)) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - int(exact[i])), i))
    k = 0
    while sum(shares) < total:
        shares[order[k % len(order)]] += 1
        k += 1
    while sum(shares) > total:  # the minimum of one pushed it over: take from the largest
        largest = max(range(len(shares)), key=lambda i: (shares[i], -i))
        shares[largest] -= 1
    return shares


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
