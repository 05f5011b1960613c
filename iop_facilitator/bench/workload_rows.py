"""The screens' workload rows: the parent side of `bench/workload.py`, which runs in a child
process per run; here the runs are started, their medians become rows, and the encrypted run is
compared with the same steps on the unencrypted copy."""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from iop_facilitator.bench import generate, measure, workload
from iop_facilitator.bench.report import Report, Row

# Rows from the workload child: (step, label, target text, limit in ms or None, what it does).
WORKLOAD_ROWS = (
    (
        "today",
        "Open Today",
        "< 200 ms",
        200.0,
        "today's groups, members to watch, unsigned notes (the Today page's calls)",
    ),
    (
        "session",
        "Open a past session (a year ago)",
        "< 200 ms",
        200.0,
        "session, roster, topic, agenda, its notes and progress",
    ),
    (
        "history",
        "Member history (longest-staying member: 10 years)",
        "< 200 ms",
        200.0,
        "Members page history, progress chart data and the session list",
    ),
    (
        "search_common",
        "Full-text search over notes, first page (common word)",
        "< 100 ms",
        100.0,
        "first 50 hits, {search_common_order}; '{common}' is in {search_common_hits_total} notes",
    ),
    (
        "search_rare",
        "Full-text search over notes, first page (rare word)",
        "< 100 ms",
        100.0,
        "one member's notes",
    ),
    (
        "weekly_hours",
        "Weekly hours report (one week, all groups, CSV)",
        "< 200 ms",
        200.0,
        "exports.export_hours",
    ),
    (
        "program_report",
        "Program report (Reports page, 12 weeks)",
        "< 200 ms",
        200.0,
        "reports.program_report",
    ),
    (
        "pdfs_15",
        "Export 15 member PDFs",
        "< 2 s",
        2000.0,
        "first batch in the process (fonts not loaded yet); again {pdfs_15_again:.0f} ms",
    ),
)


def measure_workload(
    report: Report,
    data_dir: Path,
    gen: generate.Generated,
    runs: int,
    env: dict[str, str],
    only: str | None = None,
    plain_dir: Path | None = None,
) -> None:
    """The screens' service calls, each run in a fresh child process; medians over the runs.

    `only` (e.g. "search"): just the rows whose steps start with it (no PDFs).
    `plain_dir`: a data folder holding the unencrypted copy; each run then also runs the same
    steps there (alternating, so the machine's noise falls on both) for the overhead row.
    """
    day = dt.date.fromisoformat(gen.last_week_start) + dt.timedelta(days=3)  # a Thursday
    runs_times: list[dict[str, float]] = []
    plain_times: list[dict[str, float]] = []
    found: dict[str, object] = {}
    rss: list[float] = []
    failures = []
    with tempfile.TemporaryDirectory(prefix="iop-bench-") as tmp:
        result = Path(tmp) / "result.json"

        def argv(folder: Path) -> list[str]:
            return [
                sys.executable, "-m", "iop_facilitator.bench.workload", str(folder), str(result),
                "--day", day.isoformat(), "--member", str(gen.long_stay_member_id),
                "--rare", f"{gen.typical_member_id:04d}",
            ] + (["--only", only] if only else [])  # fmt: skip

        for _ in range(runs):
            result.unlink(missing_ok=True)
            done = measure.run_process(argv(data_dir), env, timeout=600)
            if done.returncode != 0 or not result.exists():
                failures.append(done.stderr.strip().splitlines()[-1:] or [str(done.returncode)])
                continue
            data = json.loads(result.read_text(encoding="utf-8"))
            runs_times.append(data["times"])
            found = data["found"]
            if done.peak_rss_mb is not None:
                rss.append(done.peak_rss_mb)
            if plain_dir is not None:
                result.unlink(missing_ok=True)
                done = measure.run_process([*argv(plain_dir), "--unencrypted"], env, timeout=600)
                if done.returncode != 0 or not result.exists():
                    failures.append(done.stderr.strip().splitlines()[-1:] or ["unencrypted"])
                    continue
                plain_times.append(json.loads(result.read_text(encoding="utf-8"))["times"])
    if failures:
        raise SystemExit(f"The workload run failed: {failures[0]}")
    if not only and found.get("pdfs_15_written") != workload.PDF_BATCH:
        raise SystemExit(f"The workload exported {found.get('pdfs_15_written')} PDFs, not 15")

    def stat(step: str) -> measure.Stat:
        return measure.Stat(tuple(t[step] for t in runs_times))

    if only:
        rows = [row for row in WORKLOAD_ROWS if row[0].startswith(only)]
        values = dict(found, common=workload.COMMON_TERM)
    else:
        rows = list(WORKLOAD_ROWS)
        values = dict(found, pdfs_15_again=stat("pdfs_15_again").median)
        values["common"] = workload.COMMON_TERM
    for step, label, target, limit, note in rows:
        report.add(Row.of(label, "ms", stat(step), target, limit, note.format(**values)))
    if plain_times and not only:
        report.add(workload_overhead_row(runs_times, plain_times))
    if rss and not only:
        report.add(
            Row.of(
                "Peak memory, workload (every row above in one process)",
                "MB",
                measure.Stat(tuple(rss)),
                "< 250 MB",
                250.0,
                "ru_maxrss of the child: clinic open, screens' queries, 2 x 15 PDFs",
            )
        )


def workload_overhead_row(encrypted: list[dict[str, float]], plain: list[dict[str, float]]) -> Row:
    """Per run: (the screens' steps encrypted / the same steps unencrypted - 1), in percent.

    The open is left out of the sum and shown in the note: it is the key derivation (once per
    unlock, slow by design) and the integrity check reading every page, which the app runs in
    the background after its window shows (the start-up rows measure that path).
    """
    steps = [step for step in workload.STEPS if step != "open"]
    per_run = tuple(
        (sum(e[s] for s in steps) / max(sum(p[s] for s in steps), 1e-9) - 1) * 100
        for e, p in zip(encrypted, plain, strict=False)
    )

    def median(times: list[dict[str, float]], keys: list[str]) -> float:
        return measure.Stat(tuple(sum(t[k] for k in keys) for t in times)).median

    return Row.of(
        "Encryption overhead, the screens' workload (every row above)",
        "%",
        measure.Stat(per_run),
        "< 25 %",
        25.0,
        f"{median(encrypted, steps):.0f} ms encrypted vs {median(plain, steps):.0f} ms "
        f"unencrypted, same steps in alternating runs; opening (key derivation, integrity check "
        f"of every page: in the app after the window shows) {median(encrypted, ['open']):.0f} ms "
        f"vs {median(plain, ['open']):.0f} ms",
    )
