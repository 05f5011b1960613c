"""Export topics as one pack file; import a colleague's pack after checking all of it first.

Contracts:
- `export(ids, path)` writes the exact versions named, as TOML (or JSON for a `.json` path),
  atomically (storage/files.py) so a failed write leaves no half file.
- `preview(path)` reads and checks everything and sorts each topic into new, changed (a newer
  version of one of our clinic topics), unchanged, or conflicting. It writes nothing.
- `import_pack(path)` refuses the whole pack if any topic has a problem; otherwise adds the new
  and changed topics, keeping their keys and version numbers, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.curriculum import Problem, Topic, problems_text
from iop_facilitator.domain.enums import TopicOrigin
from iop_facilitator.domain.topic_pack import MAX_PACK_BYTES, read_pack, write_pack
from iop_facilitator.errors import ExportFailed, NotFound, ValidationError
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.curriculum import CurriculumService, insert_version
from iop_facilitator.storage import files
from iop_facilitator.texts import QT_TR_NOOP


def pack_format(path: Path) -> str:
    return "json" if path.suffix.lower() == ".json" else "toml"


@dataclass(frozen=True)
class Conflict:
    topic: Topic
    reason: str


@dataclass(frozen=True)
class PackPreview:
    """What importing a pack would do."""

    new: tuple[Topic, ...] = ()
    changed: tuple[Topic, ...] = ()
    unchanged: tuple[Topic, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def importable(self) -> bool:
        return not self.problems and bool(self.new or self.changed)

    def summary(self) -> str:
        if self.problems:
            return QT_TR_NOOP(
                "This pack cannot be imported:\n{problems}", problems=problems_text(self.problems)
            )
        text = QT_TR_NOOP(
            "{new} new, {changed} changed, {unchanged} already here, {conflicts} conflicting.",
            new=len(self.new),
            changed=len(self.changed),
            unchanged=len(self.unchanged),
            conflicts=len(self.conflicts),
        )
        for c in self.conflicts[:8]:
            line = QT_TR_NOOP(
                "Conflict: {title} ({key}): {reason}",
                title=c.topic.title,
                key=c.topic.key,
                reason=c.reason,
            )
            text = QT_TR_NOOP("{first}\n{second}", first=text, second=line)
        return text


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    skipped: int


class TopicPackService:
    def __init__(self, ctx: ServiceContext, curriculum: CurriculumService) -> None:
        self.ctx = ctx
        self.curriculum = curriculum

    def export(self, topic_ids: list[int], path: Path) -> Changes:
        """Write the chosen topic versions to `path` (replacing it)."""
        if not topic_ids:
            raise ValidationError(QT_TR_NOOP("Choose at least one topic to export."))
        topics = [s.topic for s in self.curriculum.get_many(topic_ids)]
        text = write_pack(topics, pack_format(path), self.ctx.now_iso())
        files.write_atomic(path, text.encode("utf-8"), QT_TR_NOOP("the topic pack"), ExportFailed)
        with self.ctx.write():
            self.ctx.audit("topic_pack_export", "topic", "", {"topics": len(topics)})
        return Changes(audit=True)

    def preview(self, path: Path) -> PackPreview:
        """Check the whole pack and compare it with the library; writes nothing."""
        name = path.name
        try:
            if path.stat().st_size > MAX_PACK_BYTES:
                return PackPreview(problems=(Problem(name, "is too large to be a topic pack."),))
            text = path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            raise NotFound(
                QT_TR_NOOP("{name} is not there any more.", name=name),
                QT_TR_NOOP("Choose the file again."),
            ) from None
        except OSError as exc:
            return PackPreview(
                problems=(
                    Problem(
                        name,
                        f"could not be read ({exc.strerror}).",
                    ),
                )
            )
        except UnicodeDecodeError:
            return PackPreview(problems=(Problem(name, "is not UTF-8 text."),))
        topics, problems = read_pack(text, name, pack_format(path))
        if problems:
            return PackPreview(problems=tuple(problems))
        new: list[Topic] = []
        changed: list[Topic] = []
        unchanged: list[Topic] = []
        conflicts: list[Conflict] = []
        store = self.ctx.store
        for topic in topics:
            row = store.one(
                "SELECT origin, version, content_hash, "
                "(SELECT max(version) FROM topic t2 WHERE t2.key = topic.key) AS top "
                "FROM topic WHERE key = ? AND is_current = 1",
                [topic.key],
            )
            if row is None:
                new.append(topic)
            elif row["content_hash"] == topic.content_hash():
                unchanged.append(topic)
            elif row["origin"] != TopicOrigin.CLINIC.value:
                conflicts.append(
                    Conflict(topic, QT_TR_NOOP("a built-in topic has this key; it is read-only."))
                )
            elif topic.version <= int(row["top"]):
                conflicts.append(
                    Conflict(
                        topic,
                        QT_TR_NOOP(
                            "your copy is already at version {top}; "
                            "the pack has version {version}.",
                            top=row["top"],
                            version=topic.version,
                        ),
                    )
                )
            else:
                changed.append(topic)
        return PackPreview(tuple(new), tuple(changed), tuple(unchanged), tuple(conflicts))

    def import_pack(self, path: Path) -> tuple[ImportResult, Changes]:
        """Import new and changed topics; nothing at all if the pack has a problem."""
        preview = self.preview(path)
        if preview.problems:
            raise ValidationError(
                problems_text(preview.problems),
                "",
                QT_TR_NOOP("Nothing was imported. Ask for a corrected pack."),
            )
        now = self.ctx.now_iso()
        with self.ctx.write() as w:
            for topic in (*preview.new, *preview.changed):
                insert_version(w, topic, TopicOrigin.CLINIC, now)
            self.ctx.audit(
                "topic_pack_import",
                "topic",
                "",
                {
                    "new": len(preview.new),
                    "changed": len(preview.changed),
                    "unchanged": len(preview.unchanged),
                    "conflicts": len(preview.conflicts),
                },
            )
        result = ImportResult(
            len(preview.new), len(preview.changed), len(preview.unchanged) + len(preview.conflicts)
        )
        return result, Changes(topics=bool(result.added or result.updated), audit=True)
