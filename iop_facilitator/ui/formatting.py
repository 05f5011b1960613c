"""Dates, times and numbers as the reader's locale writes them (QLocale's default).

`i18n.install` sets the default locale; everything here follows it, so an en_US clinic sees
"2:30 PM" and "Mon, Nov 23", a Spanish one "14:30" and "lun, 23 nov". Never strftime in the UI:
its month and day names are the C library's, not the app's language.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def _locale() -> QLocale:
    """The default set by i18n.install; the bare "C" locale (no LANG, as in the tests, which
    keep the machine's locale) reads as US English, as i18n.install would make it."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qtime(value: dt.time | dt.datetime, seconds: bool) -> QTime:
    return QTime(value.hour, value.minute, value.second if seconds else 0)


def time(value: dt.time | dt.datetime | None, *, seconds: bool = False) -> str:
    """ "2:30 PM" (en_US) or "14:30" (es, de); with seconds "2:30:05 PM" / "14:30:05"."""
    if value is None:
        return ""
    locale = _locale()
    text = locale.toString(_qtime(value, seconds), SHORT)
    if seconds:
        fmt = locale.timeFormat(SHORT)
        if ":ss" not in fmt:  # ShortFormat has no seconds: add them after the minutes
            fmt = fmt.replace("mm", "mm:ss", 1)
        text = locale.toString(_qtime(value, True), fmt)
    return text


def time_range(start: dt.time | dt.datetime, end: dt.time | dt.datetime) -> str:
    return f"{time(start)}-{time(end)}"


def date(value: dt.date | None) -> str:
    """The locale's short date: "11/23/26" (en_US), "23/11/26" (es)."""
    if value is None:
        return ""
    return _locale().toString(_qdate(value), SHORT)


def long_date(value: dt.date) -> str:
    """The locale's long date: "Monday, November 23, 2026" / "lunes, 23 de noviembre de 2026"."""
    return _locale().toString(_qdate(value), LONG)


def day_and_date(value: dt.date) -> str:
    """A compact weekday and date for lists: "Mon 11/23/26" / "lun 23/11/26"."""
    locale = _locale()
    return f"{locale.dayName(value.isoweekday(), SHORT)} {date(value)}"


def day_month(value: dt.date) -> str:
    """Weekday, day and month without the year: "Monday, November 23" / "lunes, 23 de noviembre"."""
    locale = _locale()
    fmt = re.sub(r"[\s,.]*('de'\s*)?y+[.]?", "", locale.dateFormat(LONG))  # drop the year
    return locale.toString(_qdate(value), fmt.strip(" ,"))


def short_datetime(moment: dt.datetime) -> str:
    """Short date and time, the clock 12- or 24-hour as the locale expects: "11/23/26 2:30 PM"."""
    return _locale().toString(to_qdatetime(moment), SHORT)


def weekday_name(iso_weekday: int, short: bool = False) -> str:
    """Monday is 1; the locale's own day name."""
    return _locale().dayName(iso_weekday, SHORT if short else LONG)


def numeric_day_month(day: dt.date, with_weekday: bool = False) -> str:
    """Two-digit day and month in the locale's order ("11/23" US, "23/11" Spanish), optionally
    after the short weekday name: for chart axes and compact lists."""
    locale = _locale()
    short = locale.dateFormat(SHORT)
    fmt = "MM/dd" if short.find("M") < short.find("d") else "dd/MM"
    return locale.toString(_qdate(day), f"ddd {fmt}" if with_weekday else fmt)


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(_qdate(value.date()), _qtime(value, True))


def time_edit_format() -> str:
    """Display format for QTimeEdit: the locale's short time ("h:mm AP" / "H:mm")."""
    return _locale().timeFormat(SHORT)


def date_edit_format() -> str:
    """Display format for QDateEdit: weekday and the locale's short date."""
    return "ddd " + _locale().dateFormat(SHORT)
