"""Schema checks for the built-in topics written in the content-a batch.

Covers resources/curriculum/{relapse-prevention,coping-skills,early-recovery,stages-of-change}:
every file loads with tomllib, has every field of TOPIC-FORMAT.md, uses an exact series name and
its folder's key prefix, and its agenda segments add up to its length. Also checks the counts
this batch promised (7/7/4/4 topics, at least three 180-minute sessions built as check-in, topic,
break, skills practice, check-out).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "resources" / "curriculum"

FOLDERS: dict[str, tuple[str, str, int]] = {
    # folder: (series name, key prefix, expected topic count)
    "relapse-prevention": ("Relapse Prevention", "rp-", 7),
    "coping-skills": ("Coping Skills", "cs-", 7),
    "early-recovery": ("Early Recovery Skills", "er-", 4),
    "stages-of-change": ("Stages of Change", "soc-", 4),
}
GROUP_MODELS = {"psychoeducational", "skills", "cbt", "support", "process"}
PHASES = {"engagement", "early_recovery", "maintenance", "community_integration"}
KEY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _files() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (ROOT / folder).glob("*.toml"))


def _load(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _nonempty_str(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.stem)
def test_topic_file_is_valid(path: Path) -> None:
    assert path.stat().st_size <= 256 * 1024
    topic = _load(path)
    series, prefix, _ = FOLDERS[path.parent.name]
    assert topic["key"] == path.stem
    assert KEY_RE.match(topic["key"]) and topic["key"].startswith(prefix)
    assert topic["series"] == series
    assert _nonempty_str(topic["title"])
    assert topic["group_model"] in GROUP_MODELS
    assert topic["phases"] and set(topic["phases"]) <= PHASES
    assert topic["minutes"] in {60, 90, 180}
    assert isinstance(topic["version"], int) and topic["version"] >= 1
    assert 3 <= len(topic["objectives"]) <= 5
    assert 4 <= len(topic["prompts"]) <= 8
    assert 2 <= len(topic["tips"]) <= 5
    assert topic["sources"]
    for field in ("objectives", "prompts", "tips", "sources"):
        assert all(_nonempty_str(item) for item in topic[field]), field
    assert _nonempty_str(topic["activity"])
    handout = topic["handout"]
    assert handout.lstrip().startswith("# ") and "____" in handout  # title + worksheet blanks
    segments = topic["segments"]
    assert segments
    for seg in segments:
        assert _nonempty_str(seg["title"]) and _nonempty_str(seg["description"])
        assert isinstance(seg["minutes"], int) and seg["minutes"] > 0
    assert sum(seg["minutes"] for seg in segments) == topic["minutes"]


def test_keys_unique_and_counts() -> None:
    topics = [_load(p) for p in _files()]
    keys = [t["key"] for t in topics]
    assert len(keys) == len(set(keys))
    for folder, (_series, _prefix, expected) in FOLDERS.items():
        assert len(list((ROOT / folder).glob("*.toml"))) == expected, folder
    long_sessions = [t for t in topics if t["minutes"] == 180]
    assert len(long_sessions) >= 3
    for topic in long_sessions:
        titles = " | ".join(s["title"].lower() for s in topic["segments"])
        for part in ("check-in", "break", "practice", "check-out"):
            assert part in titles, (topic["key"], part)
