"""Admitting members: a new member, a re-admission of a discharged one (a new episode of the same
record), and editing who they are; the chart id belongs to one member only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from iop_facilitator.domain import members as rules
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enums import MemberStatus
from iop_facilitator.domain.ids import GroupId, MemberId
from iop_facilitator.domain.members import Member, MemberDraft
from iop_facilitator.errors import RuleViolation, ValidationError
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.member_records import (
    CHANGED,
    MemberRecords,
    member_from_row,
    optional_date,
)
from iop_facilitator.storage import Store
from iop_facilitator.texts import QT_TR_NOOP


def draft_values(d: MemberDraft) -> dict[str, Any]:
    return {
        "preferred_name": d.preferred_name,
        "full_name": d.full_name,
        "chart_id": d.chart_id,
        "date_of_birth": d.date_of_birth.isoformat() if d.date_of_birth else None,
        "track": d.track.value,
        "phase": d.phase.value,
        "admitted_on": d.admitted_on.isoformat(),
        "expected_discharge": d.expected_discharge.isoformat() if d.expected_discharge else None,
        "facilitator_note": d.facilitator_note,
    }


def chart_id_taken(store: Store, chart_id: str, except_id: MemberId | None = None) -> bool:
    """Case-insensitive: the column is COLLATE NOCASE."""
    return (
        store.scalar(
            "SELECT id FROM member WHERE chart_id = ? AND id IS NOT ?", [chart_id, except_id]
        )
        is not None
    )


class ReadmissionOffer(ValidationError):
    """The chart id belongs to a DISCHARGED member: the caller may offer to re-admit that same
    record (`MemberService.readmit`) instead of creating a second member. Nothing was written."""

    def __init__(self, member: Member, differences: tuple[str, ...] = ()) -> None:
        self.member = member
        self.member_id = member.id
        self.chart_id = member.chart_id
        self.name = rules.short_name(member.preferred_name, member.full_name)
        assert member.discharged_on is not None
        self.discharged_on: dt.date = member.discharged_on
        self.differences = differences
        super().__init__(
            QT_TR_NOOP(
                "Chart id {chart_id} belongs to {name}, discharged {date}.",
                chart_id=member.chart_id,
                name=self.name,
                date=self.discharged_on.isoformat(),
            ),
            "chart_id",
            QT_TR_NOOP(
                "Re-admit them (their earlier notes and attendance stay with their record), or "
                "check the chart id."
            ),
        )


def member_by_chart_id(
    store: Store, chart_id: str, except_id: MemberId | None = None
) -> Member | None:
    """The member holding `chart_id` (case-insensitive: the column is COLLATE NOCASE)."""
    row = store.one(
        "SELECT * FROM member WHERE chart_id = ? AND id IS NOT ?", [chart_id, except_id]
    )
    return member_from_row(row) if row is not None else None


def chart_id_refusal(store: Store, owner: Member) -> ValidationError:
    """Why `owner`'s chart id cannot be used for another member, naming where they are."""
    name = rules.short_name(owner.preferred_name, owner.full_name)
    what_next = QT_TR_NOOP("Check the number in the EHR; each member has their own chart id.")
    if owner.status is MemberStatus.DISCHARGED:
        message = QT_TR_NOOP(
            "Chart id {chart_id} already belongs to another member: {name} (discharged {date}).",
            chart_id=owner.chart_id,
            name=name,
            date=owner.discharged_on.isoformat() if owner.discharged_on else "",
        )
    else:
        groups = [
            r["name"]
            for r in store.query(
                "SELECT g.name FROM enrollment e JOIN therapy_group g ON g.id = e.group_id "
                "WHERE e.member_id = ? AND e.end_on IS NULL ORDER BY g.name",
                [owner.id],
            )
        ]
        on_hold = owner.status is MemberStatus.ON_HOLD
        if groups:
            joined: str = groups[0]
            for group in groups[1:]:
                joined = QT_TR_NOOP("{first} and {second}", first=joined, second=group)
            if on_hold:
                message = QT_TR_NOOP(
                    "Chart id {chart_id} already belongs to another member: {name} "
                    "(on hold, in {groups}).",
                    chart_id=owner.chart_id,
                    name=name,
                    groups=joined,
                )
            else:
                message = QT_TR_NOOP(
                    "Chart id {chart_id} already belongs to another member: {name} "
                    "(active, in {groups}).",
                    chart_id=owner.chart_id,
                    name=name,
                    groups=joined,
                )
        elif on_hold:
            message = QT_TR_NOOP(
                "Chart id {chart_id} already belongs to another member: {name} "
                "(on hold, in no group yet).",
                chart_id=owner.chart_id,
                name=name,
            )
        else:
            message = QT_TR_NOOP(
                "Chart id {chart_id} already belongs to another member: {name} "
                "(active, in no group yet).",
                chart_id=owner.chart_id,
                name=name,
            )
    return ValidationError(message, "chart_id", what_next)


