"""Rules about notes that hold whatever stores them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any


def content_hash(content: Mapping[str, Any]) -> str:
    """A stable SHA-256 of a note's content, recorded when it is signed."""
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
