"""One benchmark run of the screens' work, in its own process (so its peak memory is its own).

    python -m iop_facilitator.bench.workload DATA_DIR RESULT.json [--day YYYY-MM-DD] ...

Opens the clinic the way the app does (`open_clinic`, passphrase from IOP_FACILITATOR_PASSPHRASE),
then times, once each and in this order, the service calls each screen makes when it opens:
Today, a past session, a member's history, a search's first page, the weekly hours report,
the program report, and a batch of 15 signed member notes exported as PDF. Writes the times in ms
to RESULT.json; the parent (bench/workload_rows.py) runs this several times and keeps the medians.

Every call is the first of its kind in a fresh process with a Qt application already running (as
in the app), so page-cache and import costs are counted, as a facilitator would feel them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The Today page's calls, a session's, ... : each step's name, as the parent's rows use them.
STEPS = (
    "open",
    "today",
    "session",
    "history",
    "search_common",
    "search_rare",
    "weekly_hours",
    "program_report",
    "pdfs_15",
    "pdfs_15_again",
)
PDF_BATCH = 15
COMMON_TERM = "cravings"  # in most generated notes: the worst case for ranking


def _timed(results: dict[str, float], name: str, action: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    value = action()
    results[name] = (time.perf_counter() - start) * 1000.0
    return value


def screen_calls(
    clinic: Any, day: dt.date, member_id: int, rare_term: str, common_term: str, out: Path
) -> dict[str, Callable[[], Any]]:
    """The service calls each screen makes when it opens, by STEPS name (PDFs aside).

    tests/unit/test_query_plans.py runs these same calls and checks every query's plan.
    """
    from iop_facilitator.bench import queries
    from iop_facilitator.domain.ids import MemberId, SessionId

    reports, sessions, notes = clinic.reports, clinic.sessions, clinic.notes
    year_ago = (day - dt.timedelta(days=365)).isoformat()
    past = SessionId(  # a year back; the oldest session in a smaller database
        int(
            clinic.store.scalar(
                "SELECT coalesce((SELECT id FROM session WHERE date <= ? "
                "ORDER BY date DESC, id LIMIT 1), (SELECT min(id) FROM session))",
                [year_ago],
            )
        )
    )
    monday = day - dt.timedelta(days=day.weekday())

    def today() -> int:
        return (
            len(reports.today_groups(day))
            + len(reports.members_to_watch(day))
            + len(reports.unsigned_notes())
        )

    def session() -> int:
        sessions.get(past)
        roster = sessions.roster(past)
        sessions.topic_material(past)
        sessions.agenda_segments(past)
        member_notes = notes.for_session(past)
        notes.progress(past)
        return len(roster) + len(member_notes)

    def history() -> int:
        clinic.members.history(MemberId(member_id))
        progress = reports.member_progress(member_id)
        listed = queries.member_history(clinic.store, member_id)
        return len(listed) + len(progress.weeks)

    return {
        "today": today,
        "session": session,
        "history": history,
        "search_common": lambda: notes.search_results(common_term).hits,  # as the dialog does
        "search_rare": lambda: notes.search_results(rare_term).hits,
        "weekly_hours": lambda: clinic.exports.export_hours(
            monday, monday + dt.timedelta(days=6), out
        ),
        "program_report": lambda: reports.program_report(monday - dt.timedelta(weeks=11), day),
    }


def run(
    data_dir: Path,
    day: dt.date,
    member_id: int,
    rare_term: str,
    common_term: str = COMMON_TERM,
    only: str | None = None,
    unencrypted: bool = False,
) -> tuple[dict[str, float], dict[str, Any]]:
    """Times in ms per STEPS name, and what was found (counts, for the notes column).

    `only` (e.g. "search"): just the steps whose names start with it, after the open; no PDFs.
    `unencrypted`: the data folder holds a plain SQLite copy (what encryption costs is measured
    by running the same steps on both).
    """
    from iop_facilitator import passphrase_source
    from iop_facilitator.clock import ManualClock
    from iop_facilitator.export.pdf_render import ensure_app
    from iop_facilitator.paths import DataPaths
    from iop_facilitator.services.clinic import open_clinic

    ensure_app()  # the app has its QApplication before any screen opens
    clock = ManualClock(dt.datetime.combine(day, dt.time(16, 30)).astimezone())
    key = None if unencrypted else passphrase_source.obtain(None)
    times: dict[str, float] = {}
    found: dict[str, Any] = {}
    clinic = _timed(times, "open", lambda: open_clinic(DataPaths(data_dir), key, clock=clock))
    try:
        with tempfile.TemporaryDirectory(prefix="iop-bench-out-") as tmp:
            out = Path(tmp)
            calls = screen_calls(clinic, day, member_id, rare_term, common_term, out)
            if only:
                calls = {step: call for step, call in calls.items() if step.startswith(only)}
            for step, call in calls.items():
                value = _timed(times, step, call)
                if isinstance(value, int):
                    found[f"{step}_rows"] = value
                elif isinstance(value, list):
                    found[f"{step}_hits"] = len(value)
            found["search_common_hits_total"] = f"{count_matches(clinic.store, common_term):,}"
            newest = clinic.notes.search_results(common_term).newest_first
            found["search_common_order"] = "newest first" if newest else "ranked"
            if only:
                return times, found
            monday = day - dt.timedelta(days=day.weekday())
            batch = [n for n in clinic.exports.notes_in(start=monday, end=day) if n[1]][:PDF_BATCH]
            for name in ("pdfs_15", "pdfs_15_again"):
                export = functools.partial(clinic.exports.export_notes, batch, out / name, "pdf")
                result, _ = _timed(times, name, export)
                found[f"{name}_written"] = len(result.written)
    finally:
        clinic.close()
    return times, found


def count_matches(store: Any, term: str) -> int:
    """How many notes a search term matches in all (untimed; for the report's note column)."""
    from iop_facilitator.services.notes import fts_query

    sql = "SELECT count(*) FROM note_search WHERE note_search MATCH ?"
    return int(store.scalar(sql, [fts_query(term)]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m iop_facilitator.bench.workload")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("result", type=Path)
    parser.add_argument("--day", required=True, help="the clinic's 'today' (YYYY-MM-DD)")
    parser.add_argument("--member", type=int, required=True, help="the member whose history")
    parser.add_argument("--rare", required=True, help="a search term few notes contain")
    parser.add_argument("--only", help="only the steps whose names start with this (no PDFs)")
    parser.add_argument(
        "--unencrypted", action="store_true", help="DATA_DIR holds a plain copy (no passphrase)"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    day = dt.date.fromisoformat(args.day)
    times, found = run(
        args.data_dir, day, args.member, args.rare, only=args.only, unencrypted=args.unencrypted
    )
    args.result.write_text(json.dumps({"times": times, "found": found}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
