"""Read and export the audit trail (the table itself is append-only by triggers).

An event says who (actor), when (at), what (action on entity + id) and ids or counts in `detail`;
never note text or client names.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path

from iop_facilitator.domain.changes import Changes
from iop_facilitator.errors import ExportFailed
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.storage import files
from iop_facilitator.texts import QT_TR_NOOP

MAX_ROWS = 100_000
CSV_COLUMNS = ("id", "at", "actor_id", "actor", "action", "entity", "entity_id", "detail")
# Cells a spreadsheet would run as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: str  # local ISO time with offset
    actor_id: int | None
    actor: str  # the facilitator's display name, or "" (before anyone was chosen)
    action: str
    entity: str
    entity_id: str
    detail: str

    @property
    def date(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.at[:10])
        except ValueError:
            return None


@dataclass(frozen=True)
class AuditFilter:
    """Which events to show or export; every part is optional. Dates are inclusive."""

    action: str = ""
    start: dt.date | None = None
    end: dt.date | None = None

    def matches(self, event: AuditEvent) -> bool:
        if self.action and event.action != self.action:
            return False
        if self.start is None and self.end is None:
            return True
        day = event.date
        if day is None:
            return False
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


def _safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def events(self, limit: int = MAX_ROWS) -> list[AuditEvent]:
        """The newest `limit` events, newest first."""
        rows = self.ctx.store.query(
            "SELECT a.*, f.name AS actor_name, f.credentials AS actor_credentials "
            "FROM audit_event a LEFT JOIN facilitator f ON f.id = a.actor_id "
            "ORDER BY a.id DESC LIMIT ?",
            [limit],
        )
        return [
            AuditEvent(
                id=int(r["id"]),
                at=str(r["at"]),
                actor_id=r["actor_id"],
                actor=(
                    f"{r['actor_name']}, {r['actor_credentials']}"
                    if r["actor_name"] and r["actor_credentials"]
                    else str(r["actor_name"] or "")
                ),
                action=str(r["action"]),
                entity=str(r["entity"]),
                entity_id=str(r["entity_id"]),
                detail=str(r["detail"]),
            )
            for r in rows
        ]

    def actions(self) -> list[str]:
        """Every action name present in the trail, sorted."""
        return [
            r["action"]
            for r in self.ctx.store.query("SELECT DISTINCT action FROM audit_event ORDER BY action")
        ]

    def export_csv(
        self, path: str | os.PathLike[str], where: AuditFilter | None = None
    ) -> tuple[int, Changes]:
        """Write the matching events to `path` as CSV, atomically; returns how many were written.

        The file appears complete or not at all (storage/files.py: temp file, fsync, rename).
        The export itself is audited as `audit_export` with the row count.
        """
        where = where or AuditFilter()
        events = [e for e in self.events() if where.matches(e)]
        text = io.StringIO(newline="")
        writer = csv.writer(text)
        writer.writerow(CSV_COLUMNS)
        for e in events:
            writer.writerow([_safe_cell(getattr(e, c)) for c in CSV_COLUMNS])
        files.write_atomic(
            Path(path), text.getvalue().encode("utf-8"), QT_TR_NOOP("the audit"), ExportFailed
        )
        with self.ctx.write():
            self.ctx.audit(
                "audit_export",
                "audit_event",
                "",
                {
                    "rows": len(events),
                    "action": where.action or None,
                    "start": where.start.isoformat() if where.start else None,
                    "end": where.end.isoformat() if where.end else None,
                },
            )
        return len(events), Changes(audit=True)
