"""Logging and the one crash handler. Neither ever writes client data.

Log records carry ids and counts, never names or note text. A crash report keeps the exception's
type and the code locations of its traceback, but not its message or any variable's value,
because either may hold what a clinician typed.
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from iop_facilitator import __version__

log = logging.getLogger("iop_facilitator")


def setup_logging(log_dir: Path | None, level: int = logging.INFO) -> None:
    """Log to a rotating file in the data folder (not to stdout)."""
    root = logging.getLogger("iop_facilitator")
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.propagate = False
    if log_dir is None:
        root.addHandler(logging.NullHandler())
        return
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "app.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def scrubbed_report(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """A crash report with code locations only: no message text, no variable values."""
    lines = [
        f"IOP Facilitator {__version__} crash at {dt.datetime.now().isoformat(timespec='seconds')}",
        f"Python {sys.version.split()[0]} on {sys.platform}",
        f"Exception type: {exc_type.__module__}.{exc_type.__qualname__}",
        "(The exception's message is left out: it may contain client information.)",
        "Traceback (most recent call last):",
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{Path(frame.filename).name}", line {frame.lineno}, in {frame.name}')
    cause = exc.__cause__ if exc is not None else None
    if cause is not None:
        lines.append(f"Caused by: {type(cause).__module__}.{type(cause).__qualname__}")
    return "\n".join(lines) + "\n"


def write_crash_report(
    log_dir: Path | None,
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
) -> Path | None:
    if log_dir is None:
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S}.log"
        path.write_text(scrubbed_report(exc_type, exc, tb), encoding="utf-8")
        return path
    except OSError:
        return None


def install_excepthook(
    log_dir: Path | None, on_crash: Callable[[Path | None], None] | None = None
) -> None:
    """Route every uncaught exception to one place: a scrubbed report, then `on_crash`."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        path = write_crash_report(log_dir, exc_type, exc, tb)
        log.error("unhandled %s (report: %s)", exc_type.__qualname__, path.name if path else "none")
        if on_crash is not None:
            on_crash(path)
        else:
            sys.stderr.write(
                "IOP Facilitator hit an internal error. Saved work is safe. "
                f"A report without client information was written to: {path}\n"
            )

    sys.excepthook = hook
