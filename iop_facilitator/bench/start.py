"""The app as shipped: cold start to window shown against a bare PySide6 window, its peak memory,
and the size of the last bundle."""

from __future__ import annotations

import compileall
import sys
from dataclasses import dataclass, field
from pathlib import Path

from iop_facilitator.bench import measure
from iop_facilitator.bench.folders import ROOT
from iop_facilitator.bench.report import Report, Row
from iop_facilitator.paths import DataPaths

START_ROWS = (
    ("Bare PySide6 window (same run)", "reference"),
    ("Cold start to window shown (--smoke)", "info"),
    ("Start ratio app / bare window", "≤ 2x"),
    ("Peak memory, smoke start (ru_maxrss)", "< 250 MB"),
    ("Cold start to unlock dialog shown (--smoke, no passphrase)", "info"),
)


@dataclass
class Pairs:
    """Alternating runs of the app and the bare window: times in ms, peak memory in MB."""

    app: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)
    app_rss: list[float] = field(default_factory=list)
    bare_rss: list[float] = field(default_factory=list)
    failures: list[int] = field(default_factory=list)

    def ratios(self) -> measure.Stat:
        return measure.Stat(tuple(a / b for a, b in zip(self.app, self.bare, strict=True)))


def _alternate(app_cmd: list[str], env: dict[str, str], runs: int) -> Pairs:
    """Warm the OS file cache for both (not counted), then run bare window and app in turn."""
    bare_cmd = [sys.executable, "-c", measure.BARE_WINDOW_SCRIPT]
    measure.run_process(bare_cmd, env)
    measure.run_process(app_cmd, env)
    pairs = Pairs()
    for _ in range(runs):
        b = measure.run_process(bare_cmd, env)
        a = measure.run_process(app_cmd, env)
        pairs.bare.append(b.seconds * 1000)
        pairs.app.append(a.seconds * 1000)
        if a.returncode != 0:
            pairs.failures.append(a.returncode)
        if a.peak_rss_mb is not None:
            pairs.app_rss.append(a.peak_rss_mb)
        if b.peak_rss_mb is not None:
            pairs.bare_rss.append(b.peak_rss_mb)
    return pairs


def _smoke_command(data: DataPaths) -> list[str]:
    return [sys.executable, "-m", "iop_facilitator", "--data-dir", str(data.root), "--smoke"]


def measure_start(report: Report, data: DataPaths, runs: int, env: dict[str, str]) -> None:
    """Cold start to window shown (--smoke) against a bare PySide6 window, alternating runs.

    Our modules are byte-compiled first, as an installed app's are (pip compiles on install, the
    bundle ships .pyc) and as PySide6's own already are; otherwise a machine that sets
    PYTHONDONTWRITEBYTECODE would compile our source on every run and only ours.
    """
    compileall.compile_dir(ROOT / "iop_facilitator", quiet=1)
    app_cmd = _smoke_command(data)
    pairs = _alternate(app_cmd, env, runs)
    note = f"exit codes {sorted(set(pairs.failures))}!" if pairs.failures else ""
    report.add(
        Row.of(
            "Bare PySide6 window (same run)",
            "ms",
            measure.Stat(tuple(pairs.bare)),
            "reference",
            None,
            f"shown for {measure.SMOKE_MS} ms, as --smoke",
        )
    )
    report.add(
        Row.of(
            "Cold start to window shown (--smoke)",
            "ms",
            measure.Stat(tuple(pairs.app)),
            "info",
            None,
            (note + " includes the KDF and the same window time").strip(),
        )
    )
    report.add(
        Row.of(
            "Start ratio app / bare window",
            "x",
            pairs.ratios(),
            "≤ 2x",
            2.0,
            "per alternating pair",
        )
    )
    if pairs.app_rss:
        bare_rss = measure.Stat(tuple(pairs.bare_rss)).median if pairs.bare_rss else None
        report.add(
            Row.of(
                "Peak memory, smoke start (ru_maxrss)",
                "MB",
                measure.Stat(tuple(pairs.app_rss)),
                "< 250 MB",
                250.0,
                f"bare window {bare_rss:.0f} MB" if bare_rss is not None else "",
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
    pairs = _alternate(_smoke_command(data), env, runs)
    note = f"exit codes {sorted(set(pairs.failures))}! " if pairs.failures else ""
    report.add(
        Row.of(
            "Cold start to unlock dialog shown (--smoke, no passphrase)",
            "ms",
            measure.Stat(tuple(pairs.app)),
            "info",
            None,
            f"{note}bare window {measure.Stat(tuple(pairs.bare)).median:.0f} ms in these runs, "
            f"ratio {pairs.ratios().median:.2f}x; the same dialog time",
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
