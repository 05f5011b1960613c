"""Which backups to keep: the newest of each of the last 7 days and of the last 8 weeks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

KEEP_DAILY = 7
KEEP_WEEKLY = 8


def _day(t: dt.datetime) -> object:
    return t.date()


def _week(t: dt.datetime) -> object:
    return tuple(t.isocalendar())[:2]


def to_keep(
    created: Iterable[dt.datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> set[dt.datetime]:
    """The creation times to keep. The two newest are always kept, so a same-day fallback exists
    if the newest copy later turns out to be bad.

    Daily: for the `daily` most recent calendar days that have a backup, the newest of that day.
    Weekly: likewise for the `weekly` most recent ISO weeks. A backup may count for both.
    """
    ordered = sorted(set(created), reverse=True)
    keep: set[dt.datetime] = set(ordered[:2])
    buckets: tuple[tuple[Callable[[dt.datetime], object], int], ...] = (
        (_day, daily),
        (_week, weekly),
    )
    for bucket, limit in buckets:
        seen: list[object] = []
        for t in ordered:
            b = bucket(t)
            if b in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(b)
            keep.add(t)
    return keep
