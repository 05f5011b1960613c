"""Attendance arithmetic: minutes attended, weekly hours against the IOP minimum.

All times are local, timezone-aware or naive consistently; a session may cross midnight
(an evening group that ends after 00:00), so times are full datetimes, never bare clock times.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iop_facilitator.domain.enums import AttendanceStatus, Track

ADULT_WEEKLY_HOURS = 9.0
ADOLESCENT_WEEKLY_HOURS = 6.0


def weekly_target_hours(track: Track | str) -> float:
    """The IOP minimum (ASAM 2.1): 9 hours a week for adults, 6 for adolescents."""
    return ADOLESCENT_WEEKLY_HOURS if Track(track) is Track.ADOLESCENT else ADULT_WEEKLY_HOURS


@dataclass(frozen=True)
class SessionWindow:
    """When a session ran (or is planned to run). `end` may fall on the next day."""

    start: dt.datetime
    end: dt.datetime

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError("a session ends after it starts")

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    def clamp(self, when: dt.datetime) -> dt.datetime:
        return max(self.start, min(self.end, when))


def minutes_attended(
    status: AttendanceStatus | None,
    window: SessionWindow,
    arrived: dt.datetime | None = None,
    left: dt.datetime | None = None,
) -> int:
    """Whole minutes a member was in the session.

    Absent (or not yet marked) is 0. Arrival defaults to the start and departure to the end;
    both are clamped to the session, so an early arrival or a late stay never adds minutes, and
    a departure before the arrival counts as 0.
    """
    if status is None or not AttendanceStatus(status).attended:
        return 0
    begin = window.clamp(arrived) if arrived is not None else window.start
    finish = window.clamp(left) if left is not None else window.end
    if finish <= begin:
        return 0
    return int((finish - begin).total_seconds() // 60)


def week_start(day: dt.date) -> dt.date:
    """Monday of the ISO week holding `day` (weekly hours run Monday to Sunday)."""
    return day - dt.timedelta(days=day.weekday())


def hours(minutes: int) -> float:
    return round(minutes / 60.0, 2)


@dataclass(frozen=True)
class WeeklyHours:
    week: dt.date  # Monday
    minutes: int
    target_hours: float

    @property
    def hours(self) -> float:
        return hours(self.minutes)

    @property
    def below_target(self) -> bool:
        return self.minutes < round(self.target_hours * 60)


def weekly_totals(sessions: list[tuple[dt.date, int]], track: Track | str) -> list[WeeklyHours]:
    """Sum attended minutes per ISO week (by session date), oldest week first."""
    target = weekly_target_hours(track)
    totals: dict[dt.date, int] = {}
    for day, minutes in sessions:
        monday = week_start(day)
        totals[monday] = totals.get(monday, 0) + minutes
    return [WeeklyHours(week, totals[week], target) for week in sorted(totals)]


def time_in_session(window: SessionWindow, clock_time: dt.time) -> dt.datetime:
    """The datetime a clock time typed for this session means.

    An evening session that crosses midnight reads "00:40" as the next day; the candidate
    nearest the middle of the session wins.
    """
    middle = window.start + (window.end - window.start) / 2
    base = window.start.date()
    candidates = [
        dt.datetime.combine(base + dt.timedelta(days=offset), clock_time, window.start.tzinfo)
        for offset in (-1, 0, 1)
    ]
    return min(candidates, key=lambda c: abs((c - middle).total_seconds()))
