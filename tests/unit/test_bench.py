"""The benchmark's generator, queries and measuring tools, on a small database (no Qt)."""

from __future__ import annotations

import datetime as dt
import json
import sys

import pytest

from iop_facilitator.bench import generate, measure, queries
from iop_facilitator.bench.report import (
    README_END,
    README_START,
    SKIPPED,
    Report,
    Row,
    as_json,
    markdown,
    update_readme,
)
from iop_facilitator.paths import DataPaths
from iop_facilitator.storage import open_database
from iop_facilitator.storage.bulk import backup_to, plaintext_copy
from iop_facilitator.storage.migrations import migration_names
from tests.conftest import TEST_KEY

WEEKS = 16


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    paths = DataPaths(tmp_path_factory.mktemp("bench") / "data").ensure()
    gen = generate.generate(paths, weeks=WEEKS, key=TEST_KEY)
    store = open_database(paths.database, TEST_KEY)
    yield paths, gen, store
    store.close()


def test_the_generator_builds_the_promised_shape(small) -> None:
    _paths, gen, store = small
    sessions = 4 * 4 * WEEKS
    assert gen.counts["session"] == sessions
    assert gen.counts["attendance"] == gen.counts["member_note"] == sessions * generate.ROSTER
    assert store.scalar("SELECT count(*) FROM member_note WHERE status <> 'signed'") == 0
    average = store.scalar("SELECT avg(length(sections)) FROM member_note")
    assert 1000 < average < 1400
    # rolling turnover: more members than seats, nobody discharged before admission
    assert gen.counts["member"] > 4 * generate.ROSTER
    assert store.scalar("SELECT count(*) FROM member WHERE discharged_on < admitted_on") == 0


