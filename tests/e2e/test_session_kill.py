"""Kill the real app mid-session a second after typing stops: the text is on disk, resume works."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
PASS = "demo-clinic"


def env() -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("IOP_FACILITATOR")}
    e.update(QT_QPA_PLATFORM="offscreen", IOP_FACILITATOR_PASSPHRASE=PASS, PYTHONPATH=str(ROOT))
    return e


def test_sigkill_one_second_after_typing_loses_nothing(tmp_path) -> None:
    data = tmp_path / "clinic"
    made = subprocess.run(
        [sys.executable, "-m", "iop_facilitator", "--data-dir", str(data), "demo"],
        env=env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    text = "Typed just before the laptop died: plans for Saturday, a call to a sponsor."
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.session_driver", "type", str(data), text],
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.strip() == "TYPED", proc.stderr.read() if proc.stderr else ""
        time.sleep(1.0)  # typing stopped one second ago
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)  # reap it and close its pipes
    assert proc.returncode == -signal.SIGKILL
    shown_file = tmp_path / "shown.txt"
    resumed = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.helpers.session_driver",
            "resume",
            str(data),
            str(shown_file),
        ],
        env=env(),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert resumed.returncode == 0, resumed.stderr
    assert "RESUMED=True ASKED=1" in resumed.stdout
    assert shown_file.read_text(encoding="utf-8") == text
    assert text not in resumed.stdout + resumed.stderr