def previous_discharge(store: Store, member_id: MemberId) -> dt.date | None:
    """The discharge date of the episode before the current one (None for a first episode)."""
    value = store.scalar(
        "SELECT discharged_on FROM admission WHERE member_id = ? AND id < "
        "(SELECT max(id) FROM admission WHERE member_id = ?) ORDER BY id DESC LIMIT 1",
        [member_id, member_id],
    )
    return optional_date(value)


def write_readmission(
    ctx: ServiceContext,
    store: Store,
    member: Member,
    clean: MemberDraft,
    group_id: GroupId | None,
    source: str,
) -> None:
    """Inside an open write: a new episode for `member` (the same record), enrolled in `group_id`.

    The episode row goes in first; the member row's update then mirrors into it (see migration
    0005), so the earlier episode keeps its dates and discharge reason."""
    store.insert(
        "admission", {"member_id": member.id, "admitted_on": clean.admitted_on.isoformat()}
    )
    note = clean.facilitator_note or member.facilitator_note
    store.update(
        "member",
        member.id,
        {
            "admitted_on": clean.admitted_on.isoformat(),
            "discharged_on": None,
            "discharge_reason": None,
            "expected_discharge": (
                clean.expected_discharge.isoformat() if clean.expected_discharge else None
            ),
            "track": clean.track.value,
            "phase": clean.phase.value,
            "facilitator_note": note,
            "status": MemberStatus.ACTIVE.value,
            "updated_at": ctx.now_iso(),
        },
    )
    detail: dict[str, Any] = {"source": source}
    if group_id is not None:
        store.insert(
            "enrollment",
            {
                "member_id": member.id,
                "group_id": group_id,
                "start_on": clean.admitted_on.isoformat(),
            },
        )
        detail["group_id"] = group_id
    ctx.audit("member_readmit", "member", member.id, detail)