def test_the_generator_uses_the_apps_schema_and_fictional_names(small) -> None:
    _paths, _gen, store = small
    applied = [r["name"] for r in store.query("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    assert applied == migration_names()
    names = store.query("SELECT DISTINCT full_name FROM member")
    assert all(r["full_name"].startswith("Bench Member ") for r in names)


def test_the_cache_key_follows_the_schema() -> None:
    assert generate.cache_key().startswith(f"v{generate.GENERATOR_VERSION}-")


def test_member_history_and_weekly_hours_return_the_right_rows(small) -> None:
    _paths, gen, store = small
    history = queries.member_history(store, gen.long_stay_member_id)
    assert len(history) == 4 * WEEKS  # the long-stay member attends every session of group 1
    assert history[0]["date"] >= history[-1]["date"]
    week = queries.weekly_hours(store, dt.date.fromisoformat(gen.last_week_start), 1)
    assert week and all(0 < r["sessions"] <= 4 for r in week)
    assert {r["week_start"] for r in week} == {gen.last_week_start}


@pytest.mark.parametrize("name", sorted(queries.MAIN_QUERIES))
def test_main_queries_use_indexes_not_scans(small, name: str) -> None:
    _paths, _gen, store = small
    params = {"member_id": 1, "first_day": "2016-01-04", "end_day": "2016-02-01"}
    plan = queries.plan(store, queries.MAIN_QUERIES[name], params)
    assert plan and queries.full_scans(plan) == [], plan


@pytest.mark.parametrize("name", ["member_attendance", "member_notes"])
def test_member_history_reads_only_covering_indexes_of_the_big_tables(small, name: str) -> None:
    _paths, _gen, store = small
    plan = queries.plan(store, queries.MAIN_QUERIES[name], {"member_id": 1})
    first = plan[0]
    assert first.startswith("SEARCH") and "COVERING INDEX" in first and "_history" in first, plan


def test_member_history_carries_each_notes_status(small) -> None:
    _paths, gen, store = small
    history = queries.member_history(store, gen.typical_member_id)
    assert history and all(r["note_status"] == "signed" and r["note_id"] for r in history)


def test_the_plan_check_would_catch_a_scan(small) -> None:
    _paths, _gen, store = small
    plan = queries.plan(store, "SELECT * FROM attendance AS a WHERE a.minutes > :m", {"m": 5})
    assert queries.full_scans(plan) == ["SCAN a"]


def test_backup_and_plaintext_copy_are_complete(small, tmp_path) -> None:
    _paths, gen, store = small
    backup_to(store, tmp_path / "backup.db", TEST_KEY)
    copy = open_database(tmp_path / "backup.db", TEST_KEY)
    assert copy.scalar("SELECT count(*) FROM member_note") == gen.counts["member_note"]
    copy.close()
    plaintext_copy(store, tmp_path / "plain.db")
    assert (tmp_path / "plain.db").read_bytes()[:15] == b"SQLite format 3"
    plain = open_database(tmp_path / "plain.db", None)
    assert plain.scalar("SELECT count(*) FROM member_note") == gen.counts["member_note"]
    plain.close()


IMPORTTIME = """import time: self [us] | cumulative | imported package
import time:       100 |        100 |   _abc
import time:       300 |      50000 | iop_facilitator.app
import time:     40000 |      40000 |   sqlite_utils.db
import time:      2000 |       2000 | iop_facilitator.cli
"""


def test_importtime_is_summarised_by_top_level_and_package() -> None:
    assert measure.importtime_top(IMPORTTIME) == [
        ("iop_facilitator.app", 50.0, 0.3),
        ("iop_facilitator.cli", 2.0, 2.0),
    ]
    assert measure.importtime_by_package(IMPORTTIME)[0] == ("sqlite_utils", 40.0)
    assert measure.importtime_slowest(IMPORTTIME, 2) == [
        ("sqlite_utils.db", 40.0),
        ("iop_facilitator.cli", 2.0),
    ]


def test_stat_reports_median_and_spread() -> None:
    s = measure.Stat((3.0, 1.0, 2.0, 10.0, 4.0))
    assert (s.median, s.low, s.high) == (3.0, 1.0, 10.0) and s.stdev > 0


def test_report_shows_skipped_rows_and_verdicts() -> None:
    report = Report(machine={"cpu": "Test CPU", "cores": "2", "python": "3", "qt": "6"})
    report.add(Row.placeholder("Open Today", "ms", "< 200 ms"))
    report.add(Row.of("Query", "ms", measure.Stat((250.0, 260.0)), "< 200 ms", 200.0))
    report.add(Row.of("Other", "ms", measure.Stat((50.0,)), "< 200 ms", 200.0))
    text = markdown(report)
    assert f"| Open Today | {SKIPPED} |" in text
    assert "| OVER |" in text and "| ok |" in text and "Test CPU" in text
    data = json.loads(as_json(report))
    assert [r["verdict"] for r in data["rows"]] == ["—", "OVER", "ok"]
    assert data["rows"][0]["median"] is None


@pytest.mark.slow
def test_peak_memory_is_the_childs_own_not_the_benchmarks() -> None:
    ballast = bytearray(200 * 1024 * 1024)  # the measuring process is big...
    ballast[::4096] = b"x" * len(ballast[::4096])
    run = measure.run_process([sys.executable, "-c", "pass"])
    assert run.returncode == 0
    if run.peak_rss_mb is not None:  # ...the child is not
        assert run.peak_rss_mb < 100, run.peak_rss_mb
    del ballast


def test_the_workload_overhead_compares_the_same_steps_and_leaves_the_unlock_aside() -> None:
    from iop_facilitator.bench.workload import STEPS
    from iop_facilitator.bench.workload_rows import workload_overhead_row

    def times(each: float, unlock: float) -> dict[str, float]:
        return {step: (unlock if step == "open" else each) for step in STEPS}

    encrypted = [times(12.0, 120.0), times(11.0, 110.0)]
    plain = [times(10.0, 1.0), times(10.0, 1.0)]
    row = workload_overhead_row(encrypted, plain)
    assert (row.low, row.high, row.runs) == (pytest.approx(10.0), pytest.approx(20.0), 2)
    assert row.verdict == "ok" and "key derivation" in row.note and "integrity check" in row.note
    assert workload_overhead_row([times(14.0, 1.0)], [times(10.0, 1.0)]).verdict == "OVER"


def test_the_readme_section_is_replaced_between_its_markers(tmp_path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        f"# App\n\n## Performance\n\n{README_START}\nold table\n{README_END}\n\nAfter.\n"
    )
    report = Report(machine={"cpu": "Test CPU", "cores": "2", "ram": "4.0 GB", "os": "Linux"})
    report.add(Row.of("Open Today", "ms", measure.Stat((12.0, 14.0)), "< 200 ms", 200.0))
    update_readme(readme, report)
    text = readme.read_text()
    assert "old table" not in text and text.startswith("# App") and text.endswith("After.\n")
    assert "Test CPU (2 cores, 4.0 GB RAM), Linux" in text and "| Open Today | 13.0 ms |" in text
    update_readme(readme, report)  # again: still one section
    assert readme.read_text().count(README_START) == 1
    (tmp_path / "bare.md").write_text("no markers\n")
    with pytest.raises(SystemExit, match="markers"):
        update_readme(tmp_path / "bare.md", report)


@pytest.mark.slow
def test_quick_mode_runs_end_to_end_and_fills_every_row(tmp_path, capsys) -> None:
    """`make bench` with --quick on a small database: every row of issue 11 is there, with a
    figure (no timing is judged here). The README is left alone without --readme."""
    from iop_facilitator.bench.__main__ import main
    from iop_facilitator.bench.start import START_ROWS
    from iop_facilitator.bench.workload_rows import WORKLOAD_ROWS

    assert main(["--quick", "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    rows = {r["name"]: r for r in data["rows"]}
    expected = [label for label, _target in START_ROWS]
    expected += [label for _step, label, *_rest in WORKLOAD_ROWS]
    expected += ["Peak memory, workload (every row above in one process)"]
    expected += ["Backup (verified, encrypted)", "Database open (SQLCipher KDF + schema check)"]
    expected += ["Start-up integrity check (quick_check, in the background)"]
    expected += ["Encryption overhead, the screens' workload (every row above)"]
    expected += ["Encryption overhead, query set (cold page cache)"]
    missing = [name for name in expected if name not in rows]
    assert missing == []
    unmeasured = [name for name in expected if rows[name]["median"] is None]
    assert unmeasured == []
    assert all(rows[name]["target"] for name in expected)
    assert any(name.startswith("Bundle size") for name in rows)
    assert data["database"]["quick"] is True and data["machine"]["ram"]
    text = (tmp_path / "latest.md").read_text(encoding="utf-8")
    assert "QUICK MODE" in text and "| Open Today |" in text
    assert "| Export 15 member PDFs |" in capsys.readouterr().out
