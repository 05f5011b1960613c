"""The integrity check at start, and a damaged database: explained, untouched, a backup offered."""

from __future__ import annotations

import pytest

from iop_facilitator import errors
from iop_facilitator.services import integrity
from iop_facilitator.services.clinic import open_clinic
from iop_facilitator.storage import RawKey
from tests.conftest import TEST_KEY
from tests.helpers.records import populate
from tests.unit.test_backups import damage_middle


def test_quick_check_every_start_full_check_weekly(clinic, clock) -> None:
    paths = clinic.paths
    clinic.close()
    assert integrity.full_check_due(paths, clock)
    open_clinic(paths, TEST_KEY, clock).close()
    assert integrity.load_state(paths)["last_full_check"] == "2026-11-23"
    clock.advance(days=6)
    assert not integrity.full_check_due(paths, clock)
    open_clinic(paths, TEST_KEY, clock).close()
    assert integrity.load_state(paths)["last_full_check"] == "2026-11-23"
    clock.advance(days=1)
    assert integrity.full_check_due(paths, clock)
    open_clinic(paths, TEST_KEY, clock).close()
    assert integrity.load_state(paths)["last_full_check"] == "2026-11-30"


def damaged_clinic(clinic):
    populate(clinic, members=60, sessions=8)
    good, _ = clinic.backups.back_up()
    paths = clinic.paths
    clinic.close()
    damage_middle(paths.database)
    return paths, good


def test_a_damaged_database_is_reported_as_damaged_not_a_wrong_passphrase(clinic, clock) -> None:
    paths, good = damaged_clinic(clinic)
    before = paths.database.read_bytes()
    with pytest.raises(errors.DatabaseCorrupt) as caught:
        open_clinic(paths, TEST_KEY, clock)
    exc = caught.value
    assert "damaged" in exc.message and "passphrase is right" in exc.message
    assert exc.newest_backup == good.path
    assert str(good.path) in exc.what_next
    assert paths.database.read_bytes() == before  # nothing written, not even a migration
    assert exc.exit_code == 3


def test_a_wrong_key_on_a_damaged_file_is_still_a_wrong_passphrase(clinic, clock) -> None:
    paths, _ = damaged_clinic(clinic)
    with pytest.raises(errors.WrongPassphrase):
        open_clinic(paths, RawKey("22" * 32), clock)


def test_without_backups_the_message_says_what_to_do(clinic, clock) -> None:
    populate(clinic, members=60, sessions=8)
    paths = clinic.paths
    clinic.close()
    damage_middle(paths.database)
    with pytest.raises(errors.DatabaseCorrupt) as caught:
        open_clinic(paths, TEST_KEY, clock)
    assert caught.value.newest_backup is None
    assert "No good backup" in caught.value.what_next


def test_a_damaged_newest_backup_is_skipped_for_an_older_good_one(clinic, clock) -> None:
    populate(clinic, members=60, sessions=8)
    older, _ = clinic.backups.back_up()
    clock.advance(hours=2)
    newer, _ = clinic.backups.back_up()
    paths = clinic.paths
    clinic.close()
    damage_middle(newer.path)
    damage_middle(paths.database)
    with pytest.raises(errors.DatabaseCorrupt) as caught:
        open_clinic(paths, TEST_KEY, clock)
    assert caught.value.newest_backup == older.path
