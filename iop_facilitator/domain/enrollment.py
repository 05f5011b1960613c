"""Enrollment: who belongs to which group on which day.

Convention (used everywhere, tests rely on it): an enrollment runs from `start_on` to `end_on`
**inclusive**; `end_on` is the last day the member belongs to the group, `None` while open.

- **Move** effective on day D: the old enrollment ends on D - 1 and the new one starts on D, so on
  D the member is on the new group's roster only. A move on the day the old enrollment started
  (a same-day correction) replaces the old group instead of leaving a zero-day enrollment.
- **Discharge** on day D: every open enrollment ends on D (the discharge day is their last day).
- One member never has two enrollments in the same group that share a day; enrollments in two
  different groups may overlap (e.g. an IOP group plus a family group).

The roster of a group on any date is computed from these rows, so a past session shows who was
enrolled then, whatever happened afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from iop_facilitator.domain.ids import EnrollmentId, GroupId, MemberId
from iop_facilitator.errors import RuleViolation, ValidationError
from iop_facilitator.texts import QT_TR_NOOP


@dataclass(frozen=True)
class Enrollment:
    id: EnrollmentId
    member_id: MemberId
    group_id: GroupId
    start_on: dt.date
    end_on: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        return self.start_on <= day and (self.end_on is None or day <= self.end_on)

    @property
    def is_open(self) -> bool:
        return self.end_on is None

    def overlaps(self, start_on: dt.date, end_on: dt.date | None) -> bool:
        """True when [start_on, end_on] shares a day with this enrollment (None = open-ended)."""
        mine_end = self.end_on or dt.date.max
        other_end = end_on or dt.date.max
        return self.start_on <= other_end and start_on <= mine_end


def roster_on(enrollments: Iterable[Enrollment], group_id: GroupId, day: dt.date) -> list[MemberId]:
    """Members enrolled in `group_id` on `day`, in enrollment order."""
    return [e.member_id for e in enrollments if e.group_id == group_id and e.covers(day)]


def check_no_overlap(
    existing: Iterable[Enrollment],
    member_id: MemberId,
    group_id: GroupId,
    start_on: dt.date,
    end_on: dt.date | None = None,
    group_name: str = QT_TR_NOOP("this group"),
) -> None:
    """RuleViolation if the member is already in `group_id` on any day of the new span."""
    for e in existing:
        if e.member_id == member_id and e.group_id == group_id and e.overlaps(start_on, end_on):
            raise RuleViolation(
                QT_TR_NOOP(
                    "The member is already enrolled in {group} (since {date}).",
                    group=group_name,
                    date=e.start_on.isoformat(),
                ),
                QT_TR_NOOP("Choose another group or another start date."),
            )


@dataclass(frozen=True)
class MovePlan:
    """What a move writes: close (or replace) the old enrollment, open the new one."""

    close_id: EnrollmentId | None  # set end_on = day - 1
    replace_id: EnrollmentId | None  # same-day correction: change its group instead
    end_old_on: dt.date | None
    start_new_on: dt.date


def plan_move(
    enrollments: Iterable[Enrollment],
    member_id: MemberId,
    from_group: GroupId,
    to_group: GroupId,
    day: dt.date,
    to_group_name: str = QT_TR_NOOP("that group"),
) -> MovePlan:
    """Validate a move of `member_id` from one group to another effective on `day`."""
    if from_group == to_group:
        raise ValidationError(
            QT_TR_NOOP("The member is already in that group."),
            "to_group",
            QT_TR_NOOP("Choose a different group."),
        )
    mine = [e for e in enrollments if e.member_id == member_id]
    current = next((e for e in mine if e.group_id == from_group and e.covers(day)), None)
    if current is None:
        raise RuleViolation(
            QT_TR_NOOP(
                "The member is not enrolled in the group they are moving from on {date}.",
                date=day.isoformat(),
            ),
            QT_TR_NOOP("Check the move date: it must fall inside their current enrollment."),
        )
    if not current.is_open:
        raise RuleViolation(
            QT_TR_NOOP("That enrollment has already ended."),
            QT_TR_NOOP("Move only from a group the member is still in."),
        )
    others = [e for e in mine if e.id != current.id]
    check_no_overlap(others, member_id, to_group, day, None, to_group_name)
    if current.start_on == day:
        return MovePlan(None, current.id, None, day)
    return MovePlan(current.id, None, day - dt.timedelta(days=1), day)


def enrollment_days(e: Enrollment, today: dt.date) -> int:
    end = min(e.end_on, today) if e.end_on else today
    return max(0, (end - e.start_on).days + 1)
