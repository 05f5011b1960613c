"""Benchmark: a batch export of 15 signed notes as PDF (target: under 2 s).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/export_batch.py
Builds a throwaway clinic (fictional names) in a temp folder; prints the timings only.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from iop_facilitator.clock import ManualClock  # noqa: E402
from iop_facilitator.paths import DataPaths  # noqa: E402
from iop_facilitator.services.clinic import create_clinic  # noqa: E402
from iop_facilitator.storage import RawKey  # noqa: E402
from tests.unit.export_fixtures import run_session, sign_all  # noqa: E402
from tests.unit.test_sessions import seed_group  # noqa: E402


def main() -> int:
    app = QApplication([])
    root = Path(tempfile.mkdtemp(prefix="iop-bench-"))
    clock = ManualClock(dt.datetime(2026, 11, 23, 8, 30).astimezone())
    clinic = create_clinic(DataPaths(root / "data").ensure(), RawKey("5a" * 32), clinic_name="Bench Clinic",
                           facilitator_name="Fac Benchwell", credentials="LADC", clock=clock)
    day = dt.date(2026, 11, 23)
    for start, members in (("09:00", 8), ("18:00", 7)):
        group, _ids, topic = seed_group(clinic, start=start, members=members)
        session_id = run_session(clinic, clock, group, day, topic=topic)
        sign_all(clinic, clock, session_id)
    notes = clinic.exports.notes_in(start=day, end=day)
    assert len(notes) == 15 and all(signed for _n, signed in notes)
    timings = []
    for run in range(3):
        began = time.perf_counter()
        result, _ = clinic.exports.export_notes(notes, root / f"out-{run}", "pdf")
        timings.append(time.perf_counter() - began)
        assert len(result.written) == 15
    clinic.close()
    print(f"15 signed notes to PDF: first {timings[0]:.2f} s (includes Qt font start-up), "
          f"then {timings[1]:.2f} s and {timings[2]:.2f} s (target < 2 s)")
    del app
    return 0 if max(timings) < 2.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
