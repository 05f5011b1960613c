"""Timing helpers: repeated runs with their spread, subprocesses with their peak memory.

Qt-free: the app and the bare Qt window run in child processes.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

# The bare window stays up as long as the app's --smoke window (ui/application.py SMOKE_MS), so
# the two wall-clock times differ only by what the app does before and after showing it.
SMOKE_MS = 200
BARE_WINDOW_SCRIPT = f"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 720)
window.show()
QTimer.singleShot({SMOKE_MS}, window.close)
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Stat:
    """Several runs of one measurement, in its unit (ms, MB...)."""

    values: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    @property
    def stdev(self) -> float:
        return statistics.stdev(self.values) if len(self.values) > 1 else 0.0


def time_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000.0


@dataclass(frozen=True)
class ProcessRun:
    seconds: float
    peak_rss_mb: float | None  # None where the OS does not report it
    returncode: int
    stderr: str


# Linux keeps a process's peak RSS across fork+exec, so a child forked from the (big) benchmark
# process would report the parent's memory. A tiny launcher does the fork instead: its own
# footprint (~10 MB) is far below anything it measures.
LAUNCHER_SCRIPT = """
import json, os, subprocess, sys, time
argv = json.loads(sys.argv[1])
start = time.perf_counter()
proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
_pid, status, usage = os.wait4(proc.pid, 0)
seconds = time.perf_counter() - start
scale = 1024 * 1024 if sys.platform == "darwin" else 1024
print(json.dumps({"seconds": seconds, "peak_rss_mb": usage.ru_maxrss / scale,
                  "returncode": os.waitstatus_to_exitcode(status)}))
"""


def run_process(
    argv: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 120.0
) -> ProcessRun:
    """Run a child to completion: wall time, peak resident memory (ru_maxrss), exit code, stderr.

    On POSIX the child is started by LAUNCHER_SCRIPT so its ru_maxrss is its own; elsewhere the
    peak is not reported (None) and the time is taken here.
    """
    full_env = dict(os.environ if env is None else env)
    if not hasattr(os, "wait4"):
        start = time.perf_counter()
        done = subprocess.run(
            list(argv),
            env=full_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=timeout,
            check=False,
        )
        return ProcessRun(time.perf_counter() - start, None, done.returncode, done.stderr)
    done = subprocess.run(
        [sys.executable, "-c", LAUNCHER_SCRIPT, json.dumps(list(argv))],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    try:
        result = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return ProcessRun(0.0, None, done.returncode or 1, done.stderr)
    return ProcessRun(
        float(result["seconds"]),
        float(result["peak_rss_mb"]),
        int(result["returncode"]),
        done.stderr,
    )


def importtime_top(stderr: str, limit: int = 10) -> list[tuple[str, float, float]]:
    """From `python -X importtime` output: the top-level imports costing most, as
    (module, cumulative ms, self ms), biggest first; nested imports are counted in their parent.
    """
    rows: list[tuple[str, float, float]] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _label, self_us, cumulative_us, name = _split(line)
        if not self_us.isdigit():
            continue  # the header line
        depth = (len(name) - len(name.lstrip(" "))) // 2
        if depth == 0:  # one leading space = a top-level import of the program
            rows.append((name.strip(), int(cumulative_us) / 1000.0, int(self_us) / 1000.0))
    rows.sort(key=lambda r: r[1], reverse=True)
    return rows[:limit]


def _split(line: str) -> list[str]:
    head, rest = line.split(":", 1)
    self_us, cumulative_us, name = rest.split("|", 2)
    name = name[1:] if name.startswith(" ") else name
    return [head, self_us.strip(), cumulative_us.strip(), name]


def importtime_by_package(stderr: str, limit: int = 10) -> list[tuple[str, float]]:
    """From `python -X importtime` output: self time summed per top-level package, in ms."""
    totals: dict[str, float] = {}
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _label, self_us, _cumulative, name = _split(line)
        if not self_us.isdigit():
            continue
        root = name.strip().split(".")[0]
        totals[root] = totals.get(root, 0.0) + int(self_us) / 1000.0
    return sorted(totals.items(), key=lambda kv: kv[1], reverse=True)[:limit]


def importtime_slowest(stderr: str, limit: int = 10) -> list[tuple[str, float]]:
    """From `python -X importtime` output: the single modules with the most self time, in ms."""
    rows: list[tuple[str, float]] = []
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _label, self_us, _cumulative, name = _split(line)
            if self_us.isdigit():
                rows.append((name.strip(), int(self_us) / 1000.0))
    return sorted(rows, key=lambda r: r[1], reverse=True)[:limit]
