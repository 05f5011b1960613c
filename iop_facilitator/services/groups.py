"""Groups: schedule, settings and the roster on any date (computed from enrollments)."""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass
from typing import Any

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enums import Track
from iop_facilitator.domain.groups import (
    Group,
    GroupDraft,
    parse_weekdays,
    size_warning,
    store_weekdays,
    validate_group,
)
from iop_facilitator.domain.ids import GroupId, MemberId
from iop_facilitator.domain.text import shown
from iop_facilitator.errors import NotFound, ValidationError
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.texts import QT_TR_NOOP


@dataclass(frozen=True)
class RosterEntry:
    member_id: MemberId
    preferred_name: str
    full_name: str
    chart_id: str
    joined_on: dt.date  # start of the enrollment that covers the date asked about
    status: str


def group_from_row(r: dict[str, Any]) -> Group:
    return Group(
        GroupId(int(r["id"])),
        str(r["name"]),
        Track(r["track"]),
        parse_weekdays(str(r["weekdays"])),
        dt.time.fromisoformat(str(r["start_time"])),
        int(r["minutes"]),
        str(r["room"]),
        str(r["note_format"]),
        str(r["billing_code"]),
        int(r["size_cap"]),
        bool(r["active"]),
    )


ROSTER_SQL = """
SELECT m.id, m.preferred_name, m.full_name, m.chart_id, m.status, e.start_on
FROM enrollment e JOIN member m ON m.id = e.member_id
WHERE e.group_id = ? AND e.start_on <= ? AND (e.end_on IS NULL OR e.end_on >= ?)
ORDER BY m.preferred_name COLLATE NOCASE, m.chart_id
"""


class GroupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, include_inactive: bool = True) -> list[Group]:
        where = "" if include_inactive else "WHERE active = 1"
        rows = self.ctx.store.query(
            f"SELECT * FROM therapy_group {where} ORDER BY active DESC, name"
        )
        return [group_from_row(r) for r in rows]

    def get(self, group_id: GroupId) -> Group:
        row = self.ctx.store.one("SELECT * FROM therapy_group WHERE id = ?", [group_id])
        if row is None:
            raise NotFound(
                QT_TR_NOOP("That group no longer exists."), QT_TR_NOOP("Reload the Groups page.")
            )
        return group_from_row(row)

    def note_formats(self) -> builtins.list[tuple[str, str]]:
        return [
            (r["key"], r["name"])
            for r in self.ctx.store.query(
                "SELECT key, name FROM note_format ORDER BY builtin DESC, key"
            )
        ]

    def create(self, draft: GroupDraft) -> tuple[GroupId, Changes]:
        clean = self._validate(draft, None)
        with self.ctx.write() as store:
            new_id = GroupId(
                store.insert(
                    "therapy_group", {**self._values(clean), "created_at": self.ctx.now_iso()}
                )
            )
            self.ctx.audit("group_create", "group", new_id)
        return new_id, Changes(groups=True, audit=True)

    def update(self, group_id: GroupId, draft: GroupDraft) -> Changes:
        self.get(group_id)
        clean = self._validate(draft, group_id)
        with self.ctx.write() as store:
            store.update("therapy_group", group_id, self._values(clean))
            self.ctx.audit("group_update", "group", group_id)
        return Changes(groups=True, audit=True)

    def roster(self, group_id: GroupId, day: dt.date) -> builtins.list[RosterEntry]:
        """Who was (or is) enrolled in the group on `day`, whatever happened since."""
        iso = day.isoformat()
        return [
            RosterEntry(
                MemberId(r["id"]),
                r["preferred_name"],
                r["full_name"],
                r["chart_id"],
                dt.date.fromisoformat(r["start_on"]),
                r["status"],
            )
            for r in self.ctx.store.query(ROSTER_SQL, [group_id, iso, iso])
        ]

    def roster_count(self, group_id: GroupId, day: dt.date) -> int:
        iso = day.isoformat()
        return int(
            self.ctx.store.scalar(
                "SELECT count(*) FROM enrollment WHERE group_id = ? AND start_on <= ? "
                "AND (end_on IS NULL OR end_on >= ?)",
                [group_id, iso, iso],
            )
        )

    def capacity_warning(self, group_id: GroupId, day: dt.date, adding: int = 0) -> str:
        """A plain-words warning when the roster on `day` (plus `adding`) is above the cap."""
        group = self.get(group_id)
        return size_warning(group.name, self.roster_count(group_id, day) + adding, group.size_cap)

    # -- helpers --------------------------------------------------------------------------
    def _validate(self, draft: GroupDraft, group_id: GroupId | None) -> GroupDraft:
        clean = validate_group(draft)
        formats = {key for key, _ in self.note_formats()}
        if clean.note_format not in formats:
            raise ValidationError(
                QT_TR_NOOP(
                    "'{format}' is not a note format this clinic has.",
                    format=shown(clean.note_format, 20),
                ),
                "note_format",
                QT_TR_NOOP("Choose one of {formats}.", formats=", ".join(sorted(formats))),
            )
        clash = self.ctx.store.scalar(
            "SELECT id FROM therapy_group WHERE name = ? AND id IS NOT ?", [clean.name, group_id]
        )
        if clash is not None:
            raise ValidationError(
                QT_TR_NOOP("There is already a group called {name}.", name=clean.name),
                "name",
                QT_TR_NOOP("Give this group a different name, e.g. add the days or the time."),
            )
        return clean

    @staticmethod
    def _values(d: GroupDraft) -> dict[str, Any]:
        return {
            "name": d.name,
            "track": d.track.value,
            "weekdays": store_weekdays(d.weekdays),
            "start_time": d.start_time.strftime("%H:%M"),
            "minutes": d.minutes,
            "room": d.room,
            "note_format": d.note_format,
            "billing_code": d.billing_code,
            "size_cap": d.size_cap,
            "active": int(d.active),
        }
