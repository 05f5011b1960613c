"""A member's place in the program: on hold, joining and moving between groups, discharge.

Enrollment dates follow the convention in `domain/enrollment.py` (end dates are inclusive; a move on
D ends the old enrollment on D - 1 and starts the new one on D; discharge on D ends all on D).
"""

from __future__ import annotations

import datetime as dt

from iop_facilitator.domain import members as rules
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enrollment import check_no_overlap, plan_move
from iop_facilitator.domain.enums import DischargeReason, MemberStatus
from iop_facilitator.domain.ids import GroupId, MemberId
from iop_facilitator.domain.members import Member
from iop_facilitator.errors import RuleViolation, ValidationError
from iop_facilitator.services.member_records import CHANGED, MemberRecords
from iop_facilitator.texts import QT_TR_NOOP


class MemberEnrollment(MemberRecords):
    """Status and group changes, and discharge (part of `MemberService`)."""

    # -- enrollment and discharge ---------------------------------------------------------
    def set_on_hold(self, member_id: MemberId, on_hold: bool) -> Changes:
        """On hold (e.g. a short hospital stay) keeps enrollments; active again undoes it."""
        member = self.get(member_id)
        if member.status is MemberStatus.DISCHARGED:
            raise RuleViolation(
                QT_TR_NOOP("{name} is discharged.", name=member.preferred_name),
                QT_TR_NOOP("Nothing to put on hold."),
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
        self._check_day(member, start_on, start=True)
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
        target = self.active_group(to_group)
        self._check_day(member, day, start=False)
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
                QT_TR_NOOP(
                    "The discharge date is before the member joined their current group ({date}).",
                    date=str(late_start),
                ),
                "discharged_on",
                QT_TR_NOOP("Choose a date on or after that day."),
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
                QT_TR_NOOP(
                    "{name} was discharged on {date}.",
                    name=member.preferred_name,
                    date=str(member.discharged_on),
                ),
                QT_TR_NOOP("A discharged member cannot join or move groups."),
            )
        return member

    def _check_day(self, member: Member, day: dt.date, *, start: bool) -> None:
        """`start`: the day is a start date (joining a group), else a move date."""
        if day < member.admitted_on:
            values = {"date": day.isoformat(), "admitted": member.admitted_on.isoformat()}
            raise ValidationError(
                QT_TR_NOOP(
                    "The start date {date} is before the admission date {admitted}.", **values
                )
                if start
                else QT_TR_NOOP(
                    "The move date {date} is before the admission date {admitted}.", **values
                ),
                "date",
                QT_TR_NOOP("Choose a date on or after admission."),
            )
        if day > self.today:
            raise ValidationError(
                QT_TR_NOOP("The start date is in the future.")
                if start
                else QT_TR_NOOP("The move date is in the future."),
                "date",
                QT_TR_NOOP("Record it on the day it takes effect."),
            )
