"""Rules about notes that hold whatever stores them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


def content_hash(content: Mapping[str, Any]) -> str:
    """A stable SHA-256 of a note's content, recorded when it is signed."""
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# -- note formats ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    hint: str = ""
    shared: bool = False  # text the facilitator may write once and apply to all present


@dataclass(frozen=True)
class NoteFormat:
    key: str
    name: str
    sections: tuple[Section, ...]

    @property
    def individual_keys(self) -> tuple[str, ...]:
        return tuple(s.key for s in self.sections if not s.shared)


# Sections describing what the facilitator did are the same for everyone in the group.
SHARED_BY_DEFAULT = frozenset({"intervention", "interventions"})


def parse_format(key: str, name: str, sections_json: str) -> NoteFormat:
    raw = json.loads(sections_json)
    return NoteFormat(
        key,
        name,
        tuple(
            Section(
                str(s["key"]),
                str(s["title"]),
                str(s.get("hint", "")),
                bool(s.get("shared", str(s["key"]) in SHARED_BY_DEFAULT)),
            )
            for s in raw
        ),
    )


# -- cloned notes -----------------------------------------------------------------------------


def _shingles(text: str, size: int = 3) -> set[tuple[str, ...]]:
    words = [w for w in "".join(c.lower() if c.isalnum() else " " for c in text).split() if w]
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def similarity(a: str, b: str) -> float:
    """0..1: how much two texts share (Jaccard over three-word runs)."""
    sa, sb = _shingles(a), _shingles(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


NEAR_IDENTICAL = 0.8
MIN_COMPARABLE_CHARS = 40


def near_identical(a: str, b: str) -> bool:
    """Two member-specific texts that look cloned (the most common audit finding)."""
    if len(a.strip()) < MIN_COMPARABLE_CHARS or len(b.strip()) < MIN_COMPARABLE_CHARS:
        return a.strip() == b.strip() != ""
    return similarity(a, b) >= NEAR_IDENTICAL


# -- chartable elements -----------------------------------------------------------------------


@dataclass(frozen=True)
class ChartFacts:
    """What a member note holds that a payer checks before the note can be signed."""

    attended: bool
    session_start: str | None
    session_end: str | None
    minutes: int
    sections: dict[str, str]
    format: NoteFormat
    participation_level: str | None
    risk: str | None
    risk_follow_up: str
    plan: str
    goal: str


def missing_elements(facts: ChartFacts) -> list[str]:
    """What the note still lacks for charting, in plain words (empty: ready to sign)."""
    missing: list[str] = []
    if not facts.session_start or not facts.session_end:
        missing.append("Session start and stop times")
    if not facts.attended:
        if not any(v.strip() for v in facts.sections.values()):
            missing.append("A short absence note")
        return missing
    if facts.minutes <= 0:
        missing.append("Minutes attended")
    for section in facts.format.sections:
        if section.key == "plan":
            continue
        if not facts.sections.get(section.key, "").strip():
            missing.append(f"{section.title} section")
    if not (facts.plan.strip() or facts.sections.get("plan", "").strip()):
        missing.append("Plan")
    if not facts.participation_level:
        missing.append("Participation level")
    if not facts.risk:
        missing.append("Risk (choose 'None reported' if none)")
    elif facts.risk != "none" and not facts.risk_follow_up.strip():
        missing.append("Follow-up for the risk marked")
    if facts.format.key == "GIRP" and not (
        facts.goal.strip() or facts.sections.get("goal", "").strip()
    ):
        missing.append("Treatment-plan goal")
    return missing
