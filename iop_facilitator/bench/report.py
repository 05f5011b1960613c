"""The benchmark's results: rows with their target, written as Markdown and as JSON."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import sys
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from iop_facilitator.bench.measure import Stat

NOT_YET_BUILT = "not yet built"


@dataclass
class Row:
    """One line of the table. `median` is None for a placeholder or a skipped measurement."""

    name: str
    unit: str
    target: str
    median: float | None = None
    low: float | None = None
    high: float | None = None
    stdev: float | None = None
    runs: int = 0
    limit: float | None = None  # the target as a number in `unit` (None: no pass/fail)
    note: str = ""

    @classmethod
    def of(
        cls, name: str, unit: str, stat: Stat, target: str, limit: float | None, note: str = ""
    ) -> Row:
        return cls(
            name,
            unit,
            target,
            stat.median,
            stat.low,
            stat.high,
            stat.stdev,
            len(stat.values),
            limit,
            note,
        )

    @classmethod
    def placeholder(cls, name: str, unit: str, target: str, note: str = NOT_YET_BUILT) -> Row:
        return cls(name, unit, target, note=note)

    @property
    def verdict(self) -> str:
        if self.median is None:
            return "—"
        if self.limit is None:
            return "info"
        return "ok" if self.median <= self.limit else "OVER"


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    machine: dict[str, str] = field(default_factory=dict)
    database: dict[str, Any] = field(default_factory=dict)
    importtime: dict[str, Any] = field(default_factory=dict)
    started: str = field(default_factory=lambda: dt.datetime.now().isoformat(timespec="seconds"))

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        return row


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit in ("ms",) and value < 10:
        return f"{value:.2f}"
    if unit in ("%", "x"):
        return f"{value:.2f}" if unit == "x" else f"{value:+.1f}"
    return f"{value:.0f}" if value >= 100 else f"{value:.1f}"


def markdown(report: Report) -> str:
    lines = [
        f"Benchmark run {report.started} on {report.machine.get('cpu', '?')} "
        f"({report.machine.get('cores', '?')} cores), Python {report.machine.get('python', '?')}, "
        f"Qt {report.machine.get('qt', '?')}, SQLCipher {report.machine.get('sqlcipher', '?')}.",
        "",
    ]
    if report.database:
        db = report.database
        lines += [
            f"Database: {db.get('sessions', 0):,} sessions, {db.get('member_notes', 0):,} signed "
            f"member notes, {db.get('members', 0):,} members, {db.get('size_mb', 0):.0f} MB "
            f"(generator {db.get('generator', '?')}).",
            "",
        ]
    lines += [
        "| Measure | Median | Min – max | Stdev | Runs | Target | Verdict | Note |",
        "|---|---:|---:|---:|---:|---|---|---|",
    ]
    for r in report.rows:
        if r.median is None:
            lines.append(f"| {r.name} | {r.note} |  |  |  | {r.target} | — |  |")
            continue
        spread = f"{_fmt(r.low, r.unit)} – {_fmt(r.high, r.unit)}" if r.runs > 1 else ""
        stdev = _fmt(r.stdev, "" if r.unit == "%" else r.unit) if r.runs > 1 else ""
        lines.append(
            f"| {r.name} | {_fmt(r.median, r.unit)} {r.unit} | {spread} | {stdev} | {r.runs} "
            f"| {r.target} | {r.verdict} | {r.note} |"
        )
    if report.importtime:
        lines += ["", "Start-up imports (`python -X importtime`, smoke path, one run):", ""]
        lines += ["| Top-level import | Cumulative ms | Self ms |", "|---|---:|---:|"]
        for name, cumulative, own in report.importtime.get("top_level", []):
            lines.append(f"| `{name}` | {cumulative:.1f} | {own:.1f} |")
        lines += ["", "| Package (self time summed) | ms |", "|---|---:|"]
        for name, ms in report.importtime.get("by_package", []):
            lines.append(f"| `{name}` | {ms:.1f} |")
        lines += ["", "| Slowest single module (self) | ms |", "|---|---:|"]
        for name, ms in report.importtime.get("slowest", []):
            lines.append(f"| `{name}` | {ms:.1f} |")
    return "\n".join(lines) + "\n"


def as_json(report: Report) -> str:
    data = asdict(report)
    for row, raw in zip(report.rows, data["rows"], strict=True):
        raw["verdict"] = row.verdict
    return json.dumps(data, indent=2)


def write(report: Report, folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    md, js = folder / "latest.md", folder / "latest.json"
    md.write_text(markdown(report), encoding="utf-8")
    js.write_text(as_json(report), encoding="utf-8")
    return md, js


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def machine(sqlcipher: str = "") -> dict[str, str]:
    """What the figures depend on. Qt's version is read from package metadata (no Qt import)."""
    qt = _version("PySide6-Essentials")
    if qt == "?":
        qt = _version("PySide6")
    return {
        "cpu": _cpu_model(),
        "cores": str(os.cpu_count() or "?"),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "qt": qt,
        "sqlcipher": sqlcipher or "?",
        "sqlite_utils": _version("sqlite-utils"),
        "executable": sys.executable,
    }
