"""`make bench`: ten years of fictional data, then the figures the app is held to.

    python -m iop_facilitator.bench [--runs 5] [--out bench-results] [--skip-start]

Prints a Markdown table and writes bench-results/latest.md and latest.json. Measurements that
need a screen not built yet are printed as "not yet built" rows, never as made-up numbers.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import functools
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from iop_facilitator.bench import generate, measure, queries, workload
from iop_facilitator.bench.report import Report, Row, machine, markdown, update_readme, write
from iop_facilitator.paths import DataPaths
from iop_facilitator.storage import Key, Passphrase, Store, open_database
from iop_facilitator.storage.bulk import cipher_version, plaintext_copy

ROOT = Path(__file__).resolve().parents[2]
QUICK_WEEKS = 6  # --quick: a small database, enough for every row to be measured once
START_ROWS = (
    ("Bare PySide6 window (same run)", "reference"),
    ("Cold start to window shown (--smoke)", "info"),
    ("Start ratio app / bare window", "≤ 2x"),
    ("Peak memory, smoke start (ru_maxrss)", "< 250 MB"),
    ("Cold start to unlock dialog shown (--smoke, no passphrase)", "info"),
)
T = TypeVar("T")
QUERY_LIMIT_MS = 200.0
QUERY_RUNS_FACTOR = 3  # queries are quick: more runs steady their medians on a busy machine


def _open(paths: Path, key: Key) -> Store:
    return open_database(paths, key, migrate_schema=False)


QueryRuns = tuple[list[float], list[list[float]], list[list[float]]]


def _query_runs(
    sources: list[tuple[Path, Key]], qset: list[queries.TimedQuery], runs: int
) -> list[QueryRuns]:
    """Per run and source: open a fresh connection (timed), then each query cold and once more.

    The sources alternate run by run, so the machine's noise falls on both alike.
    """
    results: list[QueryRuns] = [([], [[] for _ in qset], [[] for _ in qset]) for _ in sources]
    for _ in range(runs):
        for (path, key), (opens, cold, again) in zip(sources, results, strict=True):
            start = time.perf_counter()
            store = _open(path, key)
            opens.append((time.perf_counter() - start) * 1000)
            for i, q in enumerate(qset):
                action = functools.partial(q.run, store)
                cold[i].append(measure.time_ms(action))
                again[i].append(measure.time_ms(action))
            store.close()
    return results


def _overhead(enc: list[list[float]], plain: list[list[float]], runs: int) -> measure.Stat:
    """Per run: (sum of the query set encrypted / the same plain - 1), in percent."""
    return measure.Stat(
        tuple(
            (sum(q[i] for q in enc) / max(sum(q[i] for q in plain), 1e-9) - 1) * 100
            for i in range(runs)
        )
    )


def measure_database(
    report: Report, db: Path, plain: Path, gen: generate.Generated, runs: int
) -> None:
    """Open with the KDF, then the query set on fresh connections, encrypted and plain."""
    qset = queries.query_set(
        gen.long_stay_member_id, gen.typical_member_id, dt.date.fromisoformat(gen.last_week_start)
    )
    encrypted, unencrypted = _query_runs(
        [(db, Passphrase(generate.BENCH_PASSPHRASE)), (plain, None)], qset, runs
    )
    opens, cold, warm = encrypted
    plain_opens, plain_cold, plain_warm = unencrypted
    report.add(
        Row.of(
            "Database open (SQLCipher KDF + schema check)",
            "ms",
            measure.Stat(tuple(opens)),
            "info (part of start)",
            None,
            f"unencrypted copy opens in {measure.Stat(tuple(plain_opens)).median:.1f} ms",
        )
    )
    for q, c, w, pc in zip(qset, cold, warm, plain_cold, strict=True):
        report.add(
            Row.of(
                q.label,
                "ms",
                measure.Stat(tuple(c)),
                "< 200 ms",
                QUERY_LIMIT_MS,
                f"first query on a new connection; again {measure.Stat(tuple(w)).median:.1f} ms, "
                f"unencrypted {measure.Stat(tuple(pc)).median:.1f} ms",
            )
        )
    for label, enc, pl in (
        ("cold page cache", cold, plain_cold),
        ("repeated on the same connection", warm, plain_warm),
    ):
        enc_total = sum(measure.Stat(tuple(v)).median for v in enc)
        plain_total = sum(measure.Stat(tuple(v)).median for v in pl)
        report.add(
            Row.of(
                f"Encryption overhead, query set ({label})",
                "%",
                _overhead(enc, pl, runs),
                "< 25 %",
                25.0,
                f"{enc_total:.1f} ms encrypted vs {plain_total:.1f} ms unencrypted",
            )
        )


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


def measure_startup_check(report: Report, db: Path, runs: int) -> None:
    """The integrity check open_clinic runs before the first window (services/integrity.py):
    `quick_check` reads every page of the file, so it grows with the database."""
    from iop_facilitator.storage import maintenance

    values: list[float] = []
    store = _open(db, Passphrase(generate.BENCH_PASSPHRASE))
    try:
        for _ in range(runs):
            measure_once(values, lambda: maintenance.check(store, full=False))
        pages = int(store.scalar("PRAGMA page_count"))
    finally:
        store.close()
    report.add(
        Row.of(
            "Start-up integrity check (quick_check, in the background)",
            "ms",
            measure.Stat(tuple(values)),
            "info",
            None,
            f"reads all {pages:,} pages after the window shows (before it only under 32 MB "
            "or when the schema must be upgraded); weekly a full integrity_check",
        )
    )


def measure_backup(report: Report, data_dir: Path, runs: int) -> None:
    """The app's own backup (copy, verify by reopening, rotate), into a temporary folder."""
    from iop_facilitator.clock import ManualClock
    from iop_facilitator.services.clinic import open_clinic

    key = Passphrase(generate.BENCH_PASSPHRASE)
    values: list[float] = []
    with tempfile.TemporaryDirectory(prefix="iop-bench-") as tmp:
        clinic = open_clinic(DataPaths(data_dir), key, clock=ManualClock(dt.datetime.now()))
        try:
            clinic.settings.update({"backup_folder": tmp})
            for _ in range(runs):
                info, _ = measure_once(values, clinic.backups.back_up)
                size_mb = info.size / 1e6
                info.path.unlink()
                info.sidecar.unlink(missing_ok=True)
            clinic.settings.update({"backup_folder": ""})
        finally:
            clinic.close()
    report.add(
        Row.of(
            "Backup (verified, encrypted)",
            "ms",
            measure.Stat(tuple(values)),
            "info",
            None,
            f"{size_mb:.0f} MB: SQLite backup API, then reopened and counted",
        )
    )


