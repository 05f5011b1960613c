"""Running a session through the services: roster, attendance, check-in, notes, agenda, end."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from iop_facilitator.domain.enums import AttendanceStatus as A
from iop_facilitator.domain.enums import SessionStatus
from iop_facilitator.errors import NotFound, RuleViolation, ValidationError

FICTIONAL = [
    "Avery",
    "Blake",
    "Cory",
    "Devon",
    "Ellis",
    "Frankie",
    "Gray",
    "Harlow",
    "Indy",
    "Jesse",
    "Kit",
    "Lane",
]


def seed_group(clinic, *, start="09:00", minutes=180, members=12, day="2026-11-23"):
    """A group with `members` enrolled since before `day` (rows written directly, fictional)."""
    store = clinic.store
    now = clinic.ctx.now_iso()
    with store.atomic():
        group = store.insert(
            "therapy_group",
            {
                "name": f"Group {start}",
                "track": "substance_use",
                "weekdays": "1,3,4",
                "start_time": start,
                "minutes": minutes,
                "room": "Room 2",
                "created_at": now,
            },
        )
        ids = []
        for i in range(members):
            member = store.insert(
                "member",
                {
                    "preferred_name": FICTIONAL[i],
                    "full_name": f"{FICTIONAL[i]} Testperson",
                    "chart_id": f"T-{start}-{i}",
                    "track": "substance_use",
                    "phase": "early_recovery",
                    "admitted_on": "2026-11-01",
                    "created_at": now,
                    "updated_at": now,
                },
            )
            store.insert(
                "enrollment", {"member_id": member, "group_id": group, "start_on": "2026-11-01"}
            )
            ids.append(member)
        topic = store.insert(
            "topic",
            {
                "key": f"t-test-{start}",
                "series": "Relapse Prevention",
                "title": "Test topic",
                "minutes": 90,
                "body": json.dumps(
                    {
                        "segments": [
                            {"title": "Check-in", "minutes": 30},
                            {"title": "Topic", "minutes": 60},
                        ]
                    }
                ),
                "content_hash": "x",
                "created_at": now,
            },
        )
    return group, ids, topic


@pytest.fixture
def running(clinic, clock):
    group, members, topic = seed_group(clinic)
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(group, dt.date(2026, 11, 23), topic_id=topic)
    clinic.sessions.start(session_id)
    return session_id, members


def test_plan_takes_the_schedule_and_the_roster(clinic, clock) -> None:
    group, members, topic = seed_group(clinic)
    later = seed_group(clinic, start="18:00", members=1)[1][0]
    # A member admitted after the date is not expected; one discharged before it neither.
    clinic.store.execute(
        "UPDATE enrollment SET start_on = '2026-11-24' WHERE member_id = ?", [members[0]]
    )
    clinic.store.execute(
        "UPDATE enrollment SET end_on = '2026-11-22' WHERE member_id = ?", [members[1]]
    )
    session_id, changes = clinic.sessions.plan(group, dt.date(2026, 11, 23), topic_id=topic)
    assert changes.sessions and changes.attendance
    info = clinic.sessions.get(session_id)
    assert info.planned_start.strftime("%H:%M") == "09:00" and info.window.minutes == 180
    assert info.topic_title == "Test topic" and info.room == "Room 2"
    roster = [e.member_id for e in clinic.sessions.roster(session_id)]
    assert len(roster) == 10 and members[0] not in roster and members[1] not in roster
    assert later not in roster
    # The 90-minute topic's agenda is fitted to the 180-minute session (see test_agenda.py).
    agenda = clinic.sessions.agenda_segments(session_id)
    assert [s.title for s in agenda] == ["Check-in", "Break", "Topic"]
    assert sum(s.minutes for s in agenda) == 180


def test_attendance_minutes_late_and_early(clinic, clock, running) -> None:
    session_id, members = running
    clinic.sessions.mark_all_present(session_id)
    clock.set(dt.datetime(2026, 11, 23, 9, 20))
    clinic.sessions.set_attendance(session_id, members[0], A.LATE)
    clock.set(dt.datetime(2026, 11, 23, 11, 0))
    clinic.sessions.set_attendance(session_id, members[1], A.LEFT_EARLY)
    clinic.sessions.set_attendance(session_id, members[2], A.ABSENT_EXCUSED)
    clock.set(dt.datetime(2026, 11, 23, 12, 5))
    clinic.sessions.end(session_id)
    by_id = {e.member_id: e for e in clinic.sessions.roster(session_id)}
    assert by_id[members[0]].minutes == 185 - 20
    assert by_id[members[1]].minutes == 120
    assert by_id[members[2]].minutes == 0 and by_id[members[2]].left_at is None
    assert by_id[members[3]].minutes == 185 and by_id[members[3]].left_at is not None
    assert clinic.sessions.get(session_id).status is SessionStatus.ENDED


def test_mark_all_present_keeps_marks_already_made(clinic, running) -> None:
    session_id, members = running
    clinic.sessions.set_attendance(session_id, members[0], A.ABSENT_UNEXCUSED)
    clinic.sessions.mark_all_present(session_id)
    statuses = {e.member_id: e.status for e in clinic.sessions.roster(session_id)}
    assert statuses[members[0]] is A.ABSENT_UNEXCUSED
    assert sum(s is A.PRESENT for s in statuses.values()) == 11


def test_check_in_validation_and_safety_audit(clinic, running) -> None:
    session_id, members = running
    clinic.sessions.set_check_in(
        session_id, members[0], craving="7", use_since_last="no", mood="tired"
    )
    clinic.sessions.set_check_in(session_id, members[0], safety_flag=True)
    entry = clinic.sessions.roster(session_id)[0]
    assert (entry.craving, entry.mood, entry.safety_flag) == (7, "tired", True)
    for bad in ("eleven", 11, -1):
        with pytest.raises(ValidationError, match="0 to 10"):
            clinic.sessions.set_check_in(session_id, members[0], craving=bad)
    assert clinic.sessions.roster(session_id)[0].craving == 7
    audit = clinic.store.query("SELECT detail FROM audit_event WHERE action = 'safety_flag'")
    assert audit and "Avery" not in audit[0]["detail"]


@pytest.mark.parametrize(
    "text", ["😀" * 10_000, "مرحبا بالعالم", "Robert'); DROP TABLE member;--", "line\x00with nul"]
)
def test_quick_notes_keep_hostile_text(clinic, running, text) -> None:
    session_id, members = running
    clinic.sessions.set_quick_note(session_id, members[0], text)
    clinic.sessions.set_group_quick_note(session_id, text)
    clinic.sessions.set_jotting(session_id, members[0], text)
    entry = clinic.sessions.roster(session_id)[0]
    assert entry.quick_note == entry.jotting == text.replace("\x00", "")
    assert clinic.sessions.get(session_id).group_quick_note == text.replace("\x00", "")
    assert clinic.store.scalar("SELECT count(*) FROM member") == 12


def test_too_long_text_is_refused_and_the_old_text_kept(clinic, running) -> None:
    session_id, members = running
    clinic.sessions.set_quick_note(session_id, members[0], "kept")
    with pytest.raises(ValidationError, match="too long"):
        clinic.sessions.set_quick_note(session_id, members[0], "x" * 60_000)
    assert clinic.sessions.roster(session_id)[0].quick_note == "kept"


def test_drop_in_and_unknown_member(clinic, running) -> None:
    session_id, _ = running
    other = seed_group(clinic, start="18:00", members=1)[1][0]
    clinic.sessions.add_drop_in(session_id, other)
    clinic.sessions.add_drop_in(session_id, other)  # twice adds once
    entries = [e for e in clinic.sessions.roster(session_id) if e.member_id == other]
    assert len(entries) == 1 and entries[0].drop_in
    with pytest.raises(NotFound):
        clinic.sessions.set_quick_note(session_id, 99_999, "x")


def test_running_session_is_found_for_resume(clinic, running) -> None:
    session_id, _ = running
    clinic.sessions.save_agenda_state(session_id, {"index": 1, "started": True})
    resumed = clinic.sessions.running()
    assert resumed is not None and resumed.id == session_id
    assert resumed.agenda_state["index"] == 1


def test_only_one_session_runs_at_a_time(clinic, running, clock) -> None:
    group, _, _ = seed_group(clinic, start="13:00", members=2)
    second, _ = clinic.sessions.plan(group, dt.date(2026, 11, 23))
    with pytest.raises(RuleViolation, match="still running"):
        clinic.sessions.start(second)
    with pytest.raises(RuleViolation):
        clinic.sessions.end(second)


def test_typed_times_correct_arrival_and_departure(clinic, running) -> None:
    session_id, members = running
    clinic.sessions.set_attendance(session_id, members[0], A.PRESENT)
    clinic.sessions.set_time(session_id, members[0], "arrived", dt.time(9, 40))
    clinic.sessions.set_time(session_id, members[0], "left", dt.time(11, 10))
    entry = clinic.sessions.roster(session_id)[0]
    assert entry.status is A.PRESENT and entry.minutes == 90
    with pytest.raises(ValidationError, match="before the arrival"):
        clinic.sessions.set_time(session_id, members[0], "left", dt.time(9, 10))
    with pytest.raises(ValidationError, match="attending"):
        clinic.sessions.set_time(session_id, members[1], "arrived", dt.time(9, 10))
