"""Rules about notes that hold whatever stores them."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from iop_facilitator.domain.text import check_storable
from iop_facilitator.errors import ValidationError
from iop_facilitator.texts import QT_TR_NOOP


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


FORMAT_MIN_SECTIONS = 2
FORMAT_MAX_SECTIONS = 8
FORMAT_NAME_MAX = 12
SECTION_TITLE_MAX = 40
SECTION_HINT_MAX = 200
# Field names a note already has beside its sections: a section may not take them.
RESERVED_SECTION_KEYS = frozenset({"risk_follow_up", "participation_level", "minutes"})


def section_key(title: str) -> str:
    """A section's stored key: its title's words in lower case joined by '_' (Plan -> plan)."""
    words = "".join(c.lower() if c.isalnum() else " " for c in title).split()
    return "_".join(words)


def format_sections_json(fmt: NoteFormat) -> str:
    """How a format's sections are stored (the same shape as the built-in rows)."""
    return json.dumps(
        [{"key": s.key, "title": s.title, "hint": s.hint} for s in fmt.sections], ensure_ascii=False
    )


def build_format(name: str, sections: Sequence[tuple[str, str]], taken: set[str]) -> NoteFormat:
    """A clinic's own note format from its short name and (title, hint) pairs, in order.

    `taken` holds the keys of the formats the clinic already has. Raises ValidationError with a
    plain message naming the first problem. A Plan section is required: the plan is one of the
    chartable elements every member note must show.
    """
    key = check_storable(name, QT_TR_NOOP("The format's name"), "name").strip()
    if not key:
        raise ValidationError(QT_TR_NOOP("Give the format a short name, such as SIRP."), "name")
    if len(key) > FORMAT_NAME_MAX or not all(c.isalnum() or c == "-" for c in key):
        raise ValidationError(
            QT_TR_NOOP(
                "A format's name is a short word of letters and numbers ({n} at most), "
                "such as SIRP.",
                n=FORMAT_NAME_MAX,
            ),
            "name",
        )
    if key.casefold() in {t.casefold() for t in taken}:
        raise ValidationError(
            QT_TR_NOOP("There is already a note format called {name}.", name=key), "name"
        )
    # Rows left wholly empty in the form are not sections; numbers stay those of the form.
    rows = [
        (number, t.strip(), " ".join(h.split()))
        for number, (t, h) in enumerate(sections, start=1)
        if t.strip() or h.strip()
    ]
    if len(rows) < FORMAT_MIN_SECTIONS:
        raise ValidationError(
            QT_TR_NOOP("A note format needs at least {n} sections.", n=FORMAT_MIN_SECTIONS),
            "sections",
        )
    if len(rows) > FORMAT_MAX_SECTIONS:
        raise ValidationError(
            QT_TR_NOOP("A note format has at most {n} sections.", n=FORMAT_MAX_SECTIONS),
            "sections",
        )
    built: list[Section] = []
    seen: dict[str, str] = {}
    for number, title, hint in rows:
        check_storable(title, QT_TR_NOOP("Section {number}'s name", number=number), "sections")
        check_storable(hint, QT_TR_NOOP("Section {number}'s hint", number=number), "sections")
        skey = section_key(title)
        if not skey:
            raise ValidationError(
                QT_TR_NOOP("Section {number} has no name.", number=number), "sections"
            )
        if len(title) > SECTION_TITLE_MAX:
            raise ValidationError(
                QT_TR_NOOP(
                    "Section {number}'s name is too long ({n} characters at most).",
                    number=number,
                    n=SECTION_TITLE_MAX,
                ),
                "sections",
            )
        if len(hint) > SECTION_HINT_MAX:
            raise ValidationError(
                QT_TR_NOOP(
                    "Section {number}'s hint is too long: one line of {n} characters at most.",
                    number=number,
                    n=SECTION_HINT_MAX,
                ),
                "sections",
            )
        if skey in seen:
            raise ValidationError(
                QT_TR_NOOP(
                    'Two sections are both called "{title}": give each section its own name.',
                    title=seen[skey],
                ),
                "sections",
            )
        if skey in RESERVED_SECTION_KEYS:
            raise ValidationError(
                QT_TR_NOOP(
                    '"{title}" is already a field of every note: choose another section name.',
                    title=title,
                ),
                "sections",
            )
        seen[skey] = title
        built.append(Section(skey, title, hint, skey in SHARED_BY_DEFAULT))
    if "plan" not in seen:
        raise ValidationError(
            QT_TR_NOOP(
                "Add a section called Plan: every chartable note must show the member's plan."
            ),
            "sections",
        )
    display = f"{key} ({', '.join(s.title for s in built)})"
    return NoteFormat(key, display, tuple(built))


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
        missing.append(QT_TR_NOOP("Session start and stop times"))
    if not facts.attended:
        if not any(v.strip() for v in facts.sections.values()):
            missing.append(QT_TR_NOOP("A short absence note"))
        return missing
    if facts.minutes <= 0:
        missing.append(QT_TR_NOOP("Minutes attended"))
    for section in facts.format.sections:
        if section.key == "plan":
            continue
        if not facts.sections.get(section.key, "").strip():
            missing.append(QT_TR_NOOP("{title} section", title=section.title))
    if not (facts.plan.strip() or facts.sections.get("plan", "").strip()):
        missing.append(QT_TR_NOOP("Plan"))
    if not facts.participation_level:
        missing.append(QT_TR_NOOP("Participation level"))
    if not facts.risk:
        missing.append(QT_TR_NOOP("Risk (choose 'None reported' if none)"))
    elif facts.risk != "none" and not facts.risk_follow_up.strip():
        missing.append(QT_TR_NOOP("Follow-up for the risk marked"))
    if facts.format.key == "GIRP" and not (
        facts.goal.strip() or facts.sections.get("goal", "").strip()
    ):
        missing.append(QT_TR_NOOP("Treatment-plan goal"))
    return missing
