"""`make bench`: ten years of fictional data, then the figures the app is held to.

    python -m iop_facilitator.bench [--runs 5] [--out bench-results] [--skip-start]

Prints a Markdown table and writes bench-results/latest.md and latest.json. Measurements that
need a screen not built yet are printed as "not yet built" rows, never as made-up numbers.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from iop_facilitator.bench import generate, measure, queries
from iop_facilitator.bench.report import Report, Row, machine, markdown, write
from iop_facilitator.paths import DataPaths
from iop_facilitator.storage import Key, Passphrase, Store, open_database
from iop_facilitator.storage.bulk import backup_to, cipher_version, plaintext_copy

ROOT = Path(__file__).resolve().parents[2]
QUERY_LIMIT_MS = 200.0


def _open(paths: Path, key: Key) -> Store:
    return open_database(paths, key, migrate_schema=False)


def measure_database(
    report: Report, db: Path, plain: Path, gen: generate.Generated, runs: int
) -> None:
    """Open with the KDF, then each query on a fresh connection, encrypted and plain."""
    import datetime as dt

    qset = queries.query_set(
        gen.long_stay_member_id, gen.typical_member_id, dt.date.fromisoformat(gen.last_week_start)
    )
    key = Passphrase(generate.BENCH_PASSPHRASE)
    results: dict[Key | None, tuple[list[float], list[list[float]]]] = {}
    for label_key in (key, None):
        opens: list[float] = []
        per_query: list[list[float]] = [[] for _ in qset]
        path = db if label_key is not None else plain
        for _ in range(runs):
            start = time.perf_counter()
            store = _open(path, label_key)
            opens.append((time.perf_counter() - start) * 1000)
            for i, q in enumerate(qset):
                per_query[i].append(measure.time_ms(lambda q=q, s=store: q.run(s)))
            store.close()
        results[label_key] = (opens, per_query)

    opens, per_query = results[key]
    report.add(
        Row.of(
            "Database open (SQLCipher KDF + schema check)",
            "ms",
            measure.Stat(tuple(opens)),
            "info (part of start)",
            None,
        )
    )
    for q, values in zip(qset, per_query, strict=True):
        report.add(
            Row.of(
                q.label,
                "ms",
                measure.Stat(tuple(values)),
                "< 200 ms",
                QUERY_LIMIT_MS,
                "cold page cache, encrypted",
            )
        )
    plain_opens, plain_per_query = results[None]
    enc_total = sum(measure.Stat(tuple(v)).median for v in per_query)
    plain_total = sum(measure.Stat(tuple(v)).median for v in plain_per_query)
    overhead = [
        (sum(e[i] for e in per_query) / max(sum(p[i] for p in plain_per_query), 1e-9) - 1) * 100
        for i in range(runs)
    ]
    report.add(
        Row.of(
            "Encryption overhead on the query set",
            "%",
            measure.Stat(tuple(overhead)),
            "< 25 %",
            25.0,
            f"sum of medians {enc_total:.1f} ms encrypted vs {plain_total:.1f} ms plain; "
            f"open without KDF {measure.Stat(tuple(plain_opens)).median:.1f} ms",
        )
    )


def measure_backup(report: Report, db: Path, runs: int) -> None:
    key = Passphrase(generate.BENCH_PASSPHRASE)
    store = _open(db, key)
    values = []
    with tempfile.TemporaryDirectory(prefix="iop-bench-") as tmp:
        target = Path(tmp) / "backup.db"
        try:
            for _ in range(runs):
                values.append(measure.time_ms(lambda: backup_to(store, target, key)))
            size_mb = target.stat().st_size / 1e6
        finally:
            store.close()
    report.add(
        Row.of(
            "Backup (SQLite backup API, keyed target)",
            "ms",
            measure.Stat(tuple(values)),
            "info",
            None,
            f"{size_mb:.0f} MB; storage.bulk.backup_to until the backup feature lands",
        )
    )


def measure_start(report: Report, db: Path, runs: int, work: Path) -> None:
    """Cold start to window shown (--smoke) against a bare PySide6 window, alternating runs."""
    data = DataPaths(work / "start-data").ensure()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{data.database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(db, data.database)  # the app writes an audit row on unlock: not into the cache
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        IOP_FACILITATOR_PASSPHRASE=generate.BENCH_PASSPHRASE,
    )
    env.pop("IOP_FACILITATOR_DATA", None)
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
            "Cold start to window shown (--smoke, 10-year db)",
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
    }


def bundle_row(report: Report) -> None:
    folder = ROOT / "dist" / "iop-facilitator"
    if not folder.exists():
        report.add(
            Row.placeholder(
                "Bundle size (dist/iop-facilitator)", "MB", "< 150 MB", "not built: run make bundle"
            )
        )
        return
    files = [folder] if folder.is_file() else [p for p in folder.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files) / (1024 * 1024)
    report.add(
        Row.of(
            "Bundle size (dist/iop-facilitator)",
            "MB",
            measure.Stat((size,)),
            "< 150 MB",
            150.0,
            "one-folder build, from make bundle",
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m iop_facilitator.bench")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median kept)")
    parser.add_argument("--out", default=str(ROOT / "bench-results"), help="results folder")
    parser.add_argument("--skip-start", action="store_true", help="skip the Qt start-up runs")
    args = parser.parse_args(argv)
    runs = max(1, args.runs)
    out = Path(args.out).resolve()
    paths, gen = generate.cached_database(out)
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
        "sessions": gen.counts.get("session", 0),
        "member_notes": gen.counts.get("member_note", 0),
        "members": gen.counts.get("member", 0),
        "attendance": gen.counts.get("attendance", 0),
        "size_mb": paths.database.stat().st_size / 1e6,
    }
    if not args.skip_start:
        measure_start(report, paths.database, runs, out)
    report.add(Row.placeholder("Open Today", "ms", "< 200 ms"))
    report.add(Row.placeholder("Open a past session", "ms", "< 200 ms"))
    measure_database(report, paths.database, plain, gen, runs)
    report.add(Row.placeholder("Full-text search over notes (first page)", "ms", "< 100 ms"))
    report.add(Row.placeholder("Export 15 member PDFs", "ms", "< 2 s"))
    measure_backup(report, paths.database, max(1, min(runs, 3)))
    bundle_row(report)
    write(report, out)
    print(markdown(report))
    print(f"Written to {out / 'latest.md'} and {out / 'latest.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
