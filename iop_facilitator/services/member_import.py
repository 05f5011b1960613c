"""Bulk admission from an EHR's CSV: preview first, then import only the rows that were accepted.

Re-importing the same file adds nobody twice: rows whose chart id is already in the app are
skipped (matched case-insensitively), both in the preview and again at commit time. A row for a
DISCHARGED member admitted after their discharge is offered as a re-admission (a new episode of the
same record), imported only when the facilitator ticks it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from iop_facilitator.domain import members as rules
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enums import MemberStatus
from iop_facilitator.domain.ids import GroupId
from iop_facilitator.domain.member_csv import (
    DischargedRecord,
    ImportOptions,
    ImportPlan,
    RowStatus,
    Table,
    decode,
    plan_import,
    read_table,
)
from iop_facilitator.domain.members import Member
from iop_facilitator.errors import RuleViolation, ValidationError
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.member_admission import (
    draft_values,
    member_by_chart_id,
    write_readmission,
)
from iop_facilitator.texts import QT_TR_NOOP


@dataclass(frozen=True)
class LoadedFile:
    table: Table
    encoding: str
    encoding_note: str


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    readmitted: int = 0  # included in `imported`


class MemberImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def load(self, path: Path) -> LoadedFile:
        """Read and decode a CSV file. ValidationError in plain words when it cannot be read."""
        try:
            data = path.read_bytes()
        except OSError:
            raise ValidationError(
                QT_TR_NOOP("The file could not be opened."),
                "file",
                QT_TR_NOOP(
                    "Check that it still exists and is not open in another program, then try again."
                ),
            ) from None
        return self.load_bytes(data)

    def load_bytes(self, data: bytes) -> LoadedFile:
        decoded = decode(data)
        return LoadedFile(read_table(decoded.text), decoded.encoding, decoded.note)

    def preview(self, loaded: LoadedFile, options: ImportOptions) -> ImportPlan:
        """Check every row against the rules and the chart ids already here. Writes nothing."""
        existing = [r["chart_id"] for r in self.ctx.store.query("SELECT chart_id FROM member")]
        discharged = {
            str(r["chart_id"]).casefold(): DischargedRecord(
                str(r["full_name"]), dt.date.fromisoformat(str(r["discharged_on"]))
            )
            for r in self.ctx.store.query(
                "SELECT chart_id, full_name, discharged_on FROM member "
                "WHERE status = ? AND discharged_on IS NOT NULL",
                [MemberStatus.DISCHARGED.value],
            )
        }
        return plan_import(
            loaded.table,
            options,
            existing,
            self.ctx.clock.now().date(),
            loaded.encoding_note,
            discharged,
        )

    def commit(
        self, plan: ImportPlan, accepted_rows: Iterable[int], group_id: GroupId | None = None
    ) -> tuple[ImportResult, Changes]:
        """Import the accepted NEW rows in one transaction (all or nothing), enrolling each in
        `group_id` from their admission date when given."""
        accepted = set(accepted_rows)
        rows = [r for r in plan.rows if r.row in accepted and r.importable and r.draft is not None]
        if not rows:
            raise ValidationError(
                QT_TR_NOOP("No rows are selected for import."),
                "rows",
                QT_TR_NOOP("Tick the rows to import, or close the dialog."),
            )
        if group_id is not None:
            active = self.ctx.store.scalar(
                "SELECT active FROM therapy_group WHERE id = ?", [group_id]
            )
            if not active:
                raise RuleViolation(
                    QT_TR_NOOP("That group is not active."),
                    QT_TR_NOOP("Choose an active group or none."),
                )
        now = self.ctx.now_iso()
        today = self.ctx.clock.now().date()
        imported = skipped = readmitted = 0
        with self.ctx.write() as store:
            existing = {
                r["chart_id"].casefold() for r in store.query("SELECT chart_id FROM member")
            }
            for row in rows:
                draft = row.draft
                assert draft is not None
                if row.status is RowStatus.READMIT:
                    # Checked again now: the preview may be stale (re-admitted meanwhile).
                    owner = member_by_chart_id(store, draft.chart_id)
                    if owner is None or not _can_readmit(owner, draft.admitted_on, today):
                        skipped += 1
                        continue
                    write_readmission(self.ctx, store, owner, draft, group_id, "import")
                    readmitted += 1
                    imported += 1
                    continue
                if draft.chart_id.casefold() in existing:
                    skipped += 1
                    continue
                member_id = store.insert(
                    "member",
                    {
                        **draft_values(draft),
                        "status": MemberStatus.ACTIVE.value,
                        "created_at": now,
                        "updated_at": now,
                    },
                )
                if group_id is not None:
                    store.insert(
                        "enrollment",
                        {
                            "member_id": member_id,
                            "group_id": group_id,
                            "start_on": draft.admitted_on.isoformat(),
                        },
                    )
                existing.add(draft.chart_id.casefold())
                imported += 1
            self.ctx.audit(
                "member_import",
                "member",
                "",
                {
                    "rows": len(plan.rows),
                    "imported": imported,
                    "readmitted": readmitted,
                    "skipped": skipped,
                    **({"group_id": group_id} if group_id is not None else {}),
                },
            )
        changes = Changes(members=True, enrollment=True, audit=True)
        return ImportResult(imported, skipped, readmitted), changes


def _can_readmit(member: Member, admitted_on: dt.date, today: dt.date) -> bool:
    """Still discharged and admitted after that discharge (checked again at commit time)."""
    try:
        rules.check_readmission(member, admitted_on, today)
    except ValidationError:
        return False
    return True
