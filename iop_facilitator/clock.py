"""Time comes from an injected clock so timers, autosave and "this week" test without sleeping."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current local time, timezone-aware."""
        ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()


class ManualClock:
    """A clock for tests and the demo: stands still until told to move."""

    def __init__(self, start: dt.datetime) -> None:
        if start.tzinfo is None:
            start = start.astimezone()
        self._now = start

    def now(self) -> dt.datetime:
        return self._now

    def set(self, when: dt.datetime) -> None:
        self._now = when if when.tzinfo else when.astimezone()

    def advance(self, **delta: float) -> dt.datetime:
        self._now = self._now + dt.timedelta(**delta)
        return self._now


def iso_now(clock: Clock) -> str:
    """A timestamp for storage: local time with its UTC offset, to the second."""
    return clock.now().isoformat(timespec="seconds")
