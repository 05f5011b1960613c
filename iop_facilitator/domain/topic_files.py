"""Reading topic files: one TOML file, or a library folder of series sub-folders.

Contracts: nothing here raises for bad content. A file too large, not UTF-8, not TOML or failing
the schema check becomes a `Problem` naming the file, the line where known, and the field; a
folder load returns the good topics with every problem, so the library still opens.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from iop_facilitator.domain.curriculum import (
    MAX_FILE_BYTES,
    SERIES_FOLDERS,
    Problem,
    Topic,
)
from iop_facilitator.domain.topic_check import check_topic
from iop_facilitator.texts import QT_TR_NOOP


@dataclass(frozen=True)
class LoadResult:
    topics: tuple[Topic, ...] = ()
    problems: tuple[Problem, ...] = ()
    sources: Mapping[str, str] = field(default_factory=dict)  # key -> file it came from


_TOML_LINE = re.compile(r"line (\d+)")
_ESCAPED_CHAR = re.compile(r"'\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})'")


def parse_toml_topic(text: str, source: str) -> tuple[Topic | None, list[Problem]]:
    """Parse and check the text of one topic file."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        return None, [
            Problem(
                source,
                QT_TR_NOOP(
                    "is larger than {kb} KB: a topic should fit on a few pages; shorten it.",
                    kb=MAX_FILE_BYTES // 1024,
                ),
            )
        ]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE.search(str(exc))
        line = int(match.group(1)) if match else None
        if line is None and "end of document" in str(exc):
            line = text.count("\n") + 1
        # tomllib names a control character by its Python escape ('\x00'): say it in words.
        reason = _ESCAPED_CHAR.sub("(an invisible one)", str(exc).split(" (at ")[0])
        return None, [
            Problem(
                source,
                QT_TR_NOOP(
                    "is not valid TOML ({reason}). Check the quotes, brackets and '=' signs there.",
                    reason=reason,
                ),
                line=line,
            )
        ]
    return check_topic(data, source, text)


def load_topic_file(path: Path, source: str | None = None) -> tuple[Topic | None, list[Problem]]:
    """Read one file; a file too large, unreadable or not UTF-8 is a problem, never an exception."""
    name = source or path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [
                Problem(
                    name,
                    QT_TR_NOOP(
                        "is {size} KB, larger than {kb} KB: shorten it.",
                        size=size // 1024,
                        kb=MAX_FILE_BYTES // 1024,
                    ),
                )
            ]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [
            Problem(
                name,
                QT_TR_NOOP(
                    "could not be read ({reason}): check that it is still there.",
                    reason=exc.strerror or "error",
                ),
            )
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None, [Problem(name, QT_TR_NOOP("is not UTF-8 text: save it as UTF-8."))]
    return parse_toml_topic(text, name)


def folder_fingerprint(folder: Path) -> str:
    """A hash of every `*.toml` under `folder` (names and bytes): equal means nothing changed.

    Hashing the files takes about a millisecond; parsing them takes a hundred at every start.
    """
    digest = hashlib.sha256()
    if folder.is_dir():
        for path in sorted(folder.rglob("*.toml")):
            digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"\0unreadable")
            digest.update(b"\0")
    return digest.hexdigest()


def load_folder(folder: Path) -> LoadResult:
    """Every `*.toml` under `folder` (series sub-folders), in a stable order.

    A file whose series does not match its folder, whose key is not its file name, or whose key
    another file already used is a problem; the other files still load.
    """
    if not folder.is_dir():
        return LoadResult()
    topics: list[Topic] = []
    problems: list[Problem] = []
    sources: dict[str, str] = {}
    for path in sorted(folder.rglob("*.toml")):
        rel = path.relative_to(folder).as_posix()
        topic, found = load_topic_file(path, rel)
        if topic is None:
            problems.extend(found)
            continue
        folder_series = SERIES_FOLDERS.get(path.parent.name) if path.parent != folder else None
        if path.stem != topic.key:
            problems.append(
                Problem(
                    rel,
                    QT_TR_NOOP(
                        "has key '{key}' but the file is named '{name}': name the file {key}.toml.",
                        key=topic.key,
                        name=path.name,
                    ),
                    "key",
                )
            )
        elif folder_series is not None and folder_series != topic.series:
            problems.append(
                Problem(
                    rel,
                    QT_TR_NOOP(
                        "says series '{series}' but sits in the '{folder}' folder: move it or "
                        "fix the series.",
                        series=topic.series,
                        folder=path.parent.name,
                    ),
                    "series",
                )
            )
        elif topic.key in sources:
            problems.append(
                Problem(
                    rel,
                    QT_TR_NOOP(
                        "uses key '{key}', which {other} already uses: every topic needs its own "
                        "key.",
                        key=topic.key,
                        other=sources[topic.key],
                    ),
                    "key",
                )
            )
        else:
            sources[topic.key] = rel
            topics.append(topic)
    return LoadResult(tuple(topics), tuple(problems), sources)
