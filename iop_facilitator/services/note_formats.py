"""Note formats as data: the built-in DAP, BIRP, GIRP and SOAP, and the clinic's own (e.g. SIRP).

A format's sections are read each time a note is shown or exported, so a format that any note
uses can never change or go away: signed notes must read the same forever. Clinic formats can be
added, and deleted only while nothing uses them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.notes import (
    NoteFormat,
    build_format,
    format_sections_json,
    parse_format,
)
from iop_facilitator.errors import NotFound, RuleViolation
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.settings import SettingsService
from iop_facilitator.texts import QT_TR_NOOP


@dataclass(frozen=True)
class FormatInfo:
    format: NoteFormat
    builtin: bool
    notes: int  # member notes written in this format
    groups: int  # groups (and sessions) that use it as their format
    is_default: bool  # the program's default format for new groups

    @property
    def in_use(self) -> bool:
        return bool(self.notes or self.groups or self.is_default)

    @property
    def deletable(self) -> bool:
        return not self.builtin and not self.in_use


class NoteFormatService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService) -> None:
        self.ctx = ctx
        self.settings = settings

    def _default(self) -> str:
        return str(self.settings.get("default_note_format"))

    def list(self) -> list[FormatInfo]:
        """Built-in formats first, then the clinic's own, by name."""
        rows = self.ctx.store.query(
            """
            SELECT f.*,
              (SELECT count(*) FROM member_note n WHERE n.format = f.key) AS notes,
              (SELECT count(*) FROM therapy_group g WHERE g.note_format = f.key)
                + (SELECT count(*) FROM session s WHERE s.note_format = f.key) AS groups
            FROM note_format f ORDER BY f.builtin DESC, f.key
            """
        )
        default = self._default()
        return [
            FormatInfo(
                parse_format(r["key"], r["name"], r["sections"]),
                bool(r["builtin"]),
                int(r["notes"]),
                int(r["groups"]),
                r["key"] == default,
            )
            for r in rows
        ]

    def format_keys(self) -> set[str]:
        return {r["key"] for r in self.ctx.store.query("SELECT key FROM note_format")}

    def add(self, name: str, sections: Sequence[tuple[str, str]]) -> tuple[str, Changes]:
        """Add the clinic's own format; returns its key (the short name, e.g. 'SIRP')."""
        fmt = build_format(name, sections, self.format_keys())
        with self.ctx.write() as store:
            store.execute(
                "INSERT INTO note_format (key, name, sections, builtin) VALUES (?, ?, ?, 0)",
                [fmt.key, fmt.name, format_sections_json(fmt)],
            )
            self.ctx.audit("note_format_create", "note_format", fmt.key)
        return fmt.key, Changes(settings=True, groups=True, audit=True)

    def delete(self, key: str) -> Changes:
        """Remove a clinic format nothing uses (never a built-in one, never one a note uses)."""
        info = next((i for i in self.list() if i.format.key == key), None)
        if info is None:
            raise NotFound(QT_TR_NOOP("That note format no longer exists."))
        if info.builtin:
            raise RuleViolation(QT_TR_NOOP("{key} is built in and cannot be removed.", key=key))
        if info.notes:
            raise RuleViolation(
                QT_TR_NOOP(
                    "{key} is used by notes already written, so it stays: signed notes never "
                    "change.",
                    key=key,
                )
            )
        if info.groups:
            raise RuleViolation(
                QT_TR_NOOP("{key} is the note format of a group or session.", key=key),
                QT_TR_NOOP("Choose another format for those groups first."),
            )
        if info.is_default:
            raise RuleViolation(
                QT_TR_NOOP("{key} is the default note format for new groups.", key=key),
                QT_TR_NOOP("Choose another default in Settings first."),
            )
        with self.ctx.write() as store:
            store.execute("DELETE FROM note_format WHERE key = ? AND builtin = 0", [key])
            self.ctx.audit("note_format_delete", "note_format", key)
        return Changes(settings=True, groups=True, audit=True)
