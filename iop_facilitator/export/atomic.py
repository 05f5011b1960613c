"""Writing an export file so that it is either complete or absent, and never clobbers another.

`write_new(folder, name, data)`:
- creates the folder if needed;
- writes to a hidden temporary file in the same folder (readable by the user only: it is a
  record), flushes and fsyncs it;
- gives it its final name without ever replacing an existing file: when `name` is taken, the
  next free "name (2).ext", "name (3).ext"... is used (the policy, stated once: an export never
  overwrites, the user never loses an earlier file). The final step is a hard link, which the
  operating system refuses if the name appeared meanwhile; where links are not supported
  (some network or FAT drives) it falls back to a check-then-rename;
- on any failure (disk full, folder not writable, the drive went away) removes the temporary
  file and raises `errors.ExportFailed` with plain words: no half file is ever left behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from iop_facilitator.errors import ExportFailed

TEMP_PREFIX = ".iop-export-"
TEMP_SUFFIX = ".part"
MAX_NUMBERED = 999


def _write_all(fd: int, data: bytes) -> None:
    """The low-level write (a seam: tests simulate a full disk here)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def failure(exc: OSError, folder: Path) -> ExportFailed:
    """Plain words for what the operating system said (no file name: it holds a chart id)."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return ExportFailed(
            "The disk is full, so the export was not written.",
            "Free some space or choose another folder, then export again.",
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportFailed(
            f"The folder {folder} cannot be written to.",
            "Choose a folder you can save files in (for example Documents), then export again.",
        )
    if code in (errno.ENOENT, errno.ENOTDIR):
        return ExportFailed(
            f"The folder {folder} cannot be created or found.",
            "Choose an existing folder, or check that the drive is connected, then export again.",
        )
    if code == errno.ENAMETOOLONG:
        return ExportFailed(
            "The file name is too long for this folder.",
            "Choose a folder with a shorter path, then export again.",
        )
    return ExportFailed(
        f"The export could not be written to {folder} ({exc.strerror or 'input/output error'}).",
        "Check the drive and the folder, then export again.",
    )


def ensure_folder(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise failure(exc, folder) from None
    if not folder.is_dir():
        raise failure(OSError(errno.ENOTDIR, "Not a directory"), folder)
    return folder


def numbered(name: str, n: int) -> str:
    """'a.pdf', 2 -> 'a (2).pdf'."""
    if n <= 1:
        return name
    stem, dot, ext = name.rpartition(".")
    return f"{stem} ({n}).{ext}" if dot and stem else f"{name} ({n})"


def _claim(temp: Path, folder: Path, name: str) -> Path:
    """Give the finished temp file the first free name; never replace an existing file."""
    for n in range(1, MAX_NUMBERED + 1):
        target = folder / numbered(name, n)
        if target.exists():
            continue
        try:
            os.link(temp, target)
        except FileExistsError:
            continue  # appeared meanwhile: try the next number
        except OSError as exc:
            if exc.errno not in (
                errno.EPERM,
                errno.ENOTSUP,
                errno.EOPNOTSUPP,
                errno.EXDEV,
                errno.EMLINK,
            ):
                raise
            if target.exists():
                continue
            os.replace(temp, target)  # no hard links here: check-then-rename
            return target
        temp.unlink()
        return target
    raise ExportFailed(
        f"The folder {folder} already holds {MAX_NUMBERED} copies of this export.",
        "Choose another folder, then export again.",
    )


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_new(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` as a new file named `name` (or 'name (2)'...) in `folder`; return its path."""
    folder = ensure_folder(Path(folder))
    temp_path = folder / f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(4).hex()}{TEMP_SUFFIX}"
    temp: Path | None = temp_path
    try:
        fd = os.open(
            temp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
        )
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        target = _claim(temp_path, folder, name)
        temp = None
        _fsync_folder(folder)
        return target
    except OSError as exc:
        raise failure(exc, folder) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
