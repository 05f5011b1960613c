"""Schema checks for the built-in topics in the content-b series folders.

Contract (docs: TOPIC-FORMAT): every topic file loads with tomllib, has every required field as a
non-empty value, uses an exact series name matching its folder, a key prefixed by its series, a
length of 60, 90 or 180 minutes whose segments add up exactly, and keys unique across the library.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "resources" / "curriculum"

FOLDERS: dict[str, tuple[str, str]] = {
    "spirituality": ("Spirituality", "sp-"),
    "goal-setting": ("Goal Setting", "gs-"),
    "family-education": ("Family Education", "fe-"),
    "health-wellness": ("Health and Wellness", "hw-"),
    "co-occurring": ("Co-occurring Conditions", "co-"),
}
EXPECTED_COUNTS = {
    "spirituality": 3,
    "goal-setting": 4,
    "family-education": 3,
    "health-wellness": 3,
    "co-occurring": 3,
}
GROUP_MODELS = {"psychoeducational", "skills", "cbt", "support", "process"}
PHASES = {"engagement", "early_recovery", "maintenance", "community_integration"}
STRING_FIELDS = ("key", "title", "series", "group_model", "activity", "handout")
LIST_FIELDS = ("phases", "objectives", "prompts", "tips", "sources")

FILES = sorted(p for folder in FOLDERS for p in (ROOT / folder).glob("*.toml"))


def _load(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def test_each_series_has_its_topics() -> None:
    for folder, count in EXPECTED_COUNTS.items():
        assert len(list((ROOT / folder).glob("*.toml"))) == count, folder


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_topic_file_is_valid(path: Path) -> None:
    assert path.stat().st_size <= 256 * 1024
    topic = _load(path)
    series, prefix = FOLDERS[path.parent.name]
    for field in STRING_FIELDS:
        assert isinstance(topic.get(field), str) and topic[field].strip(), field
    for field in LIST_FIELDS:
        value = topic.get(field)
        assert isinstance(value, list) and value, field
        assert all(isinstance(v, str) and v.strip() for v in value), field
    assert topic["series"] == series
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", topic["key"])
    assert topic["key"].startswith(prefix)
    assert path.stem == topic["key"]
    assert topic["group_model"] in GROUP_MODELS
    assert set(topic["phases"]) <= PHASES
    assert isinstance(topic.get("version"), int) and topic["version"] >= 1
    assert 3 <= len(topic["objectives"]) <= 5
    assert 4 <= len(topic["prompts"]) <= 8
    assert 2 <= len(topic["tips"]) <= 5
    assert topic.get("minutes") in {60, 90, 180}
    segments = topic.get("segments")
    assert isinstance(segments, list) and segments
    for seg in segments:
        assert isinstance(seg.get("title"), str) and seg["title"].strip()
        assert isinstance(seg.get("description"), str) and seg["description"].strip()
        assert isinstance(seg.get("minutes"), int) and seg["minutes"] > 0
    assert sum(seg["minutes"] for seg in segments) == topic["minutes"]
    assert "____" in topic["handout"], "handout needs a worksheet part with blanks"
    for field in ("title_es", "handout_es"):
        if field in topic:
            assert isinstance(topic[field], str) and topic[field].strip()


THREE_HOUR = [p for p in FILES if _load(p)["minutes"] == 180]


@pytest.mark.parametrize("path", THREE_HOUR, ids=lambda p: p.name)
def test_three_hour_sessions_have_a_break(path: Path) -> None:
    titles = [s["title"].lower() for s in _load(path)["segments"]]
    assert any("break" in t for t in titles)
    assert "check-in" in titles[0] and "check-out" in titles[-1]


def test_keys_unique_across_library() -> None:
    keys = [_load(p)["key"] for p in sorted(ROOT.rglob("*.toml"))]
    assert len(keys) == len(set(keys))


def test_length_mix() -> None:
    minutes = [_load(p)["minutes"] for p in FILES]
    assert minutes.count(180) >= 3
    assert minutes.count(90) > len(minutes) / 2
