"""One writer per data folder: a lock file holding who has it, guarded by an OS lock.

The OS lock (`fcntl.flock` on POSIX, `msvcrt.locking` on Windows) is what counts: the kernel drops
it when the process ends, however it ends, so a lock file left behind by a crash or a kill is
stale and the next start simply takes it over. The text inside (PID, host, start time) only
serves the message a second instance shows.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from pathlib import Path
from types import TracebackType
from typing import IO

from iop_facilitator.errors import AlreadyRunning, EnvironmentFailure
from iop_facilitator.texts import QT_TR_NOOP

# Windows locks a byte range; lock one byte far past the text so the text stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20


def _try_lock(handle: IO[str]) -> bool:
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        finally:
            handle.seek(0)
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(handle: IO[str]) -> None:
    if os.name == "nt":  # pragma: no cover
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def describe_holder(text: str) -> str:
    """'process 1234 on host X, started 2026-11-23 08:30' from the lock file's text."""
    fields = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
    pid = fields.get("pid", "?")
    host = fields["host"] if "host" in fields else QT_TR_NOOP("this computer")
    started = fields.get("started", "")
    when: str
    try:
        when = dt.datetime.fromisoformat(started).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        when = QT_TR_NOOP("an unknown time")
    return QT_TR_NOOP("process {pid} on {host}, started {when}", pid=pid, host=host, when=when)


class InstanceLock:
    """Held while this process may write to the data folder. Use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, started: dt.datetime | None = None) -> InstanceLock:
        """Take the lock or raise AlreadyRunning naming the holder (exit code 5)."""
        if self._handle is not None:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open on purpose
        except OSError as exc:
            raise EnvironmentFailure(
                QT_TR_NOOP(
                    "The lock file in {folder} cannot be created ({reason}).",
                    folder=str(self.path.parent),
                    reason=str(exc.strerror),
                ),
                QT_TR_NOOP("Check that you may write to the data folder."),
            ) from None
        if not _try_lock(handle):
            handle.seek(0)
            holder = describe_holder(handle.read(4096))
            handle.close()
            raise AlreadyRunning(
                QT_TR_NOOP(
                    "IOP Facilitator is already open on this data folder ({holder}).",
                    holder=holder,
                ),
                QT_TR_NOOP(
                    "Switch to that window (or close it) and try again. Only one copy may write "
                    "to the clinic's records at a time."
                ),
            )
        stamp = (started or dt.datetime.now().astimezone()).isoformat(timespec="seconds")
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid={os.getpid()}\nhost={socket.gethostname()}\nstarted={stamp}\n")
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            handle.seek(0)
            handle.truncate()
            handle.flush()
            _unlock(handle)
        except OSError:
            pass
        finally:
            handle.close()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
