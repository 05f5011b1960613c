"""Headless access with each passphrase source, and no client data in logs or output.

Real processes: the CLI as a script (or a person at a terminal) would run it.
"""

from __future__ import annotations

import json
import os
import select
import sys
import time

import pytest

from iop_facilitator.crash import setup_logging, write_crash_report
from iop_facilitator.paths import DataPaths
from iop_facilitator.services.clinic import open_clinic
from iop_facilitator.storage import Passphrase
from tests.unit.test_cli import cli

pytestmark = pytest.mark.slow

PASS = "tundra violet copper nine"
# Distinctive fictional client data: none of it may leave the encrypted database.
MEMBER = ("Zephyrine", "Oblonsky-Quartermaine", "FICT-77321")
NOTE = "Zephyrine disclosed a relapse after the Wexcombe reunion"
QUICK = "Kettlebrook quick note about Oblonsky-Quartermaine"
SECRETS = (*MEMBER, "Wexcombe", "Kettlebrook", PASS)


def init_clinic(data) -> None:
    made = cli("--data-dir", str(data), "init", "--facilitator", "Fac Testwell", env_pass=PASS)
    assert made.returncode == 0, made.stderr


def fill_with_client_data(paths: DataPaths) -> None:
    """Members, a session, attendance with a quick note, and a note, through the Store."""
    clinic = open_clinic(paths, Passphrase(PASS))
    store, now = clinic.store, clinic.ctx.now_iso()
    with clinic.ctx.write():
        group = store.insert(
            "therapy_group", {"name": "Evening", "track": "substance_use", "created_at": now}
        )
        member = store.insert(
            "member",
            {
                "preferred_name": MEMBER[0],
                "full_name": f"{MEMBER[0]} {MEMBER[1]}",
                "chart_id": MEMBER[2],
                "track": "substance_use",
                "phase": "engagement",
                "admitted_on": now[:10],
                "created_at": now,
                "updated_at": now,
            },
        )
        session = store.insert(
            "session",
            {
                "group_id": group,
                "date": now[:10],
                "planned_start": now,
                "planned_end": now,
                "created_at": now,
                "updated_at": now,
            },
        )
        store.insert(
            "attendance",
            {
                "session_id": session,
                "member_id": member,
                "status": "present",
                "quick_note": QUICK,
                "updated_at": now,
            },
        )
        store.insert(
            "member_note",
            {
                "session_id": session,
                "member_id": member,
                "format": "DAP",
                "sections": json.dumps({"data": NOTE}),
                "created_at": now,
                "updated_at": now,
            },
        )
        clinic.ctx.audit("note_edit", "member_note", 1, {"member": member})
    clinic.security.change_passphrase(Passphrase(PASS), Passphrase(PASS + " x"), PASS + " x")
    clinic.security.change_passphrase(Passphrase(PASS + " x"), Passphrase(PASS), PASS)
    clinic.close()


def test_no_client_data_in_logs_crash_reports_or_output(tmp_path) -> None:
    data = tmp_path / "clinic"
    init_clinic(data)
    paths = DataPaths(data)
    setup_logging(paths.logs)  # in-process work logs to the clinic's log folder too
    try:
        fill_with_client_data(paths)
        try:
            raise ValueError(f"could not save note: {NOTE} for {MEMBER[1]}")
        except ValueError as exc:
            assert write_crash_report(paths.logs, ValueError, exc, exc.__traceback__) is not None
    finally:
        setup_logging(None)
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASS + "\n", encoding="utf-8")
    runs = [
        cli("--data-dir", str(data), "check", env_pass=PASS),
        cli("--data-dir", str(data), "--passphrase-file", str(pass_file), "check"),
        cli("--data-dir", str(data), "--smoke", env_pass=PASS),
        cli("--data-dir", str(data), "check", env_pass="wrong passphrase entirely"),
    ]
    assert [r.returncode for r in runs] == [0, 0, 0, 4], [r.stderr for r in runs]
    output = "".join(r.stdout + r.stderr for r in runs)
    logs = {p.name: p.read_text(encoding="utf-8") for p in paths.logs.iterdir()}
    assert "app.log" in logs and any(name.startswith("crash-") for name in logs)
    assert "database re-keyed" in logs["app.log"]  # the log is written, just without client data
    for secret in SECRETS:
        assert secret not in output, secret
        for name, text in logs.items():
            assert secret not in text, (secret, name)
    raw = paths.database.read_bytes()
    for secret in SECRETS:
        assert secret.encode() not in raw
    leftovers = sorted(p.name for p in data.iterdir())
    assert not [n for n in leftovers if "rekey" in n], leftovers


def run_in_pty(args: list[str], answers: list[str], timeout: float = 60.0) -> tuple[int, str]:
    """Run the CLI with a pseudo-terminal as its controlling terminal; answer each prompt."""
    import pty

    env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_FACILITATOR")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the CLI
        os.execve(sys.executable, [sys.executable, "-m", "iop_facilitator", *args], env)
    output = b""
    answered_at = 0  # answer only a prompt printed after the previous answer
    pending = list(answers)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if pending and output[answered_at:].rstrip().endswith(b":"):
                answered_at = len(output)
                os.write(fd, pending.pop(0).encode() + b"\n")
        else:
            os.kill(pid, 9)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="pty is POSIX-only")
def test_cli_prompts_for_the_passphrase_on_a_terminal(tmp_path) -> None:
    data = tmp_path / "clinic"
    code, out = run_in_pty(
        ["--data-dir", str(data), "init", "--facilitator", "Fac Testwell"], [PASS, PASS]
    )
    assert code == 0, out
    assert "New passphrase:" in out and "Type it again:" in out
    assert PASS not in out  # getpass does not echo
    code, out = run_in_pty(["--data-dir", str(data), "check"], [PASS])
    assert code == 0 and "intact" in out, out
    code, out = run_in_pty(["--data-dir", str(data), "check"], ["not the passphrase"])
    assert code == 4 and "does not open" in out, out


def test_cli_changes_the_passphrase(tmp_path) -> None:
    data = tmp_path / "clinic"
    init_clinic(data)
    new_file = tmp_path / "new.txt"
    new_file.write_text("harbor maple seven lanterns\n", encoding="utf-8")
    changed = cli(
        "--data-dir",
        str(data),
        "change-passphrase",
        "--new-passphrase-file",
        str(new_file),
        env_pass=PASS,
    )
    assert changed.returncode == 0, changed.stderr
    assert cli("--data-dir", str(data), "check", env_pass=PASS).returncode == 4
    assert (
        cli("--data-dir", str(data), "check", env_pass="harbor maple seven lanterns").returncode
        == 0
    )
    weak = tmp_path / "weak.txt"
    weak.write_text("short\n", encoding="utf-8")
    refused = cli(
        "--data-dir",
        str(data),
        "change-passphrase",
        "--new-passphrase-file",
        str(weak),
        env_pass="harbor maple seven lanterns",
    )
    assert refused.returncode == 2 and "Too short" in refused.stderr
