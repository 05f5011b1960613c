"""One writer per data folder; a lock left by a killed process does not block the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from iop_facilitator import errors
from iop_facilitator.instance_lock import InstanceLock, describe_holder


def test_a_second_holder_is_refused_naming_the_first(tmp_path) -> None:
    path = tmp_path / "iop-facilitator.lock"
    with InstanceLock(path):
        with pytest.raises(errors.AlreadyRunning) as caught:
            InstanceLock(path).acquire()
        assert f"process {os.getpid()}" in caught.value.message
        assert caught.value.exit_code == 5
    # Released: the next one gets it, and the file no longer names anyone.
    with InstanceLock(path) as again:
        assert again.held
    assert path.read_text(encoding="utf-8") == ""


def test_describe_holder_survives_garbage() -> None:
    assert "process ?" in describe_holder("nonsense\x00")
    assert "started 2026-11-23 08:30" in describe_holder(
        "pid=7\nhost=h\nstarted=2026-11-23T08:30:00+00:00"
    )


@pytest.mark.slow
def test_a_killed_holder_leaves_a_stale_lock_that_does_not_block(tmp_path) -> None:
    path = tmp_path / "iop-facilitator.lock"
    code = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from iop_facilitator.instance_lock import InstanceLock
        lock = InstanceLock(Path({str(path)!r})).acquire()
        print("held", flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    try:
        with pytest.raises(errors.AlreadyRunning, match=f"process {child.pid}"):
            InstanceLock(path).acquire()
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate()
    assert f"pid={child.pid}" in path.read_text(encoding="utf-8")  # stale text left behind
    with InstanceLock(path) as lock:
        assert lock.held
        assert f"pid={os.getpid()}" in path.read_text(encoding="utf-8")
