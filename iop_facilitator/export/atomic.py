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

The writes, syncs and messages are storage/files.py's; only the never-overwrite naming is here.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from iop_facilitator.errors import EnvironmentFailure, ExportFailed
from iop_facilitator.storage import files
from iop_facilitator.texts import QT_TR_NOOP

TEMP_PREFIX = ".iop-export-"
TEMP_SUFFIX = ".part"
MAX_NUMBERED = 999


def failure(exc: OSError, folder: Path) -> EnvironmentFailure:
    """An `ExportFailed` in plain words (naming the folder, not the file: it holds a chart id)."""
    return files.failure(exc, folder, QT_TR_NOOP("the export"), ExportFailed)


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
        QT_TR_NOOP(
            "The folder {folder} already holds {n} copies of this export.",
            folder=str(folder),
            n=MAX_NUMBERED,
        ),
        QT_TR_NOOP("Choose another folder, then export again."),
    )


def write_new(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` as a new file named `name` (or 'name (2)'...) in `folder`; return its path."""
    folder = ensure_folder(Path(folder))
    temp_path = folder / f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(4).hex()}{TEMP_SUFFIX}"
    temp: Path | None = temp_path
    try:
        files.create_synced(temp_path, data)
        target = _claim(temp_path, folder, name)
        temp = None
        files.fsync_folder(folder)
        return target
    except OSError as exc:
        raise failure(exc, folder) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
