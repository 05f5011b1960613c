"""Dates and times typed by people or read from EHR exports, refused in plain words when wrong.

Accepted date forms: ISO `YYYY-MM-DD`, and `MM/DD/YYYY` (or `DD/MM/YYYY` when the order says so,
for files from EHRs set up that way). Two-digit years are refused: 01/02/03 is too ambiguous for
a clinical record. Times are 24-hour `HH:MM`.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

from iop_facilitator.errors import ValidationError
from iop_facilitator.texts import QT_TR_NOOP

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SLASHED = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
EARLIEST_YEAR = 1900


class DateOrder(StrEnum):
    MONTH_FIRST = "mdy"
    DAY_FIRST = "dmy"


def parse_date(
    text: str, label: str = QT_TR_NOOP("Date"), order: DateOrder = DateOrder.MONTH_FIRST
) -> dt.date:
    """A calendar date from `text`; ValidationError naming `label` when it is not one."""
    value = text.strip()
    if not value:
        raise ValidationError(
            QT_TR_NOOP("{label} is empty.", label=label),
            label,
            QT_TR_NOOP("Enter a date such as 2026-03-09."),
        )
    iso = _ISO.match(value)
    slashed = _SLASHED.match(value)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif slashed:
        first, second, year_text = slashed.groups()
        if len(year_text) == 2:
            raise ValidationError(
                QT_TR_NOOP(
                    "{label} '{value}' has a two-digit year.", label=label, value=_short(value)
                ),
                label,
                QT_TR_NOOP("Write the year in full, e.g. 03/09/2026 or 2026-03-09."),
            )
        year = int(year_text)
        month, day = (
            (int(first), int(second))
            if order is DateOrder.MONTH_FIRST
            else (int(second), int(first))
        )
    else:
        raise ValidationError(
            QT_TR_NOOP("{label} '{value}' is not a date.", label=label, value=_short(value)),
            label,
            QT_TR_NOOP("Use the form 2026-03-09 (year-month-day) or 03/09/2026."),
        )
    try:
        parsed = dt.date(year, month, day)
    except ValueError:
        raise ValidationError(
            QT_TR_NOOP(
                "{label} '{value}' is not a real date (there is no such day).",
                label=label,
                value=_short(value),
            ),
            label,
            QT_TR_NOOP("Check the day and month; use the form 2026-03-09."),
        ) from None
    if parsed.year < EARLIEST_YEAR:
        raise ValidationError(
            QT_TR_NOOP(
                "{label} '{value}' is before {year}.",
                label=label,
                value=_short(value),
                year=EARLIEST_YEAR,
            ),
            label,
            QT_TR_NOOP("Check the year."),
        )
    return parsed


def parse_optional_date(
    text: str | None, label: str, order: DateOrder = DateOrder.MONTH_FIRST
) -> dt.date | None:
    if text is None or not text.strip():
        return None
    return parse_date(text, label, order)


def parse_time(text: str, label: str = QT_TR_NOOP("Start time")) -> dt.time:
    """A 24-hour clock time `HH:MM`. '25:00' and '9:75' are refused with the reason."""
    value = text.strip()
    match = _TIME.match(value)
    if not match:
        raise ValidationError(
            QT_TR_NOOP("{label} '{value}' is not a time.", label=label, value=_short(value)),
            label,
            QT_TR_NOOP("Use 24-hour hours and minutes, e.g. 09:00 or 18:30."),
        )
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23:
        raise ValidationError(
            QT_TR_NOOP(
                "{label} '{value}' is not a time of day: hours run from 00 to 23.",
                label=label,
                value=value,
            ),
            label,
            QT_TR_NOOP("Use 24-hour time, e.g. 18:00 for 6 pm."),
        )
    if minutes > 59:
        raise ValidationError(
            QT_TR_NOOP(
                "{label} '{value}' is not a time of day: minutes run from 00 to 59.",
                label=label,
                value=value,
            ),
            label,
            QT_TR_NOOP("Use hours and minutes, e.g. 09:30."),
        )
    return dt.time(hours, minutes)


def format_time(value: dt.time) -> str:
    return value.strftime("%H:%M")


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the ISO week holding `day` (what "this week" means for hours)."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _short(value: str, limit: int = 24) -> str:
    """Echo what was typed, shortened, so a 10,000-character paste does not flood a message."""
    printable = "".join(c if c.isprintable() else "?" for c in value)
    return printable if len(printable) <= limit else printable[: limit - 1] + "…"
