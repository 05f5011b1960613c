"""Where the files shipped with the app live (resources/ beside the package, or in the bundle)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def curriculum_dir() -> Path:
    """The built-in topic files: resources/curriculum/<series-folder>/<key>.toml."""
    return resources_dir() / "curriculum"
