"""Seeding signed sessions for the export tests (fictional people only)."""

from __future__ import annotations

import datetime as dt

from iop_facilitator.domain.enums import AttendanceStatus as A
from iop_facilitator.domain.ids import SessionId
from tests.unit.test_sessions import seed_group

LONG_DATA = " ".join(
    f"Paragraph {i}: member described the week, the triggers noticed at work and at home, and the "
    "coping skills tried (urge surfing, calling a sponsor, leaving the situation). "
    "They linked this to "
    "their relapse prevention plan and asked for feedback from the group about the next step."
    for i in range(40)
)


def run_session(
    clinic, clock, group, day: dt.date, *, absent=(), late=None, topic=None
) -> SessionId:
    """Plan, start, mark, end a 09:00-12:00 session and prepare its notes."""
    clock.set(dt.datetime.combine(day, dt.time(9, 0)))
    session_id, _ = clinic.sessions.plan(group, day, topic_id=topic)
    clinic.sessions.start(session_id)
    clinic.sessions.mark_all_present(session_id)
    for member in absent:
        clinic.sessions.set_attendance(session_id, member, A.ABSENT_EXCUSED)
    if late is not None:
        clock.set(dt.datetime.combine(day, dt.time(9, 20)))
        clinic.sessions.set_attendance(session_id, late, A.LATE)
    clock.set(dt.datetime.combine(day, dt.time(12, 0)))
    clinic.sessions.end(session_id)
    clinic.notes.prepare(session_id)
    return session_id


def complete(clinic, note, data: str | None = None) -> None:
    clinic.notes.update(
        note.id,
        sections={
            "data": data
            or f"Member {note.chart_id} described two triggers and a plan to avoid them.",
            "assessment": f"Engaged; insight growing (chart {note.chart_id}).",
            "plan": "Continue IOP; complete the trigger worksheet.",
        },
        participation_level="active",
        participation_quality="supportive",
        risk="none",
        stage_of_change="action",
        importance=8,
        confidence=6,
    )


def sign_all(clinic, clock, session_id, *, leave_unsigned: int = 0, long_for=None) -> list:
    """Complete and sign every note, except the last `leave_unsigned` ones."""
    clock.set(clock.now().replace(hour=12, minute=30))
    notes = clinic.notes.for_session(session_id)
    for i, note in enumerate(notes):
        if note.attended:
            complete(clinic, note, LONG_DATA if note.member_id == long_for else None)
        if i < len(notes) - leave_unsigned:
            clinic.notes.sign(note.id)
    return clinic.notes.for_session(session_id)


def signed_session(clinic, clock, *, members=4, long_for_first=False, day=dt.date(2026, 11, 23)):
    group, ids, topic = seed_group(clinic, members=members)
    clinic.store.execute("UPDATE therapy_group SET billing_code = 'H0015' WHERE id = ?", [group])
    session_id = run_session(clinic, clock, group, day, absent=ids[-1:], late=ids[1], topic=topic)
    notes = sign_all(clinic, clock, session_id, long_for=ids[0] if long_for_first else None)
    return group, ids, session_id, notes
