"""The session clock, driven by an injected time."""

from __future__ import annotations

import datetime as dt

from iop_facilitator.domain.agenda import (
    Agenda,
    AgendaSegment,
    AgendaState,
    fit_to_session,
    format_seconds,
)

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


# -- fitting a topic's agenda to the session's length -----------------------------------------
NINETY = [
    AgendaSegment("Check-in", 15),
    AgendaSegment("Topic", 25),
    AgendaSegment("Activity", 30),
    AgendaSegment("Members' own struggles", 15),
    AgendaSegment("Check-out", 5),
]
THREE_HOURS = [
    AgendaSegment("Check-in", 30),
    AgendaSegment("Topic", 50),
    AgendaSegment("Break", 15),
    AgendaSegment("Skills practice", 60),
    AgendaSegment("Check-out", 25),
]


def shape(segments) -> list[tuple[str, int]]:
    return [(s.title, s.minutes) for s in segments]


def test_a_90_minute_topic_fills_a_3_hour_group_with_a_break() -> None:
    fitted = fit_to_session(NINETY, 180)
    assert sum(s.minutes for s in fitted) == 180
    assert shape(fitted) == [
        ("Check-in", 30),
        ("Topic", 45),
        ("Break", 15),  # at the boundary nearest the topic's midpoint
        ("Activity", 55),
        ("Members' own struggles", 25),
        ("Check-out", 10),
    ]
    assert [s.topic_minutes for s in fitted] == [15, 25, 0, 30, 15, 5]
    assert all(s.minutes % 5 == 0 for s in fitted)


def test_a_3_hour_topic_in_a_shorter_session_drops_its_break() -> None:
    assert shape(fit_to_session(THREE_HOURS, 90)) == [
        ("Check-in", 15),
        ("Topic", 25),
        ("Skills practice", 35),
        ("Check-out", 15),
    ]
    assert sum(s.minutes for s in fit_to_session(THREE_HOURS, 120)) == 120


def test_fitting_leaves_a_matching_agenda_alone_and_always_adds_up() -> None:
    assert fit_to_session(THREE_HOURS, 180) == THREE_HOURS
    assert fit_to_session([], 180) == []
    for minutes in (7, 45, 60, 95, 100, 149, 150, 151, 210, 240):
        for topic in (NINETY, THREE_HOURS, [AgendaSegment("Only", 60)]):
            fitted = fit_to_session(topic, minutes)
            assert sum(s.minutes for s in fitted) == minutes, (minutes, topic)
            assert all(s.minutes >= 1 for s in fitted)
            assert [s.title for s in fitted if s.title != "Break"] == [
                s.title for s in topic if s.title != "Break"
            ]


def test_the_session_clock_adds_up_to_the_session(clinic, clock) -> None:
    """Before: a 90-minute topic in a 180-minute group ran out of agenda half-way."""
    from tests.unit.test_sessions import seed_group

    group, _members, topic = seed_group(clinic, members=2)  # 180-minute group, 30 + 60 topic
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(group, dt.date(2026, 11, 23), topic_id=topic)
    segments = clinic.sessions.agenda_segments(session_id)
    assert sum(s.minutes for s in segments) == 180
    assert shape(segments) == [("Check-in", 55), ("Break", 15), ("Topic", 110)]
    info = clinic.sessions.get(session_id)
    a = Agenda(segments, info.planned_start, info.planned_end)
    a.start(info.planned_start)
    assert a.view(info.planned_start).session_remaining == 180 * 60
