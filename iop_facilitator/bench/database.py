"""The database rows: opening with the key derivation, the query set on fresh connections
(encrypted against the unencrypted copy), the start-up integrity check and the backup."""

from __future__ import annotations

import datetime as dt
import functools
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from iop_facilitator.bench import generate, measure, queries
from iop_facilitator.bench.folders import open_generated
from iop_facilitator.bench.report import Report, Row
from iop_facilitator.paths import DataPaths
from iop_facilitator.storage import Key, Passphrase

T = TypeVar("T")
QUERY_LIMIT_MS = 200.0
QUERY_RUNS_FACTOR = 3  # queries are quick: more runs steady their medians on a busy machine


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
            store = open_generated(path, key)
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


def measure_startup_check(report: Report, db: Path, runs: int) -> None:
    """The integrity check open_clinic runs before the first window (services/integrity.py):
    `quick_check` reads every page of the file, so it grows with the database."""
    from iop_facilitator.storage import maintenance

    values: list[float] = []
    store = open_generated(db, Passphrase(generate.BENCH_PASSPHRASE))
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
