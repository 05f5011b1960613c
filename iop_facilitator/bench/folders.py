"""Where the bench works: the repository, the generated database opened as it is, working copies
the app may write to, and the environment its child processes run in."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from iop_facilitator.bench import generate
from iop_facilitator.paths import DataPaths
from iop_facilitator.storage import Key, Store, open_database

ROOT = Path(__file__).resolve().parents[2]


def open_generated(path: Path, key: Key) -> Store:
    """The generated database (or its unencrypted copy), opened without migrating it."""
    return open_database(path, key, migrate_schema=False)


def working_copy(database: Path, folder: Path) -> DataPaths:
    """A data folder holding a copy of `database` to run the app on: it writes audit rows on
    unlock, so the cached database itself is never opened by the app."""
    data = DataPaths(folder).ensure()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{data.database}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(database, data.database)
    return data


def child_env() -> dict[str, str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        IOP_FACILITATOR_PASSPHRASE=generate.BENCH_PASSPHRASE,
    )
    env.pop("IOP_FACILITATOR_DATA", None)
    return env
