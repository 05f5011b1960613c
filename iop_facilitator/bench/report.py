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

SKIPPED = "not measured"
README_START = "<!-- bench:start (written by make bench-readme; do not edit by hand) -->"
README_END = "<!-- bench:end -->"


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
    def placeholder(cls, name: str, unit: str, target: str, note: str = SKIPPED) -> Row:
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
    seconds: float = 0.0  # the whole run, generation of a missing database included

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


def machine_line(report: Report) -> str:
    m = report.machine
    return (
        f"Benchmark run {report.started} on {m.get('cpu', '?')} ({m.get('cores', '?')} cores, "
        f"{m.get('ram', '?')} RAM), {m.get('os', '?')}, Python {m.get('python', '?')}, "
        f"Qt {m.get('qt', '?')}, SQLCipher {m.get('sqlcipher', '?')}."
    )


def table(report: Report) -> list[str]:
    """The measurements: one Markdown table row each."""
    lines = [
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
    return lines


def database_line(report: Report) -> str:
    db = report.database
    quick = (
        " QUICK MODE (a small database, one run each: not for comparing)" if db.get("quick") else ""
    )
    return (
        f"Database: {db.get('weeks', '?')} weeks, {db.get('sessions', 0):,} sessions, "
        f"{db.get('member_notes', 0):,} signed member notes, {db.get('members', 0):,} members, "
        f"{db.get('size_mb', 0):.0f} MB (generator {db.get('generator', '?')}).{quick} "
        f"Whole run {report.seconds:.0f} s."
    )


def markdown(report: Report) -> str:
    lines = [machine_line(report), ""]
    if report.database:
        lines += [database_line(report), ""]
    lines += table(report)
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


def readme_section(report: Report) -> str:
    """What goes between the README's markers: the machine, the database and the table."""
    lines = [README_START, "", machine_line(report), ""]
    if report.database:
        lines += [database_line(report), ""]
    return "\n".join([*lines, *table(report), "", README_END])


def update_readme(readme: Path, report: Report) -> None:
    """Replace the text between the markers in `readme` (they must be there, once each)."""
    text = readme.read_text(encoding="utf-8")
    if text.count(README_START) != 1 or text.count(README_END) != 1:
        raise SystemExit(
            f"{readme} needs the markers {README_START!r} and {README_END!r} once each"
        )
    head, rest = text.split(README_START, 1)
    _old, tail = rest.split(README_END, 1)
    readme.write_text(head + readme_section(report) + tail, encoding="utf-8")


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


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except (OSError, ValueError, IndexError):
        pass
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        return f"{pages * size / 1024**3:.1f} GB"
    except (ValueError, OSError, AttributeError):
        return "?"


def _os_name() -> str:
    try:
        release = platform.freedesktop_os_release().get("PRETTY_NAME", "")
    except OSError:
        release = ""
    kernel = f"{platform.system()} {platform.release()}"
    return f"{release} ({kernel})" if release else kernel


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
        "os": _os_name(),
        "ram": _ram(),
        "python": platform.python_version(),
        "qt": qt,
        "sqlcipher": sqlcipher or "?",
        "sqlite_utils": _version("sqlite-utils"),
        "executable": sys.executable,
    }
