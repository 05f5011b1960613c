"""storage/files.py: every file the app writes is complete or absent, synced, in plain words."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from iop_facilitator import errors
from iop_facilitator.storage import files
from tests.helpers.fuzz import assert_plain_words


def test_write_atomic_creates_then_replaces_and_leaves_no_temp(tmp_path) -> None:
    target = tmp_path / "report.csv"
    files.write_atomic(target, b"first", "the report")
    files.write_atomic(target, b"second", "the report")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_the_file_then_the_folder_are_synced(tmp_path, monkeypatch) -> None:
    synced: list[str] = []
    real_file, real_folder = files.fsync_file, files.fsync_folder
    monkeypatch.setattr(files, "fsync_file", lambda p: (synced.append("file"), real_file(p)))
    monkeypatch.setattr(files, "fsync_folder", lambda p: (synced.append("folder"), real_folder(p)))
    files.write_atomic(tmp_path / "a.json", b"{}", "the notes")
    assert synced == ["file", "folder"]


def test_a_crash_leftover_is_replaced_not_kept(tmp_path) -> None:
    target = tmp_path / "state.json"
    files.temp_beside(target).write_bytes(b"half a file from a crash")
    files.write_atomic(target, b"{}", "the notes")
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_a_failure_inside_the_block_removes_the_temp_and_keeps_the_old_file(tmp_path) -> None:
    target = tmp_path / "pack.toml"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), files.replacing(target, "the pack") as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("a bug while writing")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.toml"]


@pytest.mark.parametrize("error", [None, errors.ExportFailed])
def test_a_full_disk_mid_write_is_plain_words_and_nothing_half_written(
    tmp_path, monkeypatch, error
) -> None:
    target = tmp_path / "audit.csv"
    target.write_bytes(b"old")

    def half_then_full(fd: int, data: bytes) -> None:
        files.os.write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "write_all", half_then_full)
    with pytest.raises(error or errors.DiskFull) as caught:
        files.write_atomic(target, b"x" * 10_000, "the audit", error)
    assert "disk is full" in caught.value.message and "Free some space" in caught.value.what_next
    assert_plain_words(str(caught.value))
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["audit.csv"]


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (errno.ENOSPC, errors.DiskFull, "disk is full"),
        (errno.EDQUOT, errors.DiskFull, "disk is full"),
        (errno.EACCES, errors.DatabaseReadOnly, "cannot be written to"),
        (errno.EROFS, errors.DatabaseReadOnly, "cannot be written to"),
        (errno.ENOENT, errors.EnvironmentFailure, "cannot be created or found"),
        (errno.ENAMETOOLONG, errors.EnvironmentFailure, "too long"),
        (errno.EIO, errors.EnvironmentFailure, "could not be saved"),
    ],
)
def test_each_operating_system_failure_in_plain_words(code, kind, words) -> None:
    folder = Path("/media/usb/backups")
    found = files.failure(OSError(code, "os words"), folder, "the backup")
    assert type(found) is kind and words in found.message and str(folder) in found.message
    assert_plain_words(str(found))
    exported = files.failure(OSError(code, "os words"), folder, "the export", errors.ExportFailed)
    assert type(exported) is errors.ExportFailed and words in exported.message


def test_a_missing_folder_is_refused_plainly(tmp_path) -> None:
    with pytest.raises(errors.ExportFailed, match="cannot be created or found"):
        files.write_atomic(tmp_path / "gone" / "r.pdf", b"x", "the report", errors.ExportFailed)
    assert list(tmp_path.iterdir()) == []
