"""The crash handler writes where the code failed, never what the user typed."""

from __future__ import annotations

import sys

from iop_facilitator.crash import scrubbed_report, write_crash_report


def test_report_leaves_out_message_and_values(tmp_path) -> None:
    secret = "Zephyrine Q. Example said she used on Friday"
    try:
        note_text = secret  # noqa: F841 - a local that must not appear in the report
        raise ValueError(secret)
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
    assert exc_type is not None
    report = scrubbed_report(exc_type, exc, tb)
    assert "ValueError" in report and "test_crash.py" in report
    assert "Zephyrine" not in report and "Friday" not in report
    path = write_crash_report(tmp_path, exc_type, exc, tb)
    assert path is not None and "Zephyrine" not in path.read_text()