def measure_once(values: list[float], action: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = action()
    values.append((time.perf_counter() - start) * 1000.0)
    return result


def measure_start(report: Report, data: DataPaths, runs: int, env: dict[str, str]) -> None:
    """Cold start to window shown (--smoke) against a bare PySide6 window, alternating runs.

    Our modules are byte-compiled first, as an installed app's are (pip compiles on install, the
    bundle ships .pyc) and as PySide6's own already are; otherwise a machine that sets
    PYTHONDONTWRITEBYTECODE would compile our source on every run and only ours.
    """
    compileall.compile_dir(ROOT / "iop_facilitator", quiet=1)
    app_cmd = [sys.executable, "-m", "iop_facilitator", "--data-dir", str(data.root), "--smoke"]
    bare_cmd = [sys.executable, "-c", measure.BARE_WINDOW_SCRIPT]
    measure.run_process(bare_cmd, env)  # warm the OS file cache for both; not counted
    measure.run_process(app_cmd, env)
    bare, app, rss, bare_rss, failures = [], [], [], [], []
    for _ in range(runs):
        b = measure.run_process(bare_cmd, env)
        a = measure.run_process(app_cmd, env)
        bare.append(b.seconds * 1000)
        app.append(a.seconds * 1000)
        if a.returncode != 0:
            failures.append(a.returncode)
        if a.peak_rss_mb is not None:
            rss.append(a.peak_rss_mb)
        if b.peak_rss_mb is not None:
            bare_rss.append(b.peak_rss_mb)
    note = f"exit codes {sorted(set(failures))}!" if failures else ""
    report.add(
        Row.of(
            "Bare PySide6 window (same run)",
            "ms",
            measure.Stat(tuple(bare)),
            "reference",
            None,
            f"shown for {measure.SMOKE_MS} ms, as --smoke",
        )
    )
    report.add(
        Row.of(
            "Cold start to window shown (--smoke)",
            "ms",
            measure.Stat(tuple(app)),
            "info",
            None,
            (note + " includes the KDF and the same window time").strip(),
        )
    )
    ratios = tuple(a / b for a, b in zip(app, bare, strict=True))
    report.add(
        Row.of(
            "Start ratio app / bare window",
            "x",
            measure.Stat(ratios),
            "≤ 2x",
            2.0,
            "per alternating pair",
        )
    )
    if rss:
        bare_note = f"bare window {measure.Stat(tuple(bare_rss)).median:.0f} MB" if bare_rss else ""
        report.add(
            Row.of(
                "Peak memory, smoke start (ru_maxrss)",
                "MB",
                measure.Stat(tuple(rss)),
                "< 250 MB",
                250.0,
                bare_note,
            )
        )
    importtime = measure.run_process([sys.executable, "-X", "importtime", *app_cmd[1:]], env)
    report.importtime = {
        "top_level": measure.importtime_top(importtime.stderr),
        "by_package": measure.importtime_by_package(importtime.stderr),
        "slowest": measure.importtime_slowest(importtime.stderr),
    }


def measure_start_dialog(report: Report, data: DataPaths, runs: int, env: dict[str, str]) -> None:
    """Cold start to the unlock dialog (--smoke without a passphrase: the dialog is shown for
    SMOKE_MS, then cancelled) against the bare window, alternating runs as measure_start does."""
    env = {k: v for k, v in env.items() if k != "IOP_FACILITATOR_PASSPHRASE"}
    app_cmd = [sys.executable, "-m", "iop_facilitator", "--data-dir", str(data.root), "--smoke"]
    bare_cmd = [sys.executable, "-c", measure.BARE_WINDOW_SCRIPT]
    measure.run_process(app_cmd, env)  # warm the file cache; not counted
    bare, app, failures = [], [], []
    for _ in range(runs):
        b = measure.run_process(bare_cmd, env)
        a = measure.run_process(app_cmd, env)
        bare.append(b.seconds * 1000)
        app.append(a.seconds * 1000)
        if a.returncode != 0:
            failures.append(a.returncode)
    ratio = measure.Stat(tuple(a / b for a, b in zip(app, bare, strict=True))).median
    note = f"exit codes {sorted(set(failures))}! " if failures else ""
    report.add(
        Row.of(
            "Cold start to unlock dialog shown (--smoke, no passphrase)",
            "ms",
            measure.Stat(tuple(app)),
            "info",
            None,
            f"{note}bare window {measure.Stat(tuple(bare)).median:.0f} ms in these runs, "
            f"ratio {ratio:.2f}x; the same dialog time",
        )
    )


def bundle_size_mb(folder: Path) -> float:
    """Bytes on disk of a one-folder bundle (symlinks counted once) or of a one-file build."""
    if folder.is_file():
        return folder.stat().st_size / (1024 * 1024)
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / (1024 * 1024)


def bundle_row(report: Report) -> None:
    folder = ROOT / "dist" / "iop-facilitator"
    if not folder.exists():
        report.add(
            Row.placeholder(
                "Bundle size (dist/iop-facilitator)", "MB", "< 150 MB", "not built: run make bundle"
            )
        )
        return
    report.add(
        Row.of(
            "Bundle size (dist/iop-facilitator)",
            "MB",
            measure.Stat((bundle_size_mb(folder),)),
            "< 150 MB",
            150.0,
            "from the last make bundle",
        )
    )


def working_copy(database: Path, folder: Path) -> DataPaths:
    """A data folder holding a copy of `database` to run the app on: it writes audit rows on
    unlock, so the cached database itself is never opened by the app."""
    data = DataPaths(folder).ensure()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{data.database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(database, data.database)
    return data


def child_env() -> dict[str, str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        IOP_FACILITATOR_PASSPHRASE=generate.BENCH_PASSPHRASE,
    )
    env.pop("IOP_FACILITATOR_DATA", None)
    return env


ONLY_GROUPS = ("search", "today", "session", "history", "weekly_hours", "program_report")


def measure_only(args: argparse.Namespace) -> int:
    """`--only search`: those workload rows on an existing database; never generates one."""
    out = Path(args.out).resolve()
    weeks = QUICK_WEEKS if args.quick else generate.WEEKS
    if args.data:
        folder = Path(args.data).resolve()
    else:
        size = "10y" if weeks == generate.WEEKS else f"{weeks}w"
        folder = out / f"db-{size}-{generate.cache_key()}"
    meta = folder / "bench-meta.json"
    paths = DataPaths(folder)
    if not (meta.exists() and paths.database.exists()):
        raise SystemExit(
            f"No generated database in {folder}: run the full bench once, or give --data FOLDER."
        )
    gen = generate.Generated(**json.loads(meta.read_text(encoding="utf-8")))
    report = Report(machine=machine("-"))
    runs = 1 if args.quick else max(1, args.runs)
    data = working_copy(paths.database, out / "work-data")  # the app migrates, audits
    measure_workload(report, data.root, gen, runs, child_env(), only=args.only)
    print(markdown(report))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m iop_facilitator.bench")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median kept)")
    parser.add_argument("--out", default=str(ROOT / "bench-results"), help="results folder")
    parser.add_argument("--skip-start", action="store_true", help="skip the Qt start-up runs")
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"a {QUICK_WEEKS}-week database and 1 run each: checks the suite, not the targets",
    )
    parser.add_argument(
        "--readme",
        nargs="?",
        const=str(ROOT / "README.md"),
        metavar="FILE",
        help="after the run, put the table into FILE's Performance section (default README.md)",
    )
    parser.add_argument(
        "--only",
        choices=["start", *ONLY_GROUPS],
        help="run only these rows: start (cold start against a bare window; writes "
        "only-start.md) or a workload group such as search (printed, no report)",
    )
    parser.add_argument(
        "--data",
        metavar="FOLDER",
        help="with --only: an already generated data folder to use (a copy of it is measured)",
    )
    args = parser.parse_args(argv)
    if args.only and args.only != "start":
        return measure_only(args)
    runs = 1 if args.quick else max(1, args.runs)
    out = Path(args.out).resolve()
    began = time.perf_counter()
    paths, gen = generate.cached_database(out, weeks=QUICK_WEEKS if args.quick else generate.WEEKS)
    generated_s = time.perf_counter() - began
    plain = paths.root / "plaintext-copy.db"
    store = _open(paths.database, Passphrase(generate.BENCH_PASSPHRASE))
    try:
        if not plain.exists():
            plaintext_copy(store, plain)
        sqlcipher = cipher_version(store)
    finally:
        store.close()
    report = Report(machine=machine(sqlcipher))
    report.database = {
        "generator": generate.cache_key(),
        "weeks": QUICK_WEEKS if args.quick else generate.WEEKS,
        "quick": args.quick,
        "sessions": gen.counts.get("session", 0),
        "member_notes": gen.counts.get("member_note", 0),
        "members": gen.counts.get("member", 0),
        "attendance": gen.counts.get("attendance", 0),
        "size_mb": paths.database.stat().st_size / 1e6,
        "prepare_seconds": round(generated_s, 1),
    }
    data = working_copy(paths.database, out / "work-data")
    env = child_env()
    if args.only == "start":
        measure_start(report, data, runs, env)
        measure_start_dialog(report, data, runs, env)
        report.seconds = round(time.perf_counter() - began, 1)
        table = markdown(report)
        (out / "only-start.md").write_text(table, encoding="utf-8")
        print(table)
        return 0
    if args.skip_start:
        for label, target in START_ROWS:
            report.add(Row.placeholder(label, "", target, "skipped (--skip-start)"))
    else:
        measure_start(report, data, runs, env)
        measure_start_dialog(report, data, runs, env)
    plain_data = working_copy(plain, out / "work-data-unencrypted")
    measure_workload(report, data.root, gen, runs, env, plain_dir=plain_data.root)
    measure_database(report, paths.database, plain, gen, runs * QUERY_RUNS_FACTOR)
    measure_startup_check(report, paths.database, 1 if args.quick else min(runs, 3))
    measure_backup(report, data.root, 1 if args.quick else max(1, min(runs, 3)))
    bundle_row(report)
    report.seconds = round(time.perf_counter() - began, 1)
    write(report, out)
    print(markdown(report))
    print(f"Written to {out / 'latest.md'} and {out / 'latest.json'}")
    if args.readme:
        update_readme(Path(args.readme), report)
        print(f"Performance section of {args.readme} updated.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
