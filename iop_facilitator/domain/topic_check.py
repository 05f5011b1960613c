"""The topic schema check: `check_topic` turns a parsed topic file into a Topic or problems.

Pure Python; the model (Topic, Segment, Problem) is in `domain/curriculum.py`.

Contracts:
- `check_topic(data, source)` returns `(Topic, [])` for a valid mapping, or `(None, problems)` with
  every problem found, each naming the file, the line where one is known, and the field.
- `Topic.to_data()` is the exact inverse of `check_topic` (round-trips through TOML and JSON).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from iop_facilitator.domain.curriculum import (
    KNOWN_FIELDS,
    MAX_KEY_LENGTH,
    MAX_LIST_ITEMS,
    MAX_TITLE_LENGTH,
    OPTIONAL_TEXT,
    REQUIRED_LISTS,
    REQUIRED_TEXT,
    SEGMENT_FIELDS,
    SERIES_NAMES,
    SESSION_MINUTES,
    GroupModel,
    Problem,
    Segment,
    Topic,
    valid_key,
)
from iop_facilitator.domain.enums import Phase
from iop_facilitator.domain.text import shown
from iop_facilitator.texts import QT_TR_NOOP


def _line_of(text: str | None, name: str, occurrence: int = 0) -> int | None:
    """Where `name = ...` (or `[[name]]`) starts in the file, when the text is at hand."""
    if not text:
        return None
    pattern = re.compile(
        rf"^[ \t]*(?:{re.escape(name)}[ \t]*=|\[\[[ \t]*{re.escape(name)}[ \t]*\]\])", re.M
    )
    for index, match in enumerate(pattern.finditer(text)):
        if index == occurrence:
            return text.count("\n", 0, match.start()) + 1
    return None


def _bad_chars(value: str) -> str:
    """What is wrong with the characters of `value` ('' when nothing), as a whole message."""
    if "\x00" in value:
        return QT_TR_NOOP("contains a NUL character: remove it.")
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        return QT_TR_NOOP("contains an invalid character: remove it.")
    return ""


def _bad_item_chars(value: str, index: int) -> str:
    """`_bad_chars` for item `index` of a list."""
    if "\x00" in value:
        return QT_TR_NOOP("item {index} contains a NUL character: remove it.", index=index)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        return QT_TR_NOOP("item {index} contains an invalid character: remove it.", index=index)
    return ""


class _Checker:
    def __init__(self, data: Mapping[str, Any], source: str, text: str | None) -> None:
        self.data = data
        self.source = source
        self.text = text
        self.problems: list[Problem] = []

    def problem(self, name: str, message: str, line_name: str = "", occurrence: int = 0) -> None:
        line = _line_of(self.text, line_name or name.split(".")[0].split("[")[0], occurrence)
        self.problems.append(Problem(self.source, message, name, line))

    def text_field(self, name: str, required: bool = True) -> str:
        if name not in self.data:
            if required:
                self.problem(name, QT_TR_NOOP("is missing: add it (text in quotes)."))
            return ""
        value = self.data[name]
        if not isinstance(value, str):
            self.problem(name, QT_TR_NOOP("must be text in quotes, not {kind}.", kind=_kind(value)))
            return ""
        if required and not value.strip():
            self.problem(name, QT_TR_NOOP("is empty: write something here."))
        elif bad := _bad_chars(value):
            self.problem(name, bad)
        return value

    def list_field(self, name: str) -> tuple[str, ...]:
        if name not in self.data:
            self.problem(
                name, QT_TR_NOOP('is missing: add it as a list, e.g. ["first", "second"].')
            )
            return ()
        value = self.data[name]
        if not isinstance(value, list):
            self.problem(
                name,
                QT_TR_NOOP("must be a list in square brackets, not {kind}.", kind=_kind(value)),
            )
            return ()
        if not value:
            self.problem(name, QT_TR_NOOP("is an empty list: add at least one item."))
            return ()
        if len(value) > MAX_LIST_ITEMS:
            self.problem(
                name,
                QT_TR_NOOP(
                    "has {n} items: keep it to {most} at most.", n=len(value), most=MAX_LIST_ITEMS
                ),
            )
        for index, item in enumerate(value, 1):
            if not isinstance(item, str) or not item.strip():
                self.problem(
                    name,
                    QT_TR_NOOP("item {index} must be text in quotes and not empty.", index=index),
                )
                return ()
            if bad := _bad_item_chars(item, index):
                self.problem(name, bad)
                return ()
        return tuple(value)

    def int_field(self, name: str) -> int:
        if name not in self.data:
            self.problem(name, QT_TR_NOOP("is missing: add it as a whole number."))
            return 0
        value = self.data[name]
        if not _is_int(value):
            self.problem(name, QT_TR_NOOP("must be a whole number, not {kind}.", kind=_kind(value)))
            return 0
        return int(value)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return QT_TR_NOOP("true/false")
    if isinstance(value, int | float):
        return QT_TR_NOOP("the number {value}", value=value)
    if isinstance(value, str):
        return QT_TR_NOOP("text")
    if isinstance(value, list):
        return QT_TR_NOOP("a list")
    if isinstance(value, dict):
        return QT_TR_NOOP("a table")
    return type(value).__name__


def check_topic(
    data: Mapping[str, Any], source: str, text: str | None = None
) -> tuple[Topic | None, list[Problem]]:
    """Check one topic's fields; return the Topic, or None and every problem found."""
    c = _Checker(data, source, text)
    for name in sorted(set(data) - KNOWN_FIELDS):
        c.problem(name, QT_TR_NOOP("is not a field topics have: check the spelling or remove it."))
    values = {name: c.text_field(name) for name in REQUIRED_TEXT}
    optional = {name: c.text_field(name, required=False) for name in OPTIONAL_TEXT}
    lists = {name: c.list_field(name) for name in REQUIRED_LISTS}
    key = values["key"]
    if key and not valid_key(key):
        c.problem(
            "key",
            QT_TR_NOOP(
                "'{key}' may use only lowercase letters, digits and single hyphens "
                "(e.g. rp-high-risk-situations), {most} characters at most.",
                key=shown(key),
                most=MAX_KEY_LENGTH,
            ),
        )
    if len(values["title"]) > MAX_TITLE_LENGTH:
        c.problem(
            "title", QT_TR_NOOP("is too long: keep it to {n} characters.", n=MAX_TITLE_LENGTH)
        )
    if values["series"] and values["series"] not in SERIES_NAMES:
        c.problem(
            "series",
            QT_TR_NOOP(
                "'{series}' is not a series; use one of: {names}.",
                series=shown(values["series"], 60),
                names=", ".join(SERIES_NAMES),
            ),
        )
    models = [m.value for m in GroupModel]
    if values["group_model"] and values["group_model"] not in models:
        c.problem("group_model", QT_TR_NOOP("must be one of: {names}.", names=", ".join(models)))
    phases: tuple[str, ...] = ()
    if "phases" not in data:
        c.problem("phases", QT_TR_NOOP('is missing: add a list such as ["early_recovery"].'))
    elif not isinstance(data["phases"], list) or not data["phases"]:
        c.problem("phases", QT_TR_NOOP('must be a non-empty list such as ["early_recovery"].'))
    else:
        allowed = [p.value for p in Phase]
        wrong = [p for p in data["phases"] if p not in allowed]
        if wrong:
            c.problem(
                "phases",
                QT_TR_NOOP(
                    "'{phase}' is not a phase; use: {names}.",
                    phase=shown(wrong[0]),
                    names=", ".join(allowed),
                ),
            )
        elif len(set(data["phases"])) != len(data["phases"]):
            c.problem("phases", QT_TR_NOOP("names a phase twice: remove one."))
        else:
            phases = tuple(data["phases"])
    minutes = c.int_field("minutes")
    if _is_int(data.get("minutes")) and minutes not in SESSION_MINUTES:
        c.problem(
            "minutes",
            QT_TR_NOOP(
                "is {n}; a session lasts 60, 90 or 180 minutes: use one of those.", n=minutes
            ),
        )
    version = c.int_field("version")
    if _is_int(data.get("version")) and version < 1:
        c.problem("version", QT_TR_NOOP("is {n}; versions start at 1: use 1 or more.", n=version))
    segments = _check_segments(c, minutes)
    if c.problems:
        return None, c.problems
    return (
        Topic(
            key=key,
            title=values["title"],
            series=values["series"],
            group_model=values["group_model"],
            phases=phases,
            minutes=minutes,
            version=version,
            objectives=lists["objectives"],
            prompts=lists["prompts"],
            activity=values["activity"],
            handout=values["handout"],
            tips=lists["tips"],
            sources=lists["sources"],
            segments=segments,
            title_es=optional["title_es"],
            handout_es=optional["handout_es"],
        ),
        [],
    )


