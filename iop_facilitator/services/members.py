"""Members: admit, edit, put on hold, move between groups, discharge; history for the detail page.

Enrollment dates follow the convention in `domain/enrollment.py` (end dates are inclusive; a move on
D ends the old enrollment on D - 1 and starts the new one on D; discharge on D ends all on D).
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass
from typing import Any

from iop_facilitator.domain import members as rules
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enrollment import Enrollment, check_no_overlap, plan_move
from iop_facilitator.domain.enums import DischargeReason, MemberStatus, Phase, Track
from iop_facilitator.domain.ids import EnrollmentId, GroupId, MemberId
from iop_facilitator.domain.members import Member, MemberDraft
from iop_facilitator.errors import NotFound, RuleViolation, ValidationError
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.groups import GroupService
from iop_facilitator.storage import Store

CHANGED = Changes(members=True, enrollment=True, audit=True)
ATTENDED = ("present", "late", "left_early", "telehealth")


@dataclass(frozen=True)
class MemberListItem:
    """One row of the Members table: the member and the groups they are in today."""

    member: Member
    groups: tuple[str, ...]
    group_ids: tuple[GroupId, ...]


@dataclass(frozen=True)
class EnrollmentView:
    enrollment: Enrollment
    group_name: str
    sessions_attended: int


@dataclass(frozen=True)
class MemberHistory:
    member: Member
    enrollments: tuple[EnrollmentView, ...]
    sessions_attended: int
    minutes_this_week: int
    target_minutes: int
    days_in_program: int
    episodes: tuple[rules.Episode, ...] = ()  # oldest first; more than one after a re-admission

    @property
    def below_target(self) -> bool:
        return (
            self.member.status is MemberStatus.ACTIVE
            and self.minutes_this_week < self.target_minutes
        )


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def member_from_row(r: dict[str, Any]) -> Member:
    return Member(
        MemberId(int(r["id"])),
        str(r["preferred_name"]),
        str(r["full_name"]),
        str(r["chart_id"]),
        _date(r["date_of_birth"]),
        Track(r["track"]),
        Phase(r["phase"]),
        dt.date.fromisoformat(str(r["admitted_on"])),
        _date(r["expected_discharge"]),
        _date(r["discharged_on"]),
        DischargeReason(r["discharge_reason"]) if r["discharge_reason"] else None,
        MemberStatus(r["status"]),
        str(r["facilitator_note"] or ""),
    )


def enrollment_from_row(r: dict[str, Any]) -> Enrollment:
    return Enrollment(
        EnrollmentId(int(r["id"])),
        MemberId(int(r["member_id"])),
        GroupId(int(r["group_id"])),
        dt.date.fromisoformat(str(r["start_on"])),
        _date(r["end_on"]),
    )


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
            f"Chart id {member.chart_id} belongs to {self.name}, discharged "
            f"{self.discharged_on.isoformat()}.",
            "chart_id",
            "Re-admit them (their earlier notes and attendance stay with their record), or check "
            "the chart id.",
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
    if owner.status is MemberStatus.DISCHARGED:
        where = f"discharged {owner.discharged_on.isoformat() if owner.discharged_on else ''}"
    else:
        groups = [
            r["name"]
            for r in store.query(
                "SELECT g.name FROM enrollment e JOIN therapy_group g ON g.id = e.group_id "
                "WHERE e.member_id = ? AND e.end_on IS NULL ORDER BY g.name",
                [owner.id],
            )
        ]
        state = "on hold" if owner.status is MemberStatus.ON_HOLD else "active"
        where = f"{state}, in {' and '.join(groups)}" if groups else f"{state}, in no group yet"
    return ValidationError(
        f"Chart id {owner.chart_id} already belongs to another member: {name} ({where}).",
        "chart_id",
        "Check the number in the EHR; each member has their own chart id.",
    )


def previous_discharge(store: Store, member_id: MemberId) -> dt.date | None:
    """The discharge date of the episode before the current one (None for a first episode)."""
    value = store.scalar(
        "SELECT discharged_on FROM admission WHERE member_id = ? AND id < "
        "(SELECT max(id) FROM admission WHERE member_id = ?) ORDER BY id DESC LIMIT 1",
        [member_id, member_id],
    )
    return _date(value)


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


class MemberService:
    def __init__(self, ctx: ServiceContext, groups: GroupService) -> None:
        self.ctx = ctx
        self.groups = groups

    @property
    def today(self) -> dt.date:
        return self.ctx.clock.now().date()

    # -- reads ----------------------------------------------------------------------------
    def list(self, day: dt.date | None = None) -> list[MemberListItem]:
        """Every member with the groups they are enrolled in on `day` (default today)."""
        iso = (day or self.today).isoformat()
        groups_by_member: dict[int, list[tuple[GroupId, str]]] = {}
        for r in self.ctx.store.query(
            "SELECT e.member_id, g.id, g.name FROM enrollment e "
            "JOIN therapy_group g ON g.id = e.group_id "
            "WHERE e.start_on <= ? AND (e.end_on IS NULL OR e.end_on >= ?) ORDER BY g.name",
            [iso, iso],
        ):
            groups_by_member.setdefault(r["member_id"], []).append((GroupId(r["id"]), r["name"]))
        items = []
        for r in self.ctx.store.query(
            "SELECT * FROM member ORDER BY preferred_name COLLATE NOCASE"
        ):
            pairs = groups_by_member.get(r["id"], [])
            items.append(
                MemberListItem(
                    member_from_row(r), tuple(n for _, n in pairs), tuple(g for g, _ in pairs)
                )
            )
        return items

    def get(self, member_id: MemberId) -> Member:
        row = self.ctx.store.one("SELECT * FROM member WHERE id = ?", [member_id])
        if row is None:
            raise NotFound("That member no longer exists.", "Reload the Members page.")
        return member_from_row(row)

    def enrollments(self, member_id: MemberId) -> builtins.list[Enrollment]:
        return [
            enrollment_from_row(r)
            for r in self.ctx.store.query(
                "SELECT * FROM enrollment WHERE member_id = ? ORDER BY start_on, id", [member_id]
            )
        ]

    def open_groups(self, member_id: MemberId) -> builtins.list[tuple[GroupId, str]]:
        return [
            (GroupId(r["id"]), r["name"])
            for r in self.ctx.store.query(
                "SELECT g.id, g.name FROM enrollment e JOIN therapy_group g ON g.id = e.group_id "
                "WHERE e.member_id = ? AND e.end_on IS NULL ORDER BY g.name",
                [member_id],
            )
        ]

    def history(self, member_id: MemberId) -> MemberHistory:
        """Groups and dates, sessions attended, hours this week against target, days in program."""
        member = self.get(member_id)
        store = self.ctx.store
        views = []
        for r in store.query(
            "SELECT e.*, g.name AS group_name, (SELECT count(*) FROM attendance a "
            "  JOIN session s INDEXED BY session_member_lookup ON s.id = a.session_id "
            "  WHERE a.member_id = e.member_id "
            "  AND s.group_id = e.group_id AND s.date >= e.start_on "
            "  AND (e.end_on IS NULL OR s.date <= e.end_on) "
            "  AND a.status IN (?, ?, ?, ?)) AS attended "
            "FROM enrollment e JOIN therapy_group g ON g.id = e.group_id "
            "WHERE e.member_id = ? ORDER BY e.start_on, e.id",
            [*ATTENDED, member_id],
        ):
            views.append(
                EnrollmentView(enrollment_from_row(r), r["group_name"], int(r["attended"]))
            )
        attended = int(
            store.scalar(
                "SELECT count(*) FROM attendance WHERE member_id = ? "
                f"AND status IN ({_marks(ATTENDED)})",
                [member_id, *ATTENDED],
            )
        )
        monday, sunday = rules.this_week(self.today)
        minutes = int(
            store.scalar(
                "SELECT coalesce(sum(a.minutes), 0) FROM attendance a "
                "JOIN session s INDEXED BY session_member_lookup ON s.id = a.session_id "
                "WHERE a.member_id = ? AND s.date BETWEEN ? AND ?",
                [member_id, monday.isoformat(), sunday.isoformat()],
            )
        )
        return MemberHistory(
            member,
            tuple(views),
            attended,
            minutes,
            rules.weekly_target_minutes(member.track),
            rules.days_in_program(member.admitted_on, member.discharged_on, self.today),
            tuple(self.episodes(member_id)),
        )

    # -- writes ---------------------------------------------------------------------------
    def admit(
        self, draft: MemberDraft, group_id: GroupId | None = None
    ) -> tuple[MemberId, str, Changes]:
        """A new member, enrolled in `group_id` from admission. Returns (id, warning, changes);
        the warning is non-empty when the group is now above its size cap (never a block)."""
        clean = rules.validate_draft(draft, self.today)
        if group_id is not None:
            group = self.groups.get(group_id)
            if not group.active:
                raise RuleViolation(f"{group.name} is not active.", "Choose an active group.")
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
                f"Chart id {clean.chart_id} is not {member.preferred_name}'s chart id.",
                "chart_id",
                "Re-admit from the member's own chart id.",
            )
        rules.check_readmission(member, clean.admitted_on, self.today)
        if group_id is not None:
            group = self.groups.get(group_id)
            if not group.active:
                raise RuleViolation(f"{group.name} is not active.", "Choose an active group.")
        with self.ctx.write() as store:
            current = member_by_chart_id(store, member.chart_id)
            if current is None or current.status is not MemberStatus.DISCHARGED:
                raise RuleViolation(
                    f"{member.preferred_name} was re-admitted or changed meanwhile.",
                    "Reload the Members page.",
                )
            write_readmission(self.ctx, store, current, clean, group_id, "admit")
        warning = self.groups.capacity_warning(group_id, self.today) if group_id else ""
        return member_id, warning, CHANGED

    def episodes(self, member_id: MemberId) -> builtins.list[rules.Episode]:
        """Every admission episode, oldest first (the last one is the current one)."""
        return [
            rules.Episode(
                dt.date.fromisoformat(str(r["admitted_on"])),
                _date(r["discharged_on"]),
                DischargeReason(r["discharge_reason"]) if r["discharge_reason"] else None,
            )
            for r in self.ctx.store.query(
                "SELECT * FROM admission WHERE member_id = ? ORDER BY id", [member_id]
            )
        ]

    def update(self, member_id: MemberId, draft: MemberDraft) -> Changes:
        """Edit names, chart id, dates, track, phase and note; enrollments stay as they are."""
        member = self.get(member_id)
        clean = rules.validate_draft(draft, max(self.today, member.admitted_on))
        earlier = previous_discharge(self.ctx.store, member_id)
        if earlier is not None and clean.admitted_on <= earlier:
            raise ValidationError(
                f"The admission date is not after the end of their previous episode ({earlier}).",
                "admitted_on",
                "This date is for the current episode; earlier episodes keep theirs.",
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
                f"The admission date is after the member joined their first group ({first_start}).",
                "admitted_on",
                "Choose a date on or before their first group.",
            )
        if member.discharged_on and clean.admitted_on > member.discharged_on:
            raise ValidationError("The admission date is after the discharge date.", "admitted_on")
        with self.ctx.write() as store:
            self._check_chart_id(store, clean.chart_id, member_id)
            store.update(
                "member", member_id, {**draft_values(clean), "updated_at": self.ctx.now_iso()}
            )
            self.ctx.audit("member_update", "member", member_id)
        return Changes(members=True, audit=True)

    def set_on_hold(self, member_id: MemberId, on_hold: bool) -> Changes:
        """On hold (e.g. a short hospital stay) keeps enrollments; active again undoes it."""
        member = self.get(member_id)
        if member.status is MemberStatus.DISCHARGED:
            raise RuleViolation(
                f"{member.preferred_name} is discharged.", "Nothing to put on hold."
            )
        status = MemberStatus.ON_HOLD if on_hold else MemberStatus.ACTIVE
        with self.ctx.write() as store:
            store.update(
                "member", member_id, {"status": status.value, "updated_at": self.ctx.now_iso()}
            )
            self.ctx.audit("member_status", "member", member_id, {"status": status.value})
        return Changes(members=True, audit=True)

    def enroll(
        self, member_id: MemberId, group_id: GroupId, start_on: dt.date
    ) -> tuple[str, Changes]:
        """Add the member to another group from `start_on`. Returns (warning, changes)."""
        member = self._active(member_id)
        group = self.groups.get(group_id)
        self._check_day(member, start_on, "The start date")
        check_no_overlap(
            self.enrollments(member_id), member_id, group_id, start_on, None, group.name
        )
        with self.ctx.write() as store:
            new_id = store.insert(
                "enrollment",
                {"member_id": member_id, "group_id": group_id, "start_on": start_on.isoformat()},
            )
            self.ctx.audit(
                "member_enroll",
                "enrollment",
                new_id,
                {"member_id": member_id, "group_id": group_id},
            )
        return self.groups.capacity_warning(group_id, self.today), CHANGED

    def move(
        self, member_id: MemberId, from_group: GroupId, to_group: GroupId, day: dt.date
    ) -> tuple[str, Changes]:
        """Move from one group to another effective `day`. Returns (size warning, changes)."""
        member = self._active(member_id)
        target = self.groups.get(to_group)
        if not target.active:
            raise RuleViolation(f"{target.name} is not active.", "Choose an active group.")
        self._check_day(member, day, "The move date")
        plan = plan_move(
            self.enrollments(member_id), member_id, from_group, to_group, day, target.name
        )
        with self.ctx.write() as store:
            if plan.replace_id is not None:
                store.update("enrollment", plan.replace_id, {"group_id": to_group})
                new_id: int = plan.replace_id
            else:
                assert plan.close_id is not None and plan.end_old_on is not None
                store.update("enrollment", plan.close_id, {"end_on": plan.end_old_on.isoformat()})
                new_id = store.insert(
                    "enrollment",
                    {
                        "member_id": member_id,
                        "group_id": to_group,
                        "start_on": plan.start_new_on.isoformat(),
                    },
                )
            self.ctx.audit(
                "member_move",
                "member",
                member_id,
                {"from_group": from_group, "to_group": to_group, "enrollment_id": new_id},
            )
        return self.groups.capacity_warning(to_group, self.today), CHANGED

    def discharge(self, member_id: MemberId, day: dt.date, reason: DischargeReason) -> Changes:
        """Discharge on `day` (their last day) and close every open enrollment on that day."""
        member = self.get(member_id)
        rules.check_discharge(member, day, self.today)
        reason = DischargeReason(reason)
        late_start = self.ctx.store.scalar(
            "SELECT max(start_on) FROM enrollment WHERE member_id = ? AND end_on IS NULL",
            [member_id],
        )
        if late_start and late_start > day.isoformat():
            raise ValidationError(
                f"The discharge date is before the member joined their current group "
                f"({late_start}).",
                "discharged_on",
                "Choose a date on or after that day.",
            )
        with self.ctx.write() as store:
            closed = store.changes(
                "UPDATE enrollment SET end_on = ? WHERE member_id = ? AND end_on IS NULL",
                [day.isoformat(), member_id],
            )
            store.update(
                "member",
                member_id,
                {
                    "status": MemberStatus.DISCHARGED.value,
                    "discharged_on": day.isoformat(),
                    "discharge_reason": reason.value,
                    "updated_at": self.ctx.now_iso(),
                },
            )
            self.ctx.audit(
                "member_discharge",
                "member",
                member_id,
                {"reason": reason.value, "enrollments_closed": closed},
            )
        return CHANGED

    # -- helpers --------------------------------------------------------------------------
    def _active(self, member_id: MemberId) -> Member:
        member = self.get(member_id)
        if member.status is MemberStatus.DISCHARGED:
            raise RuleViolation(
                f"{member.preferred_name} was discharged on {member.discharged_on}.",
                "A discharged member cannot join or move groups.",
            )
        return member

    def _check_day(self, member: Member, day: dt.date, label: str) -> None:
        if day < member.admitted_on:
            raise ValidationError(
                f"{label} {day.isoformat()} is before the admission date "
                f"{member.admitted_on.isoformat()}.",
                "date",
                "Choose a date on or after admission.",
            )
        if day > self.today:
            raise ValidationError(
                f"{label} is in the future.", "date", "Record it on the day it takes effect."
            )

    @staticmethod
    def _check_chart_id(store: Store, chart_id: str, except_id: MemberId | None) -> None:
        owner = member_by_chart_id(store, chart_id, except_id)
        if owner is not None:
            raise chart_id_refusal(store, owner)


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" for _ in values)
