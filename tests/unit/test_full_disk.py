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
