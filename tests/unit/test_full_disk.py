"""A full disk or read-only media: the write fails with a plain message; nothing saved is lost."""

from __future__ import annotations

import pytest

from iop_facilitator import errors
from iop_facilitator.storage.maintenance import check
from tests.helpers.records import counts, populate


def test_a_full_disk_fails_plainly_and_keeps_what_was_saved(clinic) -> None:
    populate(clinic, members=5, sessions=2, prefix="saved-")
    clinic.settings.update({"clinic_name": "Before the disk filled"})
    saved = counts(clinic.store)
    pages = clinic.store.scalar("PRAGMA page_count")
    # A real SQLITE_FULL: the database may not grow past its current size (plus one page).
    clinic.store.scalar(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(errors.DiskFull) as caught:
        populate(clinic, members=200, sessions=5, prefix="lost-")
    assert "disk is full" in caught.value.message
    assert "still on screen" in caught.value.what_next
    with pytest.raises(errors.DiskFull):
        clinic.settings.update({"safety_protocol": "x" * 4000, "program_name": "Y" * 4000})
    assert counts(clinic.store) == saved
    assert clinic.settings.get("clinic_name") == "Before the disk filled"
    assert check(clinic.store, full=True) == []
    clinic.store.scalar("PRAGMA max_page_count = 1073741823")  # space freed: writes work again
    populate(clinic, members=1, sessions=1, prefix="after-")
    assert counts(clinic.store)[0] == saved[0] + 1


def test_read_only_media_fails_plainly_and_keeps_what_was_saved(clinic) -> None:
    clinic.settings.update({"clinic_name": "Saved before"})
    clinic.store.scalar("PRAGMA query_only = ON")  # what SQLite reports on read-only media
    with pytest.raises(errors.DatabaseReadOnly) as caught:
        clinic.settings.update({"clinic_name": "Not saved"})
    assert "cannot be written" in caught.value.message
    with pytest.raises(errors.DatabaseReadOnly):
        clinic.facilitators.create("Fern Fiction")
    assert clinic.settings.get("clinic_name") == "Saved before"
    assert [f.name for f in clinic.facilitators.list()] == ["Fac Testwell"]
    clinic.store.scalar("PRAGMA query_only = OFF")


def test_a_backup_folder_that_cannot_be_written_fails_plainly(clinic, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.mkdir()
    clinic.settings.update({"backup_folder": str(blocker)})
    blocker.rmdir()  # the drive was unplugged and something else took its place
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    saved = counts(clinic.store)
    with pytest.raises(errors.EnvironmentFailure) as caught:
        clinic.backups.back_up()
    assert "not-a-folder" in caught.value.message
    assert "Nothing was lost" in caught.value.what_next or "try again" in caught.value.what_next
    assert counts(clinic.store) == saved


def test_a_full_backup_drive_leaves_no_partial_file(clinic, tmp_path, monkeypatch) -> None:
    """ENOSPC while the backup is flushed: a plain DiskFull, and no half-written file remains."""
    import errno
    import os as os_module

    from iop_facilitator.storage import maintenance

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(maintenance.os, "replace", full)
    with pytest.raises(errors.DiskFull):
        clinic.backups.back_up()
    monkeypatch.setattr(maintenance.os, "replace", os_module.replace)
    assert list(clinic.paths.backups.glob("*")) == []


# -- every file the app writes, on a full disk (storage/files.py is the one writer) ---------------
@pytest.fixture
def full_disk(monkeypatch):
    """The disk fills: byte writes stop half way, and the last fsync (where a delayed-allocation
    filesystem reports it) fails too. Both with the real ENOSPC."""
    import errno

    from iop_facilitator.storage import files

    def half_then_full(fd: int, data: bytes) -> None:
        files.os.write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    def sync_full(_path: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "write_all", half_then_full)
    monkeypatch.setattr(files, "fsync_file", sync_full)
    return monkeypatch


def _only(folder, *names: str) -> None:
    assert sorted(p.name for p in folder.iterdir()) == sorted(names), "a temporary file was left"


def _plain_disk_full(caught) -> None:
    from tests.helpers.fuzz import assert_plain_words

    assert "disk is full" in caught.value.message
    assert "Free some space" in caught.value.what_next
    assert_plain_words(str(caught.value))


def test_a_report_on_a_full_disk(tmp_path, full_disk) -> None:
    from iop_facilitator.services.report_export import write_atomic

    target = tmp_path / "report.csv"
    target.write_bytes(b"last month's report")
    with pytest.raises(errors.ExportFailed) as caught:
        write_atomic(target, b"x" * 5_000)
    _plain_disk_full(caught)
    assert target.read_bytes() == b"last month's report"
    _only(tmp_path, "report.csv")


def test_an_audit_export_on_a_full_disk(clinic, tmp_path, full_disk) -> None:
    events = clinic.store.scalar("SELECT count(*) FROM audit_event")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(errors.ExportFailed) as caught:
        clinic.audit.export_csv(out / "audit.csv")
    _plain_disk_full(caught)
    _only(out)
    assert clinic.store.scalar("SELECT count(*) FROM audit_event") == events  # not audited


def test_a_topic_pack_on_a_full_disk(curriculum_clinic, tmp_path, full_disk) -> None:
    topic = curriculum_clinic.curriculum.list()[0]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(errors.ExportFailed) as caught:
        curriculum_clinic.topic_packs.export([topic.id], out / "pack.toml")
    _plain_disk_full(caught)
    _only(out)


def test_a_note_export_on_a_full_disk(tmp_path, full_disk) -> None:
    from iop_facilitator.export import atomic

    with pytest.raises(errors.ExportFailed) as caught:
        atomic.write_new(tmp_path, "note.txt", b"x" * 5_000)
    _plain_disk_full(caught)
    _only(tmp_path)


def test_a_backup_on_a_full_disk(clinic, full_disk) -> None:
    with pytest.raises(errors.DiskFull) as caught:
        clinic.backups.back_up()
    _plain_disk_full(caught)
    assert list(clinic.paths.backups.glob("*")) == []


def test_the_maintenance_notes_on_a_full_disk_lose_only_the_memo(clinic, full_disk) -> None:
    from iop_facilitator.services import integrity

    before = integrity.load_state(clinic.paths)
    integrity.update_state(clinic.paths, last_full_check="2026-11-23")  # best effort: no error
    assert integrity.load_state(clinic.paths) == before


def test_a_restore_on_a_full_disk_puts_the_database_back(clinic, clock, monkeypatch) -> None:
    import errno

    from iop_facilitator.services.backups import restore
    from iop_facilitator.services.clinic import open_clinic
    from iop_facilitator.storage import files
    from tests.conftest import TEST_KEY

    populate(clinic, members=3, sessions=1, prefix="kept-")
    info, _ = clinic.backups.back_up()
    populate(clinic, members=2, sessions=1, prefix="after-")
    saved = counts(clinic.store)
    paths = clinic.paths
    clinic.close()

    def sync_full(_path: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "fsync_file", sync_full)
    with pytest.raises(errors.DiskFull) as caught:
        restore(paths, TEST_KEY, info.path, clock)
    _plain_disk_full(caught)
    monkeypatch.undo()
    assert not list(paths.root.glob("*.before-restore-*")), "the database was left aside"
    assert not list(paths.root.glob(f".*{files.TEMP_SUFFIX}"))
    reopened = open_clinic(paths, TEST_KEY, clock)
    try:
        assert counts(reopened.store) == saved
    finally:
        reopened.close()
