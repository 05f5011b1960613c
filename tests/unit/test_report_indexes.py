"""The report queries read the big tables through indexes (EXPLAIN QUERY PLAN), never by scanning.

Small tables (groups, facilitators, settings, topics, members, enrollments: hundreds to a few
thousand rows after ten years) may be scanned; sessions, attendance, check-ins, notes and the
audit trail grow with every group held and must be searched by index.
"""

from __future__ import annotations

import datetime as dt
import re

from tests.unit.test_reports import seed

# The big tables and the aliases the report SQL gives them.
BIG = {
    "session",
    "attendance",
    "check_in",
    "member_note",
    "audit_event",
    "s",
    "a",
    "c",
    "n",
    "s2",
    "a2",
}
SCAN = re.compile(r"^SCAN (\w+)")


def recorded_queries(clinic, monkeypatch) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    real = clinic.store.query

    def recording(sql, params=()):
        seen.append((sql, params))
        return real(sql, params)

    monkeypatch.setattr(clinic.store, "query", recording)
    return seen


def test_report_queries_use_indexes(curriculum_clinic, clock, monkeypatch) -> None:
    clinic = curriculum_clinic
    ids = seed(clinic)
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(ids["a"], dt.date(2026, 11, 23))
    clinic.sessions.start(session_id)
    seen = recorded_queries(clinic, monkeypatch)
    reports = clinic.reports
    reports.today_groups()
    reports.members_to_watch()
    reports.unsigned_notes()
    reports.group_report(ids["a"], dt.date(2026, 11, 9), dt.date(2026, 11, 22))
    reports.program_report(dt.date(2026, 11, 2), dt.date(2026, 11, 22))
    reports.member_progress(ids["Ben"])
    monkeypatch.undo()
    assert len(seen) > 15
    scans = []
    for sql, params in seen:
        for row in clinic.store.query("EXPLAIN QUERY PLAN " + sql, params):
            match = SCAN.match(row["detail"])
            if match and match.group(1) in BIG:
                scans.append((" ".join(sql.split())[:80], row["detail"]))
    assert scans == []


def test_the_check_would_see_a_scan(clinic) -> None:
    plan = clinic.store.query("EXPLAIN QUERY PLAN SELECT * FROM session s WHERE s.modality = 'x'")
    assert any(SCAN.match(r["detail"]) and SCAN.match(r["detail"]).group(1) in BIG for r in plan)
