"""Attendance arithmetic, including late arrivals, early departures and sessions past midnight."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iop_facilitator.domain.attendance import (
    SessionWindow,
    minutes_attended,
    week_start,
    weekly_target_hours,
    weekly_totals,
)
from iop_facilitator.domain.enums import AttendanceStatus as A
from iop_facilitator.domain.enums import Track

START = dt.datetime(2026, 11, 23, 18, 0)
EVENING = SessionWindow(START, START + dt.timedelta(hours=3))
PAST_MIDNIGHT = SessionWindow(dt.datetime(2026, 11, 23, 22, 30), dt.datetime(2026, 11, 24, 1, 30))


@pytest.mark.parametrize(
    ("status", "arrived", "left", "expected"),
    [
        (A.PRESENT, None, None, 180),
        (A.TELEHEALTH, None, None, 180),
        (A.LATE, START + dt.timedelta(minutes=25), None, 155),
        (A.LEFT_EARLY, None, START + dt.timedelta(minutes=120), 120),
        (A.LATE, START + dt.timedelta(minutes=30), START + dt.timedelta(minutes=90), 60),
        (A.ABSENT_EXCUSED, None, None, 0),
        (A.ABSENT_UNEXCUSED, START, START + dt.timedelta(hours=3), 0),
        (None, None, None, 0),
        (A.PRESENT, START - dt.timedelta(minutes=30), START + dt.timedelta(hours=4), 180),
        (A.LEFT_EARLY, START + dt.timedelta(minutes=50), START + dt.timedelta(minutes=40), 0),
    ],
)
def test_minutes_attended(status, arrived, left, expected) -> None:
    assert minutes_attended(status, EVENING, arrived, left) == expected


def test_session_crossing_midnight() -> None:
    assert PAST_MIDNIGHT.minutes == 180
    left = dt.datetime(2026, 11, 24, 0, 45)
    assert minutes_attended(A.LEFT_EARLY, PAST_MIDNIGHT, None, left) == 135
    arrived = dt.datetime(2026, 11, 23, 23, 55)
    assert minutes_attended(A.LATE, PAST_MIDNIGHT, arrived, None) == 95


def test_window_must_end_after_start() -> None:
    with pytest.raises(ValueError, match="ends after"):
        SessionWindow(START, START)


times = st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2026, 12, 31))


@given(
    start=times,
    length=st.integers(min_value=1, max_value=720),
    arrive=st.integers(min_value=-600, max_value=1000),
    leave=st.integers(min_value=-600, max_value=1000),
    status=st.sampled_from(list(A)),
)
def test_minutes_never_exceed_the_session_nor_go_negative(
    start, length, arrive, leave, status
) -> None:
    window = SessionWindow(start, start + dt.timedelta(minutes=length))
    arrived = start + dt.timedelta(minutes=arrive)
    left = start + dt.timedelta(minutes=leave)
    minutes = minutes_attended(status, window, arrived, left)
    assert 0 <= minutes <= length
    if not status.attended:
        assert minutes == 0
    else:
        expected = max(0, min(length, leave) - max(0, arrive)) if arrive < length else 0
        assert minutes == max(0, min(expected, length))


@given(
    days=st.lists(
        st.tuples(st.dates(dt.date(2026, 1, 1), dt.date(2026, 12, 31)), st.integers(0, 240)),
        max_size=60,
    )
)
def test_weekly_totals_add_up_and_group_by_iso_week(days) -> None:
    weeks = weekly_totals(days, Track.SUBSTANCE_USE)
    assert sum(w.minutes for w in weeks) == sum(m for _, m in days)
    assert all(w.week.weekday() == 0 for w in weeks)
    assert [w.week for w in weeks] == sorted({week_start(d) for d, _ in days})


def test_targets_and_below_target() -> None:
    assert weekly_target_hours(Track.SUBSTANCE_USE) == 9
    assert weekly_target_hours("adolescent") == 6
    monday = dt.date(2026, 11, 23)
    adult = weekly_totals(
        [(monday, 180), (monday + dt.timedelta(days=2), 180), (monday, 179)], "co_occurring"
    )
    assert adult[0].hours == 8.98 and adult[0].below_target
    teen = weekly_totals([(monday, 180), (monday + dt.timedelta(days=6), 180)], Track.ADOLESCENT)
    assert teen[0].hours == 6 and not teen[0].below_target


def test_typed_times_resolve_across_midnight() -> None:
    from iop_facilitator.domain.attendance import time_in_session

    assert time_in_session(PAST_MIDNIGHT, dt.time(0, 40)) == dt.datetime(2026, 11, 24, 0, 40)
    assert time_in_session(PAST_MIDNIGHT, dt.time(22, 50)) == dt.datetime(2026, 11, 23, 22, 50)
    assert time_in_session(EVENING, dt.time(18, 25)) == dt.datetime(2026, 11, 23, 18, 25)
