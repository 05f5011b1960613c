"""The kill test, shared by `make test` (a few rounds) and `make stress` (50+ rounds).

Each round starts the real headless driver (iop_facilitator.devtools.crash_driver) on the same
data folder, lets it acknowledge a random number of committed changes (none: killed during
start-up), sends SIGKILL, and then checks: the next start is not blocked by the dead process's
lock, every acknowledged change is there, and `PRAGMA integrity_check` passes.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from iop_facilitator.instance_lock import InstanceLock
from iop_facilitator.paths import DataPaths
from iop_facilitator.services.clinic import open_clinic
from iop_facilitator.storage import Passphrase
from iop_facilitator.storage.maintenance import check

PASSPHRASE = "fictional kill-test passphrase"


@dataclass
class KillStats:
    rounds: int = 0
    killed_in_startup: int = 0
    acked_members: int = -1
    acked_settings: int = -1
    members_on_disk: int = 0
    failures: list[str] = field(default_factory=list)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_FACILITATOR")}
    env["IOP_FACILITATOR_PASSPHRASE"] = PASSPHRASE
    return env


def one_round(data: Path, rng: random.Random, stats: KillStats) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "iop_facilitator.devtools.crash_driver", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert proc.stdout is not None
    target = 0 if rng.random() < 0.2 else rng.randint(1, 60)
    lines: list[str] = []
    if target == 0:
        time.sleep(rng.uniform(0.0, 0.8))  # anywhere in start-up: KDF, checks, backup, setup
        stats.killed_in_startup += 1
    else:
        acks = 0
        while acks < target:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            acks += line.startswith("ACK")
        time.sleep(rng.uniform(0.0, 0.005))
    proc.send_signal(signal.SIGKILL)
    rest, err = proc.communicate(timeout=60)
    lines.extend(rest.splitlines())
    if proc.returncode != -signal.SIGKILL:
        stats.failures.append(
            f"round {stats.rounds}: driver ended with {proc.returncode}: {err[-500:]}"
        )
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[0] == "ACK":
            number = int(parts[2])
            if parts[1] == "member":
                stats.acked_members = max(stats.acked_members, number)
            else:
                stats.acked_settings = max(stats.acked_settings, number)
    stats.rounds += 1
    verify(data, stats)


def verify(data: Path, stats: KillStats) -> None:
    paths = DataPaths(data)
    if not paths.database.exists():
        if stats.acked_members >= 0:
            stats.failures.append(f"round {stats.rounds}: the database is gone")
        return
    # The dead driver's lock must not block the next start.
    with InstanceLock(paths.lock_file):
        try:
            clinic = open_clinic(paths, Passphrase(PASSPHRASE))
        except Exception as exc:
            if stats.acked_members < 0 and stats.acked_settings < 0:
                paths.database.unlink()
                for suffix in ("-wal", "-shm"):
                    Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
                return
            stats.failures.append(f"round {stats.rounds}: reopening failed: {exc!r}")
            return
        try:
            problems = check(clinic.store, full=True)
            if problems:
                stats.failures.append(f"round {stats.rounds}: integrity_check: {problems[:3]}")
            store = clinic.store
            charts = [
                r["chart_id"]
                for r in store.query(
                    "SELECT chart_id FROM member WHERE chart_id LIKE 'K%' ORDER BY chart_id"
                )
            ]
            numbers = [int(c[1:]) for c in charts]
            stats.members_on_disk = len(numbers)
            if numbers != list(range(len(numbers))):
                stats.failures.append(f"round {stats.rounds}: member numbers have a gap")
            if len(numbers) - 1 < stats.acked_members:
                stats.failures.append(
                    f"round {stats.rounds}: member {stats.acked_members} acknowledged but lost"
                )
            notes = store.scalar(
                "SELECT count(*) FROM attendance WHERE quick_note LIKE 'quick note %'"
            )
            if notes != len(numbers):
                stats.failures.append(
                    f"round {stats.rounds}: {notes} quick notes for {len(numbers)} members"
                )
            group_note = store.scalar(
                "SELECT group_quick_note FROM session WHERE room = 'kill-test'"
            )
            if stats.acked_members >= 0 and int(str(group_note).split()[-1]) < stats.acked_members:
                stats.failures.append(f"round {stats.rounds}: group quick note went back in time")
            if stats.acked_settings >= 0:
                name = clinic.settings.get("clinic_name")
                if int(name.split()[-1]) < stats.acked_settings:
                    stats.failures.append(
                        f"round {stats.rounds}: setting {stats.acked_settings} lost"
                    )
        finally:
            clinic.close()


def run(data: Path, rounds: int, seed: int) -> KillStats:
    rng = random.Random(seed)
    stats = KillStats()
    for _ in range(rounds):
        one_round(data, rng, stats)
    return stats
