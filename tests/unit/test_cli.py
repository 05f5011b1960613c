"""The headless commands, run in a real subprocess as a script would."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

PASS = "demo-clinic"


def cli(*args: str, env_pass: str | None = None, stdin: str | None = None, cwd=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_FACILITATOR")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if env_pass is not None:
        env["IOP_FACILITATOR_PASSPHRASE"] = env_pass
    return subprocess.run(
        [sys.executable, "-m", "iop_facilitator", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
        cwd=cwd,
    )


def test_help_lists_the_subcommands() -> None:
    result = cli("--help")
    assert result.returncode == 0
    for command in ("gui", "init", "demo", "check"):
        assert command in result.stdout


def test_demo_then_check_with_each_passphrase_source(tmp_path) -> None:
    data = tmp_path / "demo"
    made = cli("--data-dir", str(data), "demo", env_pass=PASS)
    assert made.returncode == 0, made.stderr
    assert "fictional demo clinic" in made.stdout
    assert (data / "DEMO-CLINIC.txt").exists()
    assert cli("--data-dir", str(data), "check", env_pass=PASS).returncode == 0
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASS + "\n")
    assert (
        cli("--data-dir", str(data), "--passphrase-file", str(pass_file), "check").returncode == 0
    )
    wrong = cli("--data-dir", str(data), "check", env_pass="not-the-passphrase")
    assert wrong.returncode == 4
    assert "does not open" in wrong.stderr
    assert "Traceback" not in wrong.stderr and "ERROR CORE" not in wrong.stderr
    again = cli("--data-dir", str(data), "demo", "--if-missing", env_pass=PASS)
    assert again.returncode == 0 and "already" in again.stdout


def test_no_passphrase_without_a_terminal_is_a_plain_message(tmp_path) -> None:
    result = cli("--data-dir", str(tmp_path / "d"), "init", "--facilitator", "A B", stdin="")
    assert result.returncode == 2
    assert "No passphrase was given" in result.stderr


def test_demo_is_never_written_into_a_real_clinic(tmp_path) -> None:
    data = tmp_path / "real"
    assert (
        cli(
            "--data-dir", str(data), "init", "--facilitator", "Fac Testwell", env_pass=PASS
        ).returncode
        == 0
    )
    result = cli("--data-dir", str(data), "demo", env_pass=PASS)
    assert result.returncode == 2
    assert "never mixed" in result.stderr
    assert not (data / "DEMO-CLINIC.txt").exists()


def test_smoke_exits_zero_on_a_fresh_folder_and_on_an_unlocked_clinic(tmp_path) -> None:
    fresh = cli("--data-dir", str(tmp_path / "fresh"), "--smoke")
    assert fresh.returncode == 0, fresh.stderr
    data = tmp_path / "clinic"
    assert (
        cli(
            "--data-dir", str(data), "init", "--facilitator", "Fac Testwell", env_pass=PASS
        ).returncode
        == 0
    )
    opened = cli("--data-dir", str(data), "--smoke", env_pass=PASS)
    assert opened.returncode == 0, opened.stderr
    assert cli("--data-dir", str(data), "--smoke", env_pass="wrong-passphrase").returncode == 4


def test_nothing_identifying_on_stdout_or_in_logs(tmp_path) -> None:
    data = tmp_path / "demo"
    result = cli("--data-dir", str(data), "demo", env_pass=PASS)
    output = result.stdout + result.stderr
    logs = "".join(p.read_text() for p in (data / "logs").glob("*"))
    for fictional_name in ("Quillfeather", "Brightwater", "Avery", "DEMO-1001"):
        assert fictional_name not in output
        assert fictional_name not in logs


def test_a_second_instance_is_refused_with_exit_code_5(tmp_path) -> None:
    from iop_facilitator.instance_lock import InstanceLock
    from iop_facilitator.paths import DataPaths

    data = tmp_path / "clinic"
    assert (
        cli(
            "--data-dir", str(data), "init", "--facilitator", "Fay Fiction", env_pass=PASS + "-x"
        ).returncode
        == 0
    )
    with InstanceLock(DataPaths(data).lock_file):
        result = cli("--data-dir", str(data), "check", env_pass=PASS + "-x")
    assert result.returncode == 5
    assert "already open" in result.stderr and f"process {os.getpid()}" in result.stderr
    assert cli("--data-dir", str(data), "check", env_pass=PASS + "-x").returncode == 0


def test_backup_list_restore_from_the_command_line(tmp_path) -> None:
    data = tmp_path / "demo"
    assert cli("--data-dir", str(data), "demo", env_pass=PASS).returncode == 0
    made = cli("--data-dir", str(data), "backup", env_pass=PASS)
    assert made.returncode == 0, made.stderr
    assert "verified" in made.stdout
    listed = cli("--data-dir", str(data), "backups")
    assert listed.returncode == 0
    assert "members" in listed.stdout and ".db" in listed.stdout
    backup = next((data / "backups").glob("iop-facilitator-*.db"))
    restored = cli("--data-dir", str(data), "restore", str(backup), env_pass=PASS)
    assert restored.returncode == 0, restored.stderr
    assert "kept, unchanged" in restored.stdout
    assert list(data.glob("iop-facilitator.db.before-restore-*"))
    assert cli("--data-dir", str(data), "check", env_pass=PASS).returncode == 0


def test_check_on_a_damaged_database_explains_and_names_the_backup(tmp_path) -> None:
    from tests.unit.test_backups import damage_middle

    data = tmp_path / "demo"
    assert cli("--data-dir", str(data), "demo", env_pass=PASS).returncode == 0
    assert cli("--data-dir", str(data), "backup", env_pass=PASS).returncode == 0
    damage_middle(data / "iop-facilitator.db")
    result = cli("--data-dir", str(data), "check", env_pass=PASS)
    assert result.returncode == 3
    assert "damaged" in result.stderr and "passphrase is right" in result.stderr
    assert "iop-facilitator restore" in result.stderr
    assert "Traceback" not in result.stderr
