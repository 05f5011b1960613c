"""Curriculum topics: the agreed format (TOPIC-FORMAT.md) as a model, and a problem's text.

Pure Python; `domain/topic_check.py` checks a parsed file against the schema (`check_topic`),
`domain/topic_files.py` reads files and folders, `domain/topic_pack.py` packs.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from iop_facilitator.domain.enums import LabelledEnum, Phase
from iop_facilitator.texts import QT_TR_NOOP

MAX_FILE_BYTES = 256 * 1024
SESSION_MINUTES = (60, 90, 180)
KEY_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_KEY_LENGTH = 80
MAX_TITLE_LENGTH = 200
MAX_LIST_ITEMS = 40

# (exact series name, folder under resources/curriculum/). The order is the suggestion tie-break.
SERIES: tuple[tuple[str, str], ...] = (
    ("Relapse Prevention", "relapse-prevention"),
    ("Early Recovery Skills", "early-recovery"),
    ("Coping Skills", "coping-skills"),
    ("Stages of Change", "stages-of-change"),
    ("Spirituality", "spirituality"),
    ("Goal Setting", "goal-setting"),
    ("Family Education", "family-education"),
    ("Health and Wellness", "health-wellness"),
    ("Co-occurring Conditions", "co-occurring"),
)
SERIES_NAMES: tuple[str, ...] = tuple(name for name, _ in SERIES)
SERIES_FOLDERS: dict[str, str] = {folder: name for name, folder in SERIES}


class GroupModel(LabelledEnum):
    PSYCHOEDUCATIONAL = "psychoeducational", "Psychoeducational"
    SKILLS = "skills", "Skills"
    CBT = "cbt", "CBT"
    SUPPORT = "support", "Support"
    PROCESS = "process", "Process"


REQUIRED_TEXT = ("key", "title", "series", "group_model", "activity", "handout")
REQUIRED_LISTS = ("objectives", "prompts", "tips", "sources")
OPTIONAL_TEXT = ("title_es", "handout_es")
KNOWN_FIELDS = frozenset(
    (*REQUIRED_TEXT, *REQUIRED_LISTS, *OPTIONAL_TEXT, "phases", "minutes", "version", "segments")
)
SEGMENT_FIELDS = frozenset(("title", "minutes", "description"))


@dataclass(frozen=True)
class Segment:
    """One timed part of a session's agenda."""

    title: str
    minutes: int
    description: str


@dataclass(frozen=True)
class Topic:
    """The content of one topic version, exactly as a topic file or pack describes it."""

    key: str
    title: str
    series: str
    group_model: str
    phases: tuple[str, ...]
    minutes: int
    version: int
    objectives: tuple[str, ...]
    prompts: tuple[str, ...]
    activity: str
    handout: str
    tips: tuple[str, ...]
    sources: tuple[str, ...]
    segments: tuple[Segment, ...]
    title_es: str = ""
    handout_es: str = ""

    @property
    def series_rank(self) -> int:
        return SERIES_NAMES.index(self.series) if self.series in SERIES_NAMES else len(SERIES_NAMES)

    @property
    def agenda_minutes(self) -> int:
        return sum(s.minutes for s in self.segments)

    def to_data(self) -> dict[str, Any]:
        """The file/pack shape (plain dicts and lists); optional Spanish fields only when set."""
        data: dict[str, Any] = {
            "key": self.key,
            "title": self.title,
            "series": self.series,
            "group_model": self.group_model,
            "phases": list(self.phases),
            "minutes": self.minutes,
            "version": self.version,
            "objectives": list(self.objectives),
            "prompts": list(self.prompts),
            "activity": self.activity,
            "handout": self.handout,
            "tips": list(self.tips),
            "sources": list(self.sources),
        }
        if self.title_es:
            data["title_es"] = self.title_es
        if self.handout_es:
            data["handout_es"] = self.handout_es
        data["segments"] = [
            {"title": s.title, "minutes": s.minutes, "description": s.description}
            for s in self.segments
        ]
        return data

    def content_hash(self) -> str:
        """SHA-256 of the content, version number excluded: same hash means nothing changed."""
        data = self.to_data()
        del data["version"]
        canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def search_text(self) -> str:
        """Everything a facilitator might search for, as one lower-case string."""
        parts = [
            self.title,
            self.series,
            *self.objectives,
            *self.prompts,
            self.activity,
            self.handout,
            *self.tips,
            self.title_es,
            self.handout_es,
        ]
        parts += [f"{s.title} {s.description}" for s in self.segments]
        return "\n".join(parts).lower()


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a topic file, in plain words."""

    source: str
    message: str
    field: str = ""
    line: int | None = None

    @property
    def text(self) -> str:
        if self.line is not None and self.field:
            return QT_TR_NOOP(
                "{source}, line {line}, field '{field}': {message}",
                source=self.source,
                line=self.line,
                field=self.field,
                message=self.message,
            )
        if self.line is not None:
            return QT_TR_NOOP(
                "{source}, line {line}: {message}",
                source=self.source,
                line=self.line,
                message=self.message,
            )
        if self.field:
            return QT_TR_NOOP(
                "{source}, field '{field}': {message}",
                source=self.source,
                field=self.field,
                message=self.message,
            )
        return QT_TR_NOOP("{source}: {message}", source=self.source, message=self.message)

    def __str__(self) -> str:
        return self.text


def valid_key(key: str) -> bool:
    return bool(KEY_PATTERN.match(key)) and len(key) <= MAX_KEY_LENGTH


def problems_text(problems: Sequence[Problem], limit: int = 8) -> str:
    """A short plain-words list for a message box."""
    lines = [p.text for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(QT_TR_NOOP("...and {n} more.", n=len(problems) - limit))
    return join_lines(lines)


def join_lines(lines: Sequence[str]) -> str:
    """`lines` one under the other, each still translatable by the UI (a Text of Texts)."""
    if not lines:
        return ""
    joined = lines[0]
    for line in lines[1:]:
        joined = QT_TR_NOOP("{first}\n{second}", first=joined, second=line)
    return joined


def key_from_title(title: str, prefix: str = "clinic") -> str:
    """A valid key suggested from a title: 'Anger & Stress!' -> 'clinic-anger-stress'."""
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join([prefix, *words])[:MAX_KEY_LENGTH].strip("-")


def blank_topic() -> Topic:
    """A starting point for a new clinic topic: a 90-minute group in the usual shape."""
    return Topic(
        key="",
        title="",
        series=SERIES_NAMES[0],
        group_model=GroupModel.PSYCHOEDUCATIONAL.value,
        phases=(Phase.EARLY_RECOVERY.value,),
        minutes=90,
        version=1,
        objectives=(),
        prompts=(),
        activity="",
        handout="",
        tips=(),
        sources=(),
        segments=(
            Segment(
                "Check-in", 15, "Use or cravings since last group (0-10), one trigger noticed."
            ),
            Segment("Topic and discussion", 45, ""),
            Segment(
                "Members' own struggles", 30, "Close on a positive note and a commitment to return."
            ),
        ),
    )
