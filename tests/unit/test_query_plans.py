"""The main screens read the big tables through indexes: EXPLAIN QUERY PLAN of every query they run.

The calls are the benchmark's own (`bench/workload.screen_calls`: Today, a past session, a
member's history, notes search, the weekly hours report, the program report), run on a small
generated clinic while SQLite's trace callback records each statement with its values; each
SELECT is then explained. Small tables (groups, members, enrollments, settings, topics) may be
scanned; the tables that grow with every session held must be searched by index.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from iop_facilitator.bench import generate, workload
from iop_facilitator.clock import ManualClock
from iop_facilitator.paths import DataPaths
from iop_facilitator.services.clinic import open_clinic
from tests.conftest import TEST_KEY

WEEKS = 16
BIG_TABLES = {
    "session",
    "attendance",
    "check_in",
    "member_note",
    "group_note",
    "audit_event",
    "note_addendum",
    "session_topic",
}
TABLE_REF = re.compile(
    r"\b(?:FROM|JOIN)\s+\"?(\w+)\"?(?:\s+(?:AS\s+)?(?!(?:WHERE|JOIN|ON|LEFT|INNER|CROSS|GROUP"
    r"|ORDER|LIMIT|USING|NATURAL|UNION|WHEN|SELECT|AND)\b)(\w+))?",
    re.IGNORECASE,
)


def big_names(sql: str) -> set[str]:
    """The big tables a statement reads, under their own names and their aliases."""
    names = set(BIG_TABLES)
    for table, alias in TABLE_REF.findall(sql):
        if table.lower() in BIG_TABLES and alias:
            names.add(alias)
    return names


def full_scans(store, sql: str) -> list[str]:
    big = big_names(sql)
    scans = []
    for row in store.query("EXPLAIN QUERY PLAN " + sql):
        detail = str(row["detail"])
        words = detail.split()
        if words[:1] == ["SCAN"] and len(words) > 1 and words[1] in big:
            scans.append(detail)
    return scans


@pytest.fixture(scope="module")
def screens(tmp_path_factory):
    """(clinic, screen calls, recorded statements) on a 16-week generated clinic."""
    root = tmp_path_factory.mktemp("plans")
    paths = DataPaths(root / "data").ensure()
    gen = generate.generate(paths, weeks=WEEKS, key=TEST_KEY)
    day = dt.date.fromisoformat(gen.last_week_start) + dt.timedelta(days=3)
    clock = ManualClock(dt.datetime.combine(day, dt.time(16, 30)).astimezone())
    clinic = open_clinic(paths, TEST_KEY, clock=clock)
    calls = workload.screen_calls(
        clinic,
        day,
        gen.long_stay_member_id,
        f"{gen.typical_member_id:04d}",
        workload.COMMON_TERM,
        root / "out",
    )
    yield clinic, calls
    clinic.close()


def recorded(clinic, action) -> list[str]:
    """Every SELECT the action ran, with its values in place (SQLite's expanded SQL)."""
    seen: list[str] = []
    conn = clinic.store.db.conn
    conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))]


@pytest.mark.parametrize(
    "screen",
    ["today", "session", "history", "search_common", "search_rare", "weekly_hours",
     "program_report"],
)  # fmt: skip
def test_every_query_of_the_screen_searches_the_big_tables_by_index(screens, screen) -> None:
    clinic, calls = screens
    statements = recorded(clinic, calls[screen])
    assert statements, f"{screen} ran no query?"
    scans = {" ".join(sql.split())[:120]: full_scans(clinic.store, sql) for sql in statements}
    assert {sql: s for sql, s in scans.items() if s} == {}


def test_the_screens_measured_are_the_benchmarks_rows(screens) -> None:
    _clinic, calls = screens
    from iop_facilitator.bench.workload_rows import WORKLOAD_ROWS

    measured = {step for step, *_rest in WORKLOAD_ROWS}
    assert set(calls) == measured - {"pdfs_15"}


def test_the_check_sees_a_scan_under_an_alias(screens) -> None:
    clinic, _calls = screens
    sql = "SELECT * FROM attendance AS att WHERE att.minutes > 5"
    assert full_scans(clinic.store, sql) == ["SCAN att"]
    assert full_scans(clinic.store, "SELECT * FROM member_note n WHERE n.risk = 'x'") == ["SCAN n"]
    assert full_scans(clinic.store, "SELECT * FROM member WHERE full_name = 'x'") == []


def test_building_the_main_window_reads_the_big_tables_by_index(screens, qtbot, tmp_path) -> None:
    """Every page is built at start: a page that counts over a whole big table (the Settings
    page's note formats did: 10 s of a 16 s start on ten years of data) slows every start."""
    from iop_facilitator.app import Bootstrap
    from iop_facilitator.ui.application import build_main_window

    clinic, _calls = screens
    windows = []

    def build() -> None:
        window = build_main_window(Bootstrap(clinic.paths), clinic)
        qtbot.addWidget(window)
        windows.append(window)

    statements = recorded(clinic, build)
    assert windows and statements
    scans = {" ".join(sql.split())[:120]: full_scans(clinic.store, sql) for sql in statements}
    assert {sql: s for sql, s in scans.items() if s} == {}


def test_a_search_too_big_to_rank_walks_the_fts_index_newest_first(screens) -> None:
    """Many matches: FTS5 hands its rows over newest first and the page stops the walk, with no
    sort of every match (a temp b-tree) and no bm25 for each (the first page of a common word)."""
    clinic, _calls = screens
    found = clinic.notes.search_results(workload.COMMON_TERM)
    assert found.newest_first and found.total > len(found.hits) == 50
    statements = recorded(clinic, lambda: clinic.notes.search_results(workload.COMMON_TERM))
    page = next(sql for sql in statements if "snippet(" in sql)
    details = [str(r["detail"]) for r in clinic.store.query("EXPLAIN QUERY PLAN " + page)]
    assert any(d.startswith("SCAN note_search VIRTUAL TABLE INDEX") for d in details)
    assert not any("TEMP B-TREE" in d for d in details), details
    assert "rank" not in page.split("ORDER BY")[1]
