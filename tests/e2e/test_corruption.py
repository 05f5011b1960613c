"""A deliberately damaged database: found at start, never written to, the newest backup offered."""

from __future__ import annotations

import random
import shutil

import pytest

from iop_facilitator import errors
from iop_facilitator.services.clinic import open_clinic
from tests.conftest import TEST_KEY
from tests.helpers.records import populate

PAGE = 4096  # SQLCipher's default page size; page 1 holds the salt and header


def damage_at(path, offset: int, length: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(bytes(random.Random(offset).randrange(256) for _ in range(length)))


def corruption_rounds(clinic, clock, rounds: int, seed: int) -> dict[str, int]:
    populate(clinic, members=80, sessions=10)
    good, _ = clinic.backups.back_up()
    paths = clinic.paths
    clinic.close()
    pristine = paths.database.with_name("pristine.db")
    shutil.copyfile(paths.database, pristine)
    rng = random.Random(seed)
    size = pristine.stat().st_size
    outcome = {"damaged": 0, "undetected_but_intact": 0}
    for _ in range(rounds):
        shutil.copyfile(pristine, paths.database)
        offset = rng.randrange(PAGE, size - 16)
        damage_at(paths.database, offset, rng.choice([1, 16, 64, 512]))
        damaged = paths.database.read_bytes()
        try:
            clinic2 = open_clinic(paths, TEST_KEY, clock)
        except errors.DatabaseCorrupt as exc:
            assert "damaged" in exc.message and "passphrase is right" in exc.message
            assert exc.newest_backup == good.path
            assert paths.database.read_bytes() == damaged, "a damaged database was written to"
            outcome["damaged"] += 1
            continue
        # Only a page nothing reads (free space) could hide damage; then the data must be whole.
        clinic2.close()
        outcome["undetected_but_intact"] += 1
    return outcome


@pytest.mark.slow
def test_damage_in_the_middle_is_found_and_the_backup_offered(clinic, clock) -> None:
    outcome = corruption_rounds(clinic, clock, rounds=5, seed=1)
    assert outcome["damaged"] == 5


@pytest.mark.stress
def test_stress_damage_at_many_random_places(clinic, clock) -> None:
    rounds = 100
    outcome = corruption_rounds(clinic, clock, rounds=rounds, seed=2)
    print(f"\ncorruption test: {rounds} random damages past page 1: {outcome}")
    assert outcome["damaged"] + outcome["undetected_but_intact"] == rounds
    assert outcome["damaged"] >= rounds * 0.95
