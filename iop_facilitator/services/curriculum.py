"""The curriculum library: built-in topics synced from files, clinic topics, versions, retiring.

Contracts:
- Each row of `topic` is one version; exactly one row per key has `is_current = 1`. A session
  points at a row id, so it keeps the exact version it used whatever happens later.
- `sync_builtin()` is idempotent: unchanged files write nothing; a changed file adds a version.
- Built-in topics are read-only; `duplicate` makes an editable clinic copy. Every save of a clinic
  topic adds a version row. A topic a session used is never deleted, only retired.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from iop_facilitator.domain.changes import NOTHING, Changes
from iop_facilitator.domain.curriculum import (
    MAX_FILE_BYTES,
    MAX_KEY_LENGTH,
    SERIES_NAMES,
    Problem,
    Segment,
    Topic,
    problems_text,
)
from iop_facilitator.domain.enums import TopicOrigin
from iop_facilitator.domain.ids import TopicId
from iop_facilitator.domain.text import shown
from iop_facilitator.domain.topic_check import check_topic
from iop_facilitator.domain.topic_files import folder_fingerprint, load_folder
from iop_facilitator.errors import NotFound, RuleViolation, ValidationError
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.storage import Store
from iop_facilitator.texts import QT_TR_NOOP

BODY_FIELDS = (
    "objectives",
    "prompts",
    "activity",
    "handout",
    "tips",
    "sources",
    "title_es",
    "handout_es",
    "segments",
)
SUMMARY_COLUMNS = (
    "id, key, version, series, title, minutes, group_model, origin, retired, is_current"
)


@dataclass(frozen=True)
class TopicSummary:
    """One topic version as a list shows it (no body)."""

    id: TopicId
    key: str
    version: int
    series: str
    title: str
    minutes: int
    group_model: str
    origin: TopicOrigin
    retired: bool
    is_current: bool

    @property
    def editable(self) -> bool:
        return self.origin is TopicOrigin.CLINIC


@dataclass(frozen=True)
class StoredTopic:
    """One topic version with its content and where it came from."""

    summary: TopicSummary
    topic: Topic
    created_at: str

    @property
    def id(self) -> TopicId:
        return self.summary.id


@dataclass(frozen=True)
class SyncResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: tuple[Problem, ...] = ()


def series_order_sql() -> tuple[str, list[str]]:
    """A CASE expression ranking `series` by the agreed order, and its parameters."""
    whens = " ".join("WHEN ? THEN " + str(i) for i in range(len(SERIES_NAMES)))
    return f"(CASE series {whens} ELSE {len(SERIES_NAMES)} END)", list(SERIES_NAMES)


def summary_from_row(r: dict[str, Any]) -> TopicSummary:
    return TopicSummary(
        TopicId(int(r["id"])),
        str(r["key"]),
        int(r["version"]),
        str(r["series"]),
        str(r["title"]),
        int(r["minutes"]),
        str(r["group_model"]),
        TopicOrigin(r["origin"]),
        bool(r["retired"]),
        bool(r["is_current"]),
    )


def topic_from_row(r: dict[str, Any]) -> Topic:
    body = json.loads(r["body"])
    return Topic(
        key=r["key"],
        title=r["title"],
        series=r["series"],
        group_model=r["group_model"],
        phases=tuple(json.loads(r["phases"])),
        minutes=int(r["minutes"]),
        version=int(r["version"]),
        objectives=tuple(body["objectives"]),
        prompts=tuple(body["prompts"]),
        activity=body["activity"],
        handout=body["handout"],
        tips=tuple(body["tips"]),
        sources=tuple(body["sources"]),
        segments=tuple(
            Segment(s["title"], int(s["minutes"]), s["description"]) for s in body["segments"]
        ),
        title_es=body.get("title_es", ""),
        handout_es=body.get("handout_es", ""),
    )


def insert_version(
    store: Store, topic: Topic, origin: TopicOrigin, now: str, retired: bool = False
) -> TopicId:
    """Add `topic` as the current version of its key (the caller holds the write transaction)."""
    data = topic.to_data()
    body = {name: data.get(name, "") for name in BODY_FIELDS}
    store.changes("UPDATE topic SET is_current = 0 WHERE key = ? AND is_current = 1", [topic.key])
    return TopicId(
        store.insert(
            "topic",
            {
                "key": topic.key,
                "version": topic.version,
                "series": topic.series,
                "title": topic.title,
                "group_model": topic.group_model,
                "phases": json.dumps(list(topic.phases)),
                "minutes": topic.minutes,
                "body": json.dumps(body, ensure_ascii=False),
                "origin": origin.value,
                "retired": int(retired),
                "is_current": 1,
                "content_hash": topic.content_hash(),
                "created_at": now,
            },
        )
    )


def validated(topic: Topic, source: str = "This topic") -> Topic:
    """The topic if it passes the schema check, else a ValidationError listing what to fix."""
    checked, problems = check_topic(topic.to_data(), source)
    if checked is None:
        raise ValidationError(
            problems_text(problems),
            problems[0].field,
            QT_TR_NOOP("Fix these and save again; nothing was saved."),
        )
    size = len(json.dumps(topic.to_data(), ensure_ascii=False).encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            QT_TR_NOOP("This topic is larger than {n} KB.", n=MAX_FILE_BYTES // 1024),
            "handout",
            QT_TR_NOOP("Shorten the handout or activity; nothing was saved."),
        )
    return checked


# The `setting` row that remembers the built-in files last synced (not a user setting).
SYNC_KEY = "builtin_topics_fingerprint"


class CurriculumService:
    """Browse, sync and edit topics. `builtin_dir` is injectable (tests use fixture topics)."""

    def __init__(self, ctx: ServiceContext, builtin_dir: Path) -> None:
        self.ctx = ctx
        self.builtin_dir = builtin_dir
        self.load_problems: tuple[Problem, ...] = ()

    # -- built-in topics ---------------------------------------------------------------------
    def sync_builtin(self) -> SyncResult:
        """Bring the built-in topic files into the database; writes only what changed.

        The files' fingerprint is kept in the database after a clean sync: when the files are
        the same at the next start, nothing is parsed (a restored backup carries its own).
        """
        store = self.ctx.store
        fingerprint = folder_fingerprint(self.builtin_dir)
        if store.scalar("SELECT value FROM setting WHERE key = ?", [SYNC_KEY]) == fingerprint:
            self.load_problems = ()
            same = store.scalar(
                "SELECT count(*) FROM topic WHERE is_current = 1 AND origin = ?",
                [TopicOrigin.BUILTIN.value],
            )
            return SyncResult(0, 0, int(same or 0), ())
        loaded = load_folder(self.builtin_dir)
        current = {
            r["key"]: r
            for r in store.query(
                "SELECT key, origin, version, content_hash, retired FROM topic WHERE is_current = 1"
            )
        }
        problems = list(loaded.problems)
        pending: list[tuple[Topic, bool, bool]] = []  # topic, is update, retired
        unchanged = 0
        for topic in loaded.topics:
            row = current.get(topic.key)
            if row is None:
                pending.append((topic, False, False))
            elif row["origin"] != TopicOrigin.BUILTIN.value:
                problems.append(
                    Problem(
                        loaded.sources[topic.key],
                        f"key '{topic.key}' is already "
                        "used by a clinic topic; the built-in one was skipped.",
                        "key",
                    )
                )
            elif row["content_hash"] == topic.content_hash():
                unchanged += 1
            else:
                pending.append((topic, True, bool(row["retired"])))
        self.load_problems = tuple(problems)
        memo = [] if problems else [(SYNC_KEY, fingerprint)]
        if not pending:
            if memo:
                with self.ctx.write() as w:
                    w.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", memo[0])
            return SyncResult(0, 0, unchanged, self.load_problems)
        now = self.ctx.now_iso()
        with self.ctx.write() as w:
            for key, value in memo:
                w.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", [key, value])
            for topic, _update, retired in pending:
                top = w.scalar("SELECT max(version) FROM topic WHERE key = ?", [topic.key])
                version = max(topic.version, int(top) + 1) if top is not None else topic.version
                insert_version(
                    w, replace(topic, version=version), TopicOrigin.BUILTIN, now, retired
                )
            added = sum(1 for _t, update, _r in pending if not update)
            self.ctx.audit(
                "curriculum_sync", "topic", "", {"added": added, "updated": len(pending) - added}
            )
        return SyncResult(added, len(pending) - added, unchanged, self.load_problems)

    # -- reading -------------------------------------------------------------------------------
    def list(
        self, series: str | None = None, search: str = "", include_retired: bool = False
    ) -> list[TopicSummary]:
        """Current versions, in series order then title; `search` matches every word in titles
        and text (case-insensitive for ASCII)."""
        where = ["is_current = 1"]
        params: list[Any] = []
        if not include_retired:
            where.append("retired = 0")
        if series:
            where.append("series = ?")
            params.append(series)
        for word in search.split()[:12]:
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append("(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')")
            params += [pattern, pattern]
        order, order_params = series_order_sql()
        rows = self.ctx.store.query(
            f"SELECT {SUMMARY_COLUMNS} FROM topic WHERE {' AND '.join(where)} "
            f"ORDER BY {order}, title COLLATE NOCASE, key",
            [*params, *order_params],
        )
        return [summary_from_row(r) for r in rows]

    def get(self, topic_id: int) -> StoredTopic:
        """The exact version with this id (what a past session used)."""
        row = self.ctx.store.one("SELECT * FROM topic WHERE id = ?", [topic_id])
        if row is None:
            raise NotFound(
                QT_TR_NOOP("That topic is not in the library."),
                QT_TR_NOOP("Reload the Curriculum page."),
            )
        return StoredTopic(summary_from_row(row), topic_from_row(row), str(row["created_at"]))

    def current(self, key: str) -> StoredTopic:
        row = self.ctx.store.one("SELECT id FROM topic WHERE key = ? AND is_current = 1", [key])
        if row is None:
            raise NotFound(
                QT_TR_NOOP("There is no topic '{key}' in the library.", key=shown(key, 80))
            )
        return self.get(int(row["id"]))

    def versions(self, key: str) -> builtins.list[TopicSummary]:
        rows = self.ctx.store.query(
            f"SELECT {SUMMARY_COLUMNS} FROM topic WHERE key = ? ORDER BY version DESC", [key]
        )
        return [summary_from_row(r) for r in rows]

    def key_exists(self, key: str) -> bool:
        return self.ctx.store.scalar("SELECT 1 FROM topic WHERE key = ? LIMIT 1", [key]) is not None

    def times_used(self, key: str) -> int:
        return int(
            self.ctx.store.scalar(
                "SELECT count(*) FROM session s JOIN topic t ON t.id = s.topic_id WHERE t.key = ?",
                [key],
            )
        )

    # -- clinic topics -------------------------------------------------------------------------
    def duplicate(self, topic_id: int) -> tuple[TopicId, Changes]:
        """An editable clinic copy of any topic, under a new key, at version 1."""
        source = self.get(topic_id).topic
        base = (source.key[: MAX_KEY_LENGTH - 10] + "-copy").strip("-")
        key, n = base, 1
        while self.key_exists(key):
            n += 1
            key = f"{base}-{n}"
        title = f"{source.title[:180]} (clinic copy)"
        copy = validated(replace(source, key=key, title=title, version=1))
        with self.ctx.write() as w:
            new_id = insert_version(w, copy, TopicOrigin.CLINIC, self.ctx.now_iso())
            self.ctx.audit("topic_duplicate", "topic", new_id, {"from_topic_id": int(topic_id)})
        return new_id, Changes(topics=True, audit=True)

    def create(self, topic: Topic) -> tuple[TopicId, Changes]:
        """A new clinic topic at version 1; its key must be new to the library."""
        topic = validated(replace(topic, version=1))
        if self.key_exists(topic.key):
            raise ValidationError(
                QT_TR_NOOP("The key '{key}' is already used by another topic.", key=topic.key),
                "key",
                QT_TR_NOOP("Choose another key (for example add '-clinic')."),
            )
        with self.ctx.write() as w:
            new_id = insert_version(w, topic, TopicOrigin.CLINIC, self.ctx.now_iso())
            self.ctx.audit("topic_create", "topic", new_id)
        return new_id, Changes(topics=True, audit=True)

    def save(self, topic: Topic) -> tuple[TopicId, Changes]:
        """Save an edited clinic topic as a new version; unchanged content saves nothing."""
        current = self.current(topic.key)
        if not current.summary.editable:
            raise RuleViolation(
                QT_TR_NOOP("Built-in topics are read-only."),
                QT_TR_NOOP("Use Duplicate to make an editable clinic copy."),
            )
        if current.topic.content_hash() == validated(topic).content_hash():
            return current.id, NOTHING
        with self.ctx.write() as w:
            top = int(w.scalar("SELECT max(version) FROM topic WHERE key = ?", [topic.key]))
            new_id = insert_version(
                w,
                replace(topic, version=top + 1),
                TopicOrigin.CLINIC,
                self.ctx.now_iso(),
                current.summary.retired,
            )
            self.ctx.audit("topic_edit", "topic", new_id, {"version": top + 1})
        return new_id, Changes(topics=True, audit=True)

    def set_retired(self, key: str, retired: bool) -> Changes:
        """Retire a topic (hidden from lists and suggestions; sessions keep it) or bring it back."""
        with self.ctx.write() as w:
            count = w.changes("UPDATE topic SET retired = ? WHERE key = ?", [int(retired), key])
            if not count:
                raise NotFound(
                    QT_TR_NOOP("There is no topic '{key}' in the library.", key=shown(key, 80))
                )
            self.ctx.audit("topic_retire" if retired else "topic_restore", "topic", key)
        return Changes(topics=True, audit=True)

    def delete(self, key: str) -> Changes:
        """Remove a clinic topic that no session ever used; anything else can only be retired."""
        current = self.current(key)
        if not current.summary.editable:
            raise RuleViolation(
                QT_TR_NOOP("Built-in topics cannot be deleted."),
                QT_TR_NOOP("Retire it to hide it."),
            )
        if self.times_used(key):
            raise RuleViolation(
                QT_TR_NOOP("A session used this topic, so it stays in the record."),
                QT_TR_NOOP("Retire it instead: it disappears from lists and suggestions."),
            )
        with self.ctx.write() as w:
            w.changes("DELETE FROM topic WHERE key = ?", [key])
            self.ctx.audit("topic_delete", "topic", key)
        return Changes(topics=True, audit=True)

    def get_many(self, topic_ids: Sequence[int]) -> builtins.list[StoredTopic]:
        return [self.get(i) for i in topic_ids]
