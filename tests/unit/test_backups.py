"""Backups: encrypted, verified, rotated; restore keeps the current database aside."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from iop_facilitator import errors
from iop_facilitator.domain.retention import to_keep
from iop_facilitator.services.backups import list_backups, restore
from iop_facilitator.services.clinic import open_clinic
from iop_facilitator.storage import RawKey, maintenance
from tests.conftest import TEST_KEY
from tests.helpers.records import counts, populate


def test_a_backup_is_encrypted_verified_and_listed_with_counts(clinic) -> None:
    populate(clinic, members=3, sessions=2)
    info, changes = clinic.backups.back_up()
    assert changes.audit
    assert info.path.parent == clinic.paths.backups
    assert (info.members, info.sessions, info.notes) == (3, 2, 6)
    assert info.size == info.path.stat().st_size > 0
    assert not info.path.read_bytes().startswith(b"SQLite format 3")  # encrypted at rest
    with pytest.raises(errors.WrongPassphrase):
        maintenance.inspect(info.path, RawKey("00" * 32))
    assert maintenance.inspect(info.path, TEST_KEY).intact
    assert [b.path for b in clinic.backups.list()] == [info.path]
    assert sorted(p.name for p in info.path.parent.iterdir()) == sorted(
        [info.path.name, info.sidecar.name]
    )  # no temporary file left
    audit = clinic.store.one("SELECT * FROM audit_event WHERE action = 'backup'")
    assert audit is not None and json.loads(audit["detail"])["notes"] == 6


def test_backup_folder_setting_is_used(clinic, tmp_path) -> None:
    usb = tmp_path / "usb stick"
    usb.mkdir()
    clinic.settings.update({"backup_folder": str(usb)})
    info, _ = clinic.backups.back_up()
    assert info.path.parent == usb


def test_backup_is_due_at_start_only_after_a_day(clinic, clock) -> None:
    assert clinic.backups.back_up_if_due() is not None
    clock.advance(hours=23)
    assert clinic.backups.back_up_if_due() is None
    clock.advance(hours=1)
    assert clinic.backups.back_up_if_due() is not None


def test_rotation_keeps_7_daily_and_8_weekly(clinic, clock) -> None:
    for _ in range(70):  # one backup a day for 10 weeks, two on some days
        clinic.backups.back_up()
        clock.advance(days=1)
    kept = clinic.backups.list()
    days = sorted({b.created_at.date() for b in kept})
    assert len(kept) == len(days)  # one per day at most
    daily = [b for b in kept if clock.now().date() - b.created_at.date() <= dt.timedelta(days=7)]
    assert len(daily) == 7
    assert 7 < len(kept) <= 7 + 8
    weeks = {b.created_at.isocalendar()[:2] for b in kept}
    assert len(weeks) == 8


def test_retention_rule_directly() -> None:
    base = dt.datetime(2026, 1, 1, 9)
    times = [base + dt.timedelta(hours=6 * i) for i in range(4 * 100)]  # four a day, 100 days
    keep = to_keep(times)
    newest_two = sorted(times)[-2:]
    assert set(newest_two) <= keep
    older = keep - set(newest_two)
    assert len({t.date() for t in older}) == len(older)  # otherwise one per day at most
    assert 8 <= len(keep) <= 16
    assert to_keep([]) == set()


def test_restore_of_each_backup_yields_identical_counts(clinic, clock) -> None:
    made = []
    for step in range(3):
        populate(clinic, members=2 + step, sessions=1 + step, prefix=f"R{step}-")
        info, _ = clinic.backups.back_up()
        made.append((info, counts(clinic.store)))
        clock.advance(days=1)
    paths = clinic.paths
    clinic.close()
    for info, expected in made:
        result = restore(paths, TEST_KEY, info.path, clock)
        assert (result.members, result.sessions, result.notes) == expected
        reopened = open_clinic(paths, TEST_KEY, clock)
        try:
            assert counts(reopened.store) == expected
            assert (
                reopened.store.scalar("SELECT count(*) FROM audit_event WHERE action='restore'")
                == 1
            )
        finally:
            reopened.close()
        assert result.kept_aside is not None and result.kept_aside.exists()
        clock.advance(seconds=1)
    aside = sorted(paths.root.glob("iop-facilitator.db.before-restore-*"))
    assert len([p for p in aside if not p.name.endswith(("-wal", "-shm"))]) == 3


def test_the_set_aside_database_still_opens_with_everything(clinic, clock) -> None:
    info, _ = clinic.backups.back_up()
    populate(clinic, members=4, sessions=1)
    before = counts(clinic.store)
    paths = clinic.paths
    clinic.close()
    result = restore(paths, TEST_KEY, info.path, clock)
    assert result.kept_aside is not None
    facts = maintenance.inspect(result.kept_aside, TEST_KEY)
    assert (facts.members, facts.sessions, facts.notes) == before


def test_restore_refuses_a_damaged_backup_and_touches_nothing(clinic, clock) -> None:
    populate(clinic, members=40, sessions=6)
    info, _ = clinic.backups.back_up()
    paths = clinic.paths
    clinic.close()
    damage_middle(info.path)
    before = paths.database.read_bytes()
    with pytest.raises(errors.DatabaseCorrupt):
        restore(paths, TEST_KEY, info.path, clock)
    assert paths.database.read_bytes() == before
    assert not list(paths.root.glob("*.before-restore-*"))


def test_restore_with_the_wrong_key_says_so(clinic, clock) -> None:
    info, _ = clinic.backups.back_up()
    paths = clinic.paths
    clinic.close()
    with pytest.raises(errors.WrongPassphrase):
        restore(paths, RawKey("11" * 32), info.path, clock)


def test_list_ignores_other_files_and_survives_a_missing_sidecar(clinic) -> None:
    info, _ = clinic.backups.back_up()
    info.sidecar.unlink()
    (info.path.parent / "notes.txt").write_text("x", encoding="utf-8")
    (info.path.parent / "iop-facilitator-garbage.db").write_text("x", encoding="utf-8")
    listed = list_backups(info.path.parent)
    assert [b.path for b in listed] == [info.path]
    assert listed[0].members is None


def damage_middle(path, length: int = 256) -> None:
    """Overwrite bytes in the middle of a file (past page 1), as a failing disk might."""
    size = path.stat().st_size
    assert size > 3 * 4096, "the file is too small to damage only its middle"
    with open(path, "r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xa5" * length)


def test_after_sign_all_makes_a_backup_marked_as_such(clinic) -> None:
    info = clinic.backups.after_sign_all()
    assert json.loads(info.sidecar.read_text(encoding="utf-8"))["reason"] == "sign_all"
    audit = clinic.store.one("SELECT detail FROM audit_event WHERE action = 'backup'")
    assert audit is not None and json.loads(audit["detail"])["reason"] == "sign_all"
