"""The integrity check at start: `quick_check` every time, the full `integrity_check` weekly.

The date of the last full check (and the folder the last backup went to, so a damaged database
can still point at its backups) lives in `maintenance.json` in the data folder: not in the
database, because a damaged database cannot be trusted to say when it was last checked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import Any

from iop_facilitator import errors
from iop_facilitator.clock import Clock
from iop_facilitator.paths import DataPaths
from iop_facilitator.storage import Store, files, maintenance
from iop_facilitator.storage.cancel import Cancellation
from iop_facilitator.texts import QT_TR_NOOP

FULL_CHECK_EVERY = dt.timedelta(days=7)


def load_state(paths: DataPaths) -> dict[str, Any]:
    try:
        value = json.loads(paths.maintenance_state.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def write_json_atomic(path: Path, value: dict[str, Any], what: str) -> None:
    """`value` as JSON in `path`, whole or not at all; `EnvironmentFailure` on failure."""
    data = json.dumps(value, indent=2, sort_keys=True).encode("utf-8")
    files.write_atomic(path, data, what)


def update_state(paths: DataPaths, **values: Any) -> None:
    """Merge `values` into the state file. Best effort: a read-only folder only loses the memo."""
    state = load_state(paths)
    state.update(values)
    with contextlib.suppress(errors.EnvironmentFailure):
        write_json_atomic(paths.maintenance_state, state, QT_TR_NOOP("the maintenance notes"))


def full_check_due(paths: DataPaths, clock: Clock) -> bool:
    last = load_state(paths).get("last_full_check")
    try:
        when = dt.date.fromisoformat(str(last))
    except ValueError:
        return True
    return clock.now().date() - when >= FULL_CHECK_EVERY


def startup_check(
    store: Store, paths: DataPaths, clock: Clock, cancel: Cancellation | None = None
) -> list[str]:
    """Run the check due today; [] when the database is intact. Writes nothing to the database.

    With `cancel` (the background check, on its own connection) it can be stopped from another
    thread: it then raises `Cancelled` and records nothing.
    """
    full = full_check_due(paths, clock)
    problems = maintenance.check(store, full=full, cancel=cancel)
    if full and not problems:
        update_state(paths, last_full_check=clock.now().date().isoformat())
    return problems
