"""Writing a file so that it is complete or absent: the one place that does temp, fsync, rename.

- `replacing(target, what)`: a context manager that yields a temporary path beside `target`
  (hidden, same folder, so the rename is atomic). Write it however you like (bytes, SQLite's
  backup API, a copy, a PDF painter); when the block ends normally the file is fsynced, renamed
  over `target` and the folder fsynced. On any failure the temporary file is removed and an
  `OSError` becomes a plain-words error (`failure`): nothing half-written is ever left behind.
- `write_atomic(target, data, what)`: `replacing` for bytes already in memory.
- `failure(exc, folder, what, error)`: what the operating system said, in words a clinician can
  act on, raised as `error` (`ExportFailed` for exports). Without `error` the class follows the
  cause: `DiskFull`, `DatabaseReadOnly` (the folder refuses writes), else `EnvironmentFailure`.
  Messages name the folder, never the file (an export's file name holds a chart id).
- `fsync_file`, `fsync_folder`: the two syncs, for code that renames on its own (re-keying).

Qt-free; no database here despite the package: it sits beside the database code that needs it
most (backups, restore, re-keying), and services and exports use it too.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from iop_facilitator import errors
from iop_facilitator.texts import QT_TR_NOOP, Capital

TEMP_SUFFIX = ".part"


def write_all(fd: int, data: bytes) -> None:
    """The low-level write (a seam: tests simulate a full disk here)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def create_synced(path: Path, data: bytes) -> None:
    """Create `path` (it must not exist; readable by the user only: it may be a record), write
    all of `data` and fsync it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path | str) -> None:
    """Flush a file's contents to the disk; an error (the disk filled at the last moment) raises."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path | str) -> None:
    """Make a rename in `folder` durable. Best effort: Windows cannot open a folder for fsync
    (NTFS journals renames itself) and some network drives refuse it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def temp_beside(target: Path) -> Path:
    """The temporary name for `target`: hidden, in the same folder, fixed so a crash leaves at
    most one behind (the next write to the same target removes it)."""
    return target.with_name(f".{target.name}{TEMP_SUFFIX}")


def failure(
    exc: OSError,
    folder: Path,
    what: str,
    error: type[errors.EnvironmentFailure] | None = None,
) -> errors.EnvironmentFailure:
    """Plain words for a failed write of `what` in `folder`: a translatable phrase such as
    QT_TR_NOOP("the report"), which also starts some of the sentences (texts.Capital)."""
    code = exc.errno
    said = {"subject": Capital(what), "folder": str(folder)}
    if code in (errno.ENOSPC, errno.EDQUOT):
        return (error or errors.DiskFull)(
            QT_TR_NOOP(
                "The disk is full, so {what} could not be saved in {folder}.",
                what=what,
                folder=str(folder),
            ),
            QT_TR_NOOP(
                "Free some space or choose another folder, then try again. Nothing was lost."
            ),
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (error or errors.DatabaseReadOnly)(
            QT_TR_NOOP(
                "{subject} could not be saved: the folder {folder} cannot be written to.", **said
            ),
            QT_TR_NOOP(
                "Choose a folder you can save files in (for example Documents), then try again."
            ),
        )
    if code in (errno.ENOENT, errno.ENOTDIR):
        return (error or errors.EnvironmentFailure)(
            QT_TR_NOOP(
                "{subject} could not be saved: the folder {folder} cannot be created or found.",
                **said,
            ),
            QT_TR_NOOP(
                "Choose an existing folder, or check that the drive is connected, then try again."
            ),
        )
    if code == errno.ENAMETOOLONG:
        return (error or errors.EnvironmentFailure)(
            QT_TR_NOOP(
                "{subject} could not be saved: the file name is too long for {folder}.", **said
            ),
            QT_TR_NOOP("Choose a folder with a shorter path, then try again."),
        )
    return (error or errors.EnvironmentFailure)(
        QT_TR_NOOP(
            "{subject} could not be saved in {folder} ({reason}).",
            reason=exc.strerror or "input/output error",
            **said,
        ),
        QT_TR_NOOP(
            "Close the file if another program has it open, check the drive, then try again."
        ),
    )


@contextlib.contextmanager
def replacing(
    target: Path | str,
    what: str,
    error: type[errors.EnvironmentFailure] | None = None,
) -> Iterator[Path]:
    """Yield a temporary path; on success it becomes `target` (replacing any file there)."""
    target = Path(target)
    temp = temp_beside(target)
    try:
        temp.unlink(missing_ok=True)
        yield temp
        fsync_file(temp)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise failure(exc, target.parent, what, error) from exc
        raise
    fsync_folder(target.parent)


def write_atomic(
    target: Path | str,
    data: bytes,
    what: str,
    error: type[errors.EnvironmentFailure] | None = None,
) -> None:
    """Write `data` to `target` all at once (replacing it); plain words on failure."""
    with replacing(target, what, error) as temp:
        create_synced(temp, data)
