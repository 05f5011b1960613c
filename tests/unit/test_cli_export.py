"""`iop-facilitator export ...` in a real subprocess, as a script would run it."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from pypdf import PdfReader

from iop_facilitator.services.demo import FIRST, LAST
from tests.unit.test_cli import PASS, cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    data = tmp_path_factory.mktemp("cli-export") / "demo"
    made = cli("--data-dir", str(data), "demo", env_pass=PASS)
    assert made.returncode == 0, made.stderr
    return data


def export(demo_dir, *args):
    return cli("--data-dir", str(demo_dir), "export", *args, env_pass=PASS)


def no_names(text: str) -> None:
    for first, last in zip(FIRST, LAST, strict=True):
        assert f"{first} {last}" not in text and last not in text


def test_notes_for_a_range_one_line_per_file(demo_dir, tmp_path) -> None:
    today = dt.date.today()
    start = (today - dt.timedelta(days=14)).isoformat()
    result = export(
        demo_dir,
        "notes",
        "--from",
        start,
        "--to",
        today.isoformat(),
        "--group",
        "Morning IOP",
        "--out",
        str(tmp_path / "notes"),
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(
        line.endswith("_Morning-IOP_DAP.pdf") and "_DEMO-" in line for line in lines
    )
    assert result.stderr.startswith(f"Wrote {len(lines)} of {len(lines)} note(s).")
    no_names(result.stdout + result.stderr)
    for line in lines[:3]:
        reader = PdfReader(line)
        assert "42 CFR part 2" in reader.pages[0].extract_text().replace("\t", " ")
    text = export(
        demo_dir,
        "notes",
        "--from",
        start,
        "--to",
        today.isoformat(),
        "--format",
        "txt",
        "--out",
        str(tmp_path / "txt"),
    )
    assert text.returncode == 0 and all(line.endswith(".txt") for line in text.stdout.splitlines())


def test_csv_summary_and_sign_in(demo_dir, tmp_path) -> None:
    today = dt.date.today()
    start = (today - dt.timedelta(days=21)).isoformat()
    out = str(tmp_path / "reports")
    attendance = export(
        demo_dir, "attendance", "--from", start, "--to", today.isoformat(), "--out", out
    )
    hours = export(demo_dir, "hours", "--from", start, "--to", today.isoformat(), "--out", out)
    assert attendance.returncode == 0 and hours.returncode == 0, attendance.stderr + hours.stderr
    with open(attendance.stdout.strip(), encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {r["billing_code"] for r in rows} == {"H0015"}
    with open(hours.stdout.strip(), encoding="utf-8-sig", newline="") as handle:
        weeks = list(csv.DictReader(handle))
    assert weeks and all(w["below_target"] in ("yes", "no") for w in weeks)
    day = rows[0]["date"]
    summary = export(demo_dir, "summary", "--group", rows[0]["group"], "--from", day, "--out", out)
    signin = export(demo_dir, "signin", "--session", "1", "--out", out)
    assert summary.returncode == 0 and signin.returncode == 0, summary.stderr + signin.stderr
    assert summary.stdout.strip().endswith("group-summary-INTERNAL.pdf")
    assert signin.stdout.strip().endswith("_sign-in.pdf")
    no_names(attendance.stdout + hours.stdout + summary.stdout + signin.stdout + summary.stderr)


def test_bad_input_and_unwritable_folder_exit_codes(demo_dir, tmp_path) -> None:
    bad_date = export(demo_dir, "hours", "--from", "yesterday")
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
    no_group = export(demo_dir, "attendance", "--from", "2026-01-01", "--group", "Nope")
    assert no_group.returncode == 2 and "no group called 'Nope'" in no_group.stderr
    no_session = export(demo_dir, "signin", "--session", "99999")
    assert no_session.returncode == 2
    blocker = tmp_path / "file"
    blocker.write_text("x")
    unwritable = export(demo_dir, "signin", "--session", "1", "--out", str(blocker / "sub"))
    assert unwritable.returncode == 3 and "cannot be created" in unwritable.stderr
    assert unwritable.stdout == "" and "Traceback" not in unwritable.stderr