def _check_segments(c: _Checker, minutes: int) -> tuple[Segment, ...]:
    raw = c.data.get("segments")
    if raw is None:
        c.problem("segments", QT_TR_NOOP("are missing: add the agenda as [[segments]] blocks."))
        return ()
    if not isinstance(raw, list) or not raw:
        c.problem(
            "segments",
            QT_TR_NOOP("must be one or more [[segments]] blocks (title, minutes, description)."),
        )
        return ()
    segments: list[Segment] = []
    ok = True
    for index, item in enumerate(raw):
        label = f"segments[{index + 1}]"
        if not isinstance(item, Mapping):
            c.problem(label, QT_TR_NOOP("must be a [[segments]] block."), "segments", index)
            ok = False
            continue
        for name in sorted(set(item) - SEGMENT_FIELDS):
            c.problem(
                f"{label}.{name}",
                QT_TR_NOOP(
                    "is not a segment field (title, minutes, description): check the spelling "
                    "or remove it."
                ),
                "segments",
                index,
            )
        title, description, seg_minutes = (
            item.get("title"),
            item.get("description"),
            item.get("minutes"),
        )
        for name, value in (("title", title), ("description", description)):
            if not isinstance(value, str) or not value.strip():
                c.problem(
                    f"{label}.{name}",
                    QT_TR_NOOP("is missing or empty: write a few words here."),
                    "segments",
                    index,
                )
                ok = False
            elif bad := _bad_chars(value):
                c.problem(f"{label}.{name}", bad, "segments", index)
                ok = False
        if isinstance(seg_minutes, bool) or not isinstance(seg_minutes, int):
            c.problem(
                f"{label}.minutes",
                QT_TR_NOOP("must be a whole number of minutes."),
                "segments",
                index,
            )
            ok = False
        elif seg_minutes <= 0:
            c.problem(
                f"{label}.minutes",
                QT_TR_NOOP(
                    "is {n}; each segment needs more than 0 minutes: use 1 or more.", n=seg_minutes
                ),
                "segments",
                index,
            )
            ok = False
        if ok:
            segments.append(Segment(str(title), int(seg_minutes), str(description)))  # type: ignore[arg-type]
    if ok and minutes in SESSION_MINUTES:
        total = sum(s.minutes for s in segments)
        if total != minutes:
            fix = (
                QT_TR_NOOP(
                    "add up to {total} minutes but the session lasts {minutes}: add {n} minutes.",
                    total=total,
                    minutes=minutes,
                    n=minutes - total,
                )
                if total < minutes
                else QT_TR_NOOP(
                    "add up to {total} minutes but the session lasts {minutes}: "
                    "remove {n} minutes.",
                    total=total,
                    minutes=minutes,
                    n=total - minutes,
                )
            )
            c.problem("segments", fix, "segments")
    return tuple(segments)
