"""The read queries the benchmark times and whose query plans a test checks for index use.

These are the shapes the Members and Reports screens need (a member's whole history; attended
hours per member per week). When those screens' services land, point the benchmark at the
service methods and keep their SQL listed here in MAIN_QUERIES so the plan test covers it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from iop_facilitator.storage import Store

# A member's history is two index-only reads merged in Python: the notes' bodies are never read
# (0002_bench_indexes_member_history covers both), so ten years stay a few hundred pages.
MEMBER_ATTENDANCE = """
SELECT a.session_id, s.date, s.planned_start, g.name AS group_name, a.status AS attendance,
       a.minutes
FROM attendance AS a
JOIN session AS s INDEXED BY session_member_lookup ON s.id = a.session_id
JOIN therapy_group AS g ON g.id = s.group_id
WHERE a.member_id = :member_id
ORDER BY s.date DESC, s.planned_start DESC
"""

MEMBER_NOTES = """
SELECT n.session_id, n.id AS note_id, n.status AS note_status, n.signed_at
FROM member_note AS n
WHERE n.member_id = :member_id
"""

WEEKLY_HOURS = """
SELECT a.member_id, m.preferred_name, m.chart_id,
       date(s.date, '-' || ((CAST(strftime('%w', s.date) AS INTEGER) + 6) % 7) || ' days')
           AS week_start,
       count(*) AS sessions, sum(a.minutes) AS minutes
FROM session AS s
JOIN attendance AS a ON a.session_id = s.id
JOIN member AS m ON m.id = a.member_id
WHERE s.date >= :first_day AND s.date < :end_day
  AND a.status NOT IN ('absent_excused', 'absent_unexcused')
GROUP BY a.member_id, week_start
ORDER BY m.preferred_name, week_start
"""

# name -> SQL; tests/unit/test_query_plans.py asserts each uses indexes on the big tables.
MAIN_QUERIES: dict[str, str] = {
    "member_attendance": MEMBER_ATTENDANCE,
    "member_notes": MEMBER_NOTES,
    "weekly_hours": WEEKLY_HOURS,
}
BIG_TABLES = ("session", "attendance", "member_note", "check_in", "group_note", "audit_event")


def member_history(store: Store, member_id: int) -> list[dict[str, Any]]:
    """Every session the member was on the roster for, newest first, with its note's status."""
    params = {"member_id": member_id}
    notes = {r["session_id"]: r for r in store.query(MEMBER_NOTES, params)}
    rows = store.query(MEMBER_ATTENDANCE, params)
    empty = {"note_id": None, "note_status": None, "signed_at": None}
    for row in rows:
        note = notes.get(row["session_id"], empty)
        row.update(
            note_id=note["note_id"], note_status=note["note_status"], signed_at=note["signed_at"]
        )
    return rows


def weekly_hours(store: Store, first_day: dt.date, weeks: int) -> list[dict[str, Any]]:
    end = first_day + dt.timedelta(weeks=weeks)
    params = {"first_day": first_day.isoformat(), "end_day": end.isoformat()}
    return store.query(WEEKLY_HOURS, params)


def plan(store: Store, sql: str, params: dict[str, Any]) -> list[str]:
    """EXPLAIN QUERY PLAN's detail lines for `sql`."""
    return [str(r["detail"]) for r in store.query("EXPLAIN QUERY PLAN " + sql, params)]


def full_scans(plan_lines: list[str]) -> list[str]:
    """The plan lines that read a big table from end to end ("SCAN <table or its alias>")."""
    big = set(BIG_TABLES) | {alias for alias, table in ALIASES.items() if table in BIG_TABLES}
    return [
        line
        for line in plan_lines
        if line.startswith("SCAN ") and len(line.split()) > 1 and line.split()[1] in big
    ]


ALIASES = {
    "s": "session",
    "a": "attendance",
    "n": "member_note",
    "g": "therapy_group",
    "m": "member",
}  # the aliases MAIN_QUERIES give their tables


@dataclass(frozen=True)
class TimedQuery:
    """One query of the encrypted-versus-plain set: a label and how to run it on a store."""

    label: str
    run: Callable[[Store], object]


def query_set(long_stay_member: int, typical_member: int, last_week: dt.date) -> list[TimedQuery]:
    return [
        TimedQuery(
            "Query: member history list (longest-staying member)",
            lambda st: member_history(st, long_stay_member),
        ),
        TimedQuery(
            "Query: member history list (typical member, ~10 weeks)",
            lambda st: member_history(st, typical_member),
        ),
        TimedQuery(
            "Query: hours per member per week (one week)", lambda st: weekly_hours(st, last_week, 1)
        ),
        TimedQuery(
            "Query: hours per member per week (12 weeks)",
            lambda st: weekly_hours(st, last_week - dt.timedelta(weeks=11), 12),
        ),
    ]
