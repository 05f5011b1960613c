"""`make bench`: ten years of fictional data, then the figures the app is held to.

    python -m iop_facilitator.bench [--runs 5] [--out bench-results] [--skip-start]

Prints a Markdown table and writes bench-results/latest.md and latest.json. Measurements that
need a screen not built yet are printed as "not yet built" rows, never as made-up numbers.

This module reads the options and runs the measurements in order; they live in start.py (the app's
start against a bare window, the bundle), workload_rows.py (the screens' work, run by workload.py
in child processes) and database.py (the query set, the integrity check, the backup).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from iop_facilitator.bench import generate
from iop_facilitator.bench.database import (
    QUERY_RUNS_FACTOR,
    measure_backup,
    measure_database,
    measure_startup_check,
)
from iop_facilitator.bench.folders import ROOT, child_env, open_generated, working_copy
from iop_facilitator.bench.report import Report, Row, machine, markdown, update_readme, write
from iop_facilitator.bench.start import (
    START_ROWS,
    bundle_row,
    measure_start,
    measure_start_dialog,
)
from iop_facilitator.bench.workload_rows import measure_workload
from iop_facilitator.paths import DataPaths
from iop_facilitator.storage import Passphrase
from iop_facilitator.storage.bulk import cipher_version, plaintext_copy

QUICK_WEEKS = 6  # --quick: a small database, enough for every row to be measured once
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
    store = open_generated(paths.database, Passphrase(generate.BENCH_PASSPHRASE))
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
