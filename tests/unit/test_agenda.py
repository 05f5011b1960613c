"""The session clock, driven by an injected time."""

from __future__ import annotations

import datetime as dt

from iop_facilitator.domain.agenda import Agenda, AgendaSegment, AgendaState, format_seconds

T0 = dt.datetime(2026, 11, 23, 9, 0).astimezone()
SEGMENTS = [AgendaSegment("Check-in", 30), AgendaSegment("Topic", 50), AgendaSegment("Break", 15)]


def agenda() -> Agenda:
    return Agenda(SEGMENTS, T0, T0 + dt.timedelta(minutes=95))


def test_segments_advance_and_time_left() -> None:
    a = agenda()
    a.start(T0)
    view = a.view(T0 + dt.timedelta(minutes=10))
    assert view.current.title == "Check-in" and view.next.title == "Topic"
    assert view.segment_remaining == 20 * 60 and view.session_remaining == 85 * 60
    a.next(T0 + dt.timedelta(minutes=32))
    view = a.view(T0 + dt.timedelta(minutes=40))
    assert view.current.title == "Topic" and view.segment_elapsed == 8 * 60
    a.previous(T0 + dt.timedelta(minutes=41))
    assert a.view(T0 + dt.timedelta(minutes=41)).current.title == "Check-in"


def test_overrun_is_shown_not_hidden() -> None:
    a = agenda()
    a.start(T0)
    view = a.view(T0 + dt.timedelta(minutes=33))
    assert view.overrun and format_seconds(view.segment_remaining) == "-3:00"


def test_pause_stops_the_segment_clock() -> None:
    a = agenda()
    a.start(T0)
    a.pause(T0 + dt.timedelta(minutes=5))
    assert a.view(T0 + dt.timedelta(minutes=20)).segment_elapsed == 5 * 60
    assert a.view(T0 + dt.timedelta(minutes=20)).paused
    a.resume(T0 + dt.timedelta(minutes=20))
    assert a.view(T0 + dt.timedelta(minutes=21)).segment_elapsed == 6 * 60


def test_state_round_trips_for_resume() -> None:
    a = agenda()
    a.start(T0)
    a.next(T0 + dt.timedelta(minutes=30))
    a.pause(T0 + dt.timedelta(minutes=35))
    restored = Agenda(
        SEGMENTS, a.session_start, a.session_end, AgendaState.from_dict(a.state.to_dict())
    )
    later = T0 + dt.timedelta(minutes=50)
    assert restored.view(later) == a.view(later)


def test_bounds_and_formatting() -> None:
    a = agenda()
    a.go_to(99, T0)
    assert a.view(T0).current.title == "Break" and a.view(T0).next is None
    empty = Agenda([], T0, T0 + dt.timedelta(minutes=60))
    assert empty.view(T0).current is None
    assert format_seconds(3723) == "1:02:03" and format_seconds(65) == "1:05"
