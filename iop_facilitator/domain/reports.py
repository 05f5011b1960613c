"""Words and rules for the Today screen and reports: statuses, levels, week arithmetic."""

from __future__ import annotations

import datetime as dt

from iop_facilitator.domain.enums import LabelledEnum

WARNING_HOURS = (
    24  # an unsigned note older than this is a warning; the deadline setting is the alert
)


class TodayStatus(LabelledEnum):
    """Where one of today's groups stands."""

    UPCOMING = "upcoming", "Upcoming"
    RUNNING = "running", "Running"
    NOTES_UNSIGNED = "notes_unsigned", "Notes unsigned"
    ENDED = "ended", "Ended, notes signed"


class Level(LabelledEnum):
    """How urgent a line is: shown by word and colour together."""

    INFO = "info", "Note"
    OK = "ok", "On time"
    WARNING = "warning", "Warning"
    ALERT = "alert", "Alert"


class WatchKind(LabelledEnum):
    SAFETY = "safety", "Safety flag"
    HOURS = "hours", "Below hours target"
    ABSENCES = "absences", "Missed sessions"
    DISCHARGE = "discharge", "Discharge this week"
    NEW = "new", "New this week"


def note_age_level(age_hours: float, deadline_hours: int) -> Level:
    """On time under 24 h; a warning from 24 h; an alert from the clinic's deadline (72 h)."""
    if age_hours >= deadline_hours:
        return Level.ALERT
    if age_hours >= WARNING_HOURS:
        return Level.WARNING
    return Level.OK


def week_days(monday: dt.date) -> list[dt.date]:
    return [monday + dt.timedelta(days=i) for i in range(7)]


def mondays(start: dt.date, end: dt.date) -> list[dt.date]:
    """Monday of every ISO week that touches [start, end], oldest first."""
    first = start - dt.timedelta(days=start.weekday())
    weeks = []
    day = first
    while day <= end:
        weeks.append(day)
        day += dt.timedelta(days=7)
    return weeks


def describe_age(hours: float) -> str:
    """'5 h', '1 day 3 h', '4 days'."""
    whole = int(hours)
    if whole < 24:
        return f"{whole} h"
    days, rest = divmod(whole, 24)
    unit = "day" if days == 1 else "days"
    return f"{days} {unit} {rest} h" if rest and days < 3 else f"{days} {unit}"


def fmt_hours(minutes: int | float) -> str:
    """Minutes as hours with at most one decimal: 540 -> '9', 450 -> '7.5', 200 -> '3.3'."""
    value = round(minutes / 60.0, 1)
    return f"{value:g}"
