"""One benchmark run of the screens' work, in its own process (so its peak memory is its own).

    python -m iop_facilitator.bench.workload DATA_DIR RESULT.json [--day YYYY-MM-DD] ...

Opens the clinic the way the app does (`open_clinic`, passphrase from IOP_FACILITATOR_PASSPHRASE),
then times, once each and in this order, the service calls each screen makes when it opens:
Today, a past session, a member's history, a search's first page, the weekly hours report,
the program report, and a batch of 15 signed member notes exported as PDF. Writes the times in ms
to RESULT.json; the parent (bench/__main__.py) runs this several times and keeps the medians.

Every call is the first of its kind in a fresh process with a Qt application already running (as
in the app), so page-cache and import costs are counted, as a facilitator would feel them.
"""

from __future__ import annotations

import argparse
import datetime as dt
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


def _timed(results: dict[str, float], name: str, action: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    value = action()
    results[name] = (time.perf_counter() - start) * 1000.0
    return value


def run(
    data_dir: Path,
    day: dt.date,
    member_id: int,
    rare_term: str,
    common_term: str = "cravings",
) -> tuple[dict[str, float], dict[str, Any]]:
    """Times in ms per STEPS name, and what was found (counts, for the notes column)."""
    from iop_facilitator import passphrase_source
    from iop_facilitator.clock import ManualClock
    from iop_facilitator.domain.ids import MemberId, SessionId
    from iop_facilitator.export.pdf_render import ensure_app
    from iop_facilitator.paths import DataPaths
    from iop_facilitator.services.clinic import open_clinic

    ensure_app()  # the app has its QApplication before any screen opens
    clock = ManualClock(dt.datetime.combine(day, dt.time(16, 30)).astimezone())
    key = passphrase_source.obtain(None)
    times: dict[str, float] = {}
    found: dict[str, Any] = {}
    clinic = _timed(times, "open", lambda: open_clinic(DataPaths(data_dir), key, clock=clock))
    try:
        reports, sessions, notes = clinic.reports, clinic.sessions, clinic.notes

        def today() -> int:
            return (
                len(reports.today_groups(day))
                + len(reports.members_to_watch(day))
                + len(reports.unsigned_notes())
            )

        found["today_rows"] = _timed(times, "today", today)
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

        def session() -> int:
            sessions.get(past)
            roster = sessions.roster(past)
            sessions.topic_material(past)
            sessions.agenda_segments(past)
            member_notes = notes.for_session(past)
            notes.progress(past)
            return len(roster) + len(member_notes)

        found["session_rows"] = _timed(times, "session", session)

        def history() -> int:
            from iop_facilitator.bench import queries

            clinic.members.history(MemberId(member_id))
            progress = reports.member_progress(member_id)
            listed = queries.member_history(clinic.store, member_id)
            return len(listed) + len(getattr(progress, "weeks", ()))

        found["history_rows"] = _timed(times, "history", history)
        found["search_common_hits"] = len(
            _timed(times, "search_common", lambda: notes.search(common_term))
        )
        found["search_common_hits_total"] = f"{count_matches(clinic.store, common_term):,}"
        found["search_rare_hits"] = len(
            _timed(times, "search_rare", lambda: notes.search(rare_term))
        )
        monday = day - dt.timedelta(days=day.weekday())
        with tempfile.TemporaryDirectory(prefix="iop-bench-out-") as tmp:
            out = Path(tmp)
            _timed(
                times,
                "weekly_hours",
                lambda: clinic.exports.export_hours(monday, monday + dt.timedelta(days=6), out),
            )
            _timed(
                times,
                "program_report",
                lambda: reports.program_report(monday - dt.timedelta(weeks=11), day),
            )
            batch = [n for n in clinic.exports.notes_in(start=monday, end=day) if n[1]][:PDF_BATCH]
            found["pdfs"] = len(batch)
            for name in ("pdfs_15", "pdfs_15_again"):
                result, _ = _timed(
                    times,
                    name,
                    lambda name=name: clinic.exports.export_notes(batch, out / name, "pdf"),
                )
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
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    times, found = run(args.data_dir, dt.date.fromisoformat(args.day), args.member, args.rare)
    args.result.write_text(json.dumps({"times": times, "found": found}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
