"""`make bench`: ten years of fictional data, then the figures the app is held to.

    python -m iop_facilitator.bench [--runs 5] [--out bench-results] [--skip-start]

Prints a Markdown table and writes bench-results/latest.md and latest.json. Measurements that
need a screen not built yet are printed as "not yet built" rows, never as made-up numbers.
"""

from __future__ import annotations

import argparse
import functools
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
    import datetime as dt

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
        "slowest": measure.importtime_slowest(importtime.stderr),
    }


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
    measure_database(report, paths.database, plain, gen, runs * QUERY_RUNS_FACTOR)
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
