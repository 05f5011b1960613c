"""Stopping long database work (a check, a backup) from another thread.

The work registers each connection it opens with a `Cancellation`; `cancel()` (from the UI
thread, e.g. when the window closes) sets a flag and calls SQLite's `interrupt()` on those
connections, which is the one call SQLite allows from another thread. Code between steps calls
`check()`, which raises `Cancelled`. `Cancelled` is not a user-facing error: nothing went wrong,
the work was simply stopped.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any


class Cancelled(Exception):
    """The work was stopped on request; whatever it was writing has been removed."""


class Cancellation:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._connections: list[Any] = []

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            for conn in self._connections:
                with contextlib.suppress(Exception):
                    conn.interrupt()

    def check(self) -> None:
        if self._cancelled:
            raise Cancelled()

    @contextlib.contextmanager
    def watching(self, conn: Any) -> Iterator[None]:
        """While the block runs, `cancel()` interrupts `conn`. Close `conn` after the block."""
        with self._lock:
            if self._cancelled:
                raise Cancelled()
            self._connections.append(conn)
        try:
            yield
        finally:
            with self._lock:
                self._connections.remove(conn)
