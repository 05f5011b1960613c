"""Members as stored, and reading them: the Members list, one member, their enrollments and
admission episodes, and the history shown on the detail page.

`MemberRecords` is the base of admission (`member_admission.py`) and enrollment changes
(`member_enrollment.py`); `MemberService` in `members.py` combines them.
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass
from typing import Any

from iop_facilitator.domain import members as rules
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enrollment import Enrollment
from iop_facilitator.domain.enums import DischargeReason, MemberStatus, Phase, Track
from iop_facilitator.domain.groups import Group
from iop_facilitator.domain.ids import EnrollmentId, GroupId, MemberId
from iop_facilitator.domain.members import Member
from iop_facilitator.errors import NotFound, RuleViolation
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.groups import GroupService
from iop_facilitator.texts import QT_TR_NOOP

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


def optional_date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def member_from_row(r: dict[str, Any]) -> Member:
    return Member(
        MemberId(int(r["id"])),
        str(r["preferred_name"]),
        str(r["full_name"]),
        str(r["chart_id"]),
        optional_date(r["date_of_birth"]),
        Track(r["track"]),
        Phase(r["phase"]),
        dt.date.fromisoformat(str(r["admitted_on"])),
        optional_date(r["expected_discharge"]),
        optional_date(r["discharged_on"]),
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
        optional_date(r["end_on"]),
    )


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" for _ in values)


class MemberRecords:
    """Reading members; the base of the parts `MemberService` combines."""

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

    def active_group(self, group_id: GroupId) -> Group:
        """The group a member is admitted or moved into; an inactive one is refused."""
        group = self.groups.get(group_id)
        if not group.active:
            raise RuleViolation(
                QT_TR_NOOP("{group} is not active.", group=group.name),
                QT_TR_NOOP("Choose an active group."),
            )
        return group

    def get(self, member_id: MemberId) -> Member:
        row = self.ctx.store.one("SELECT * FROM member WHERE id = ?", [member_id])
        if row is None:
            raise NotFound(
                QT_TR_NOOP("That member no longer exists."), QT_TR_NOOP("Reload the Members page.")
            )
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

    def episodes(self, member_id: MemberId) -> builtins.list[rules.Episode]:
        """Every admission episode, oldest first (the last one is the current one)."""
        return [
            rules.Episode(
                dt.date.fromisoformat(str(r["admitted_on"])),
                optional_date(r["discharged_on"]),
                DischargeReason(r["discharge_reason"]) if r["discharge_reason"] else None,
            )
            for r in self.ctx.store.query(
                "SELECT * FROM admission WHERE member_id = ? ORDER BY id", [member_id]
            )
        ]