class MemberAdmission(MemberRecords):
    """Admission, re-admission and edits (part of `MemberService`)."""

    # -- admission ------------------------------------------------------------------------
    def admit(
        self, draft: MemberDraft, group_id: GroupId | None = None
    ) -> tuple[MemberId, str, Changes]:
        """A new member, enrolled in `group_id` from admission. Returns (id, warning, changes);
        the warning is non-empty when the group is now above its size cap (never a block)."""
        clean = rules.validate_draft(draft, self.today)
        if group_id is not None:
            self.active_group(group_id)
        owner = member_by_chart_id(self.ctx.store, clean.chart_id)
        if owner is not None and owner.status is MemberStatus.DISCHARGED:
            raise ReadmissionOffer(owner, rules.identity_differences(owner, clean))
        now = self.ctx.now_iso()
        with self.ctx.write() as store:
            self._check_chart_id(store, clean.chart_id, None)
            member_id = MemberId(
                store.insert(
                    "member",
                    {
                        **draft_values(clean),
                        "status": MemberStatus.ACTIVE.value,
                        "created_at": now,
                        "updated_at": now,
                    },
                )
            )
            detail: dict[str, Any] = {}
            if group_id is not None:
                store.insert(
                    "enrollment",
                    {
                        "member_id": member_id,
                        "group_id": group_id,
                        "start_on": clean.admitted_on.isoformat(),
                    },
                )
                detail["group_id"] = group_id
            self.ctx.audit("member_admit", "member", member_id, detail)
        warning = self.groups.capacity_warning(group_id, self.today) if group_id else ""
        return member_id, warning, CHANGED

    def readmit(
        self, member_id: MemberId, draft: MemberDraft, group_id: GroupId | None = None
    ) -> tuple[MemberId, str, Changes]:
        """Re-admit a discharged member as a new episode of the SAME record (what `admit` offers
        through `ReadmissionOffer`). Their names, chart id and date of birth stay as recorded;
        admission date, track, phase, expected discharge and (if typed) the note come from
        `draft`. Earlier enrollments, attendance and notes stay where they are. Returns (id,
        size warning, changes) like `admit`."""
        member = self.get(member_id)
        clean = rules.validate_draft(draft, self.today)
        if clean.chart_id.casefold() != member.chart_id.casefold():
            raise ValidationError(
                QT_TR_NOOP(
                    "Chart id {chart_id} is not {name}'s chart id.",
                    chart_id=clean.chart_id,
                    name=member.preferred_name,
                ),
                "chart_id",
                QT_TR_NOOP("Re-admit from the member's own chart id."),
            )
        rules.check_readmission(member, clean.admitted_on, self.today)
        if group_id is not None:
            self.active_group(group_id)
        with self.ctx.write() as store:
            current = member_by_chart_id(store, member.chart_id)
            if current is None or current.status is not MemberStatus.DISCHARGED:
                raise RuleViolation(
                    QT_TR_NOOP(
                        "{name} was re-admitted or changed meanwhile.", name=member.preferred_name
                    ),
                    QT_TR_NOOP("Reload the Members page."),
                )
            write_readmission(self.ctx, store, current, clean, group_id, "admit")
        warning = self.groups.capacity_warning(group_id, self.today) if group_id else ""
        return member_id, warning, CHANGED

    def update(self, member_id: MemberId, draft: MemberDraft) -> Changes:
        """Edit names, chart id, dates, track, phase and note; enrollments stay as they are."""
        member = self.get(member_id)
        clean = rules.validate_draft(draft, max(self.today, member.admitted_on))
        earlier = previous_discharge(self.ctx.store, member_id)
        if earlier is not None and clean.admitted_on <= earlier:
            raise ValidationError(
                QT_TR_NOOP(
                    "The admission date is not after the end of their previous episode ({date}).",
                    date=str(earlier),
                ),
                "admitted_on",
                QT_TR_NOOP("This date is for the current episode; earlier episodes keep theirs."),
            )
        first_start = min(
            (
                e.start_on
                for e in self.enrollments(member_id)
                if earlier is None or e.start_on > earlier
            ),
            default=None,
        )
        if first_start is not None and clean.admitted_on > first_start:
            raise ValidationError(
                QT_TR_NOOP(
                    "The admission date is after the member joined their first group ({date}).",
                    date=str(first_start),
                ),
                "admitted_on",
                QT_TR_NOOP("Choose a date on or before their first group."),
            )
        if member.discharged_on and clean.admitted_on > member.discharged_on:
            raise ValidationError(
                QT_TR_NOOP("The admission date is after the discharge date."), "admitted_on"
            )
        with self.ctx.write() as store:
            self._check_chart_id(store, clean.chart_id, member_id)
            store.update(
                "member", member_id, {**draft_values(clean), "updated_at": self.ctx.now_iso()}
            )
            self.ctx.audit("member_update", "member", member_id)
        return Changes(members=True, audit=True)

    @staticmethod
    def _check_chart_id(store: Store, chart_id: str, except_id: MemberId | None) -> None:
        owner = member_by_chart_id(store, chart_id, except_id)
        if owner is not None:
            raise chart_id_refusal(store, owner)
