"""Where the app keeps its files. The only module that asks appdirs.

A data folder holds one clinic: the encrypted database, its lock, backups and logs.
`--data-dir` or `IOP_FACILITATOR_DATA` overrides the per-user default, which is how the demo
clinic and the tests stay apart from real data.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import appdirs

DATA_ENV = "IOP_FACILITATOR_DATA"
DEMO_MARKER = "DEMO-CLINIC.txt"


@dataclass(frozen=True)
class DataPaths:
    """The files of one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "iop-facilitator.db"

    @property
    def lock_file(self) -> Path:
        return self.root / "iop-facilitator.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def maintenance_state(self) -> Path:
        """Small JSON file: last full integrity check, where backups went (no clinical data)."""
        return self.root / "maintenance.json"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def ui_state(self) -> Path:
        """Window geometry and other per-machine view state (never clinical data)."""
        return self.root / "window-state.ini"

    @property
    def demo_marker(self) -> Path:
        return self.root / DEMO_MARKER

    @property
    def has_database(self) -> bool:
        """A database file with something in it (checked without importing the storage layer:
        the unlock dialog asks this before SQLCipher is loaded)."""
        return self.database.exists() and self.database.stat().st_size > 0

    @property
    def is_demo(self) -> bool:
        return self.demo_marker.exists()

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_data_dir() -> Path:
    return Path(appdirs.user_data_dir("iop-facilitator", "IOP Facilitator"))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data folder: the command-line value, else the environment, else the per-user default."""
    if cli_value:
        return DataPaths(Path(cli_value).expanduser().resolve())
    env = os.environ.get(DATA_ENV)
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    return DataPaths(default_data_dir())


def resources_dir() -> Path:
    """`resources/` from a source checkout or from inside a PyInstaller bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file under resources/. Raises FileNotFoundError naming it when it is missing."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource missing: {'/'.join(parts)}")
    return path


def curriculum_dir() -> Path:
    """The built-in topic files: resources/curriculum/<series-folder>/<key>.toml."""
    return resources_dir() / "curriculum"
