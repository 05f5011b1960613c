"""Topic packs: several topics in one TOML or JSON file a colleague can import.

Contracts:
- `write_pack(topics, fmt, exported_at)` returns the text of a pack; `read_pack(text, ...)` turns
  it back into exactly the same topics (every string, list and number round-trips).
- `read_pack` never raises for bad content: it returns the good topics and every problem, and the
  caller imports nothing when there is any problem.
- `topic_to_toml(topic)` writes one topic in the file format of resources/curriculum/.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping, Sequence
from typing import Any

from iop_facilitator.domain.curriculum import MAX_FILE_BYTES, Problem, Topic
from iop_facilitator.domain.text import shown
from iop_facilitator.domain.topic_check import check_topic
from iop_facilitator.texts import QT_TR_NOOP

PACK_FORMAT = "iop-facilitator-topic-pack"
PACK_VERSION = 1
MAX_PACK_TOPICS = 500
MAX_PACK_BYTES = 20 * 1024 * 1024
MULTILINE_FIELDS = frozenset(("activity", "handout", "handout_es", "description"))


def _escape_char(ch: str, multiline: bool) -> str:
    code = ord(ch)
    if ch == "\\":
        return "\\\\"
    if ch == '"':
        return '\\"'
    if multiline and ch in "\n\t":
        return ch
    if ch == "\n":
        return "\\n"
    if ch == "\t":
        return "\\t"
    if code < 0x20 or code == 0x7F:
        return f"\\u{code:04x}"
    return ch


def toml_string(value: str, multiline: bool = False) -> str:
    """A TOML basic string (or multi-line basic string) that reads back as exactly `value`."""
    body = "".join(_escape_char(ch, multiline) for ch in value)
    if multiline and "\n" in value:
        # The newline right after the opening quotes is trimmed by TOML readers.
        return f'"""\n{body}"""'
    return f'"{body}"'


def _toml_value(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value, multiline=name in MULTILINE_FIELDS)
    if isinstance(value, list):
        if not value:
            return "[]"
        items = ",\n".join(f"  {_toml_value('', v)}" for v in value)
        return f"[\n{items},\n]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _toml_table(data: Mapping[str, Any], segments_header: str) -> list[str]:
    lines = [
        f"{name} = {_toml_value(name, value)}" for name, value in data.items() if name != "segments"
    ]
    for segment in data.get("segments", []):
        lines += ["", f"[[{segments_header}]]"]
        lines += [f"{name} = {_toml_value(name, value)}" for name, value in segment.items()]
    return lines


def topic_to_toml(topic: Topic) -> str:
    """One topic in the resources/curriculum file format."""
    return "\n".join(_toml_table(topic.to_data(), "segments")) + "\n"


def write_pack(topics: Sequence[Topic], fmt: str, exported_at: str) -> str:
    """A pack of `topics` as TOML ("toml") or JSON ("json")."""
    if fmt == "json":
        document = {
            "format": PACK_FORMAT,
            "format_version": PACK_VERSION,
            "exported_at": exported_at,
            "topics": [t.to_data() for t in topics],
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt != "toml":
        raise ValueError(f"unknown pack format {fmt!r}")
    lines = [
        f"# IOP Facilitator topic pack: {len(topics)} topic(s). "
        "Import it from the Curriculum page.",
        f"format = {toml_string(PACK_FORMAT)}",
        f"format_version = {PACK_VERSION}",
        f"exported_at = {toml_string(exported_at)}",
    ]
    for topic in topics:
        lines += ["", "[[topics]]", *_toml_table(topic.to_data(), "topics.segments")]
    return "\n".join(lines) + "\n"


def read_pack(text: str, source: str, fmt: str) -> tuple[list[Topic], list[Problem]]:
    """Every topic in a pack, or the problems that stop it being imported."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_PACK_BYTES:
        return [], [
            Problem(
                source,
                QT_TR_NOOP(
                    "is larger than {mb} MB: export fewer topics per pack.",
                    mb=MAX_PACK_BYTES // (1024 * 1024),
                ),
            )
        ]
    try:
        document = json.loads(text) if fmt == "json" else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        kind = "JSON" if fmt == "json" else "TOML"
        reason = str(exc)[:160]
        return [], [
            Problem(
                source,
                QT_TR_NOOP("is not a valid {kind} file ({reason}).", kind=kind, reason=reason),
            )
        ]
    if not isinstance(document, dict) or document.get("format") != PACK_FORMAT:
        return [], [
            Problem(
                source,
                QT_TR_NOOP(
                    "is not an IOP Facilitator topic pack: export one from the "
                    "Curriculum page of the app."
                ),
                "format",
            )
        ]
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version > PACK_VERSION:
        return [], [
            Problem(
                source,
                QT_TR_NOOP("was made by a newer version of the app: update this one first."),
                "format_version",
            )
        ]
    raw = document.get("topics")
    if not isinstance(raw, list) or not raw:
        return [], [Problem(source, QT_TR_NOOP("holds no topics."), "topics")]
    if len(raw) > MAX_PACK_TOPICS:
        return [], [
            Problem(
                source,
                QT_TR_NOOP(
                    "holds {n} topics; {most} is the most one pack can carry.",
                    n=len(raw),
                    most=MAX_PACK_TOPICS,
                ),
                "topics",
            )
        ]
    topics: list[Topic] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, item in enumerate(raw, 1):
        label = QT_TR_NOOP("{source}, topic {index}", source=source, index=index)
        if isinstance(item, dict) and isinstance(item.get("key"), str):
            label = QT_TR_NOOP(
                "{source}, topic {index} ({key})",
                source=source,
                index=index,
                key=shown(item["key"]),
            )
        if not isinstance(item, dict):
            problems.append(Problem(label, QT_TR_NOOP("is not a topic table.")))
            continue
        size = len(json.dumps(item, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        if size > MAX_FILE_BYTES:
            problems.append(
                Problem(label, QT_TR_NOOP("is larger than {kb} KB.", kb=MAX_FILE_BYTES // 1024))
            )
            continue
        topic, found = check_topic(item, label)
        if topic is None:
            problems.extend(found)
        elif topic.key in seen:
            problems.append(
                Problem(label, QT_TR_NOOP("repeats key '{key}'.", key=topic.key), "key")
            )
        else:
            seen.add(topic.key)
            topics.append(topic)
    return topics, problems
