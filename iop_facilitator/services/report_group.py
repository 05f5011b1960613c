"""Group and program reports for a date range, computed in SQL.

Contracts:
- A session counts once held (running, ended or signed); planned sessions are ignored.
- Attendance rate = attended marks / all marks (present, late, left early, telehealth over every
  marked status); roster rows never marked are left out of both.
- Average hours per member for a week = the group's attended minutes that week / the distinct
  members on its rosters that week.
- Members below target: for each member on the group's rosters in the range, each complete
  ISO week inside the range that has ended (Sunday before today) and in which the member was
  enrolled in the group all week; hours count every group (the minimum is per member).
- Topic coverage: members enrolled on the range's last day; a topic is had when they attended a
  session with that topic key on or before that day.
- Safety: a check-in safety flag, or a member note risk other than "none", in the range.
- Census: admissions and discharges dated in the range (by reason), active on the last day;
  counted per admission episode, so a member discharged and re-admitted in the range counts twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iop_facilitator.domain.attendance import weekly_target_hours
from iop_facilitator.domain.enums import AttendanceStatus, DischargeReason
from iop_facilitator.errors import NotFound, ValidationError
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.texts import QT_TR_NOOP

ATTENDED = tuple(s.value for s in AttendanceStatus if s.attended)
_ATT = ", ".join("?" for _ in ATTENDED)
WEEK = "date(s.date, 'weekday 0', '-6 days')"
MAX_RANGE_DAYS = 366 * 11


@dataclass(frozen=True)
class WeekAttendance:
    week: dt.date
    sessions: int
    attended: int
    marked: int
    minutes: int
    members: int

    @property
    def rate(self) -> float | None:
        return self.attended / self.marked if self.marked else None

    @property
    def hours_per_member(self) -> float:
        return round(self.minutes / 60 / self.members, 2) if self.members else 0.0


@dataclass(frozen=True)
class BelowTarget:
    member_id: int
    preferred_name: str
    full_name: str
    target_hours: float
    weeks_counted: int
    weeks_below: int
    average_hours: float
    lowest_hours: float


@dataclass(frozen=True)
class TopicCoverage:
    key: str
    title: str
    series: str
    had: int


@dataclass(frozen=True)
class SafetyEvent:
    date: dt.date
    member_id: int
    preferred_name: str
    full_name: str
    group_name: str
    what: str


def _totals(weeks: tuple[WeekAttendance, ...]) -> tuple[int, int]:
    return sum(w.attended for w in weeks), sum(w.marked for w in weeks)


@dataclass(frozen=True)
class GroupReport:
    group_id: int
    group_name: str
    track: str
    start: dt.date
    end: dt.date
    weeks: tuple[WeekAttendance, ...]
    below_target: tuple[BelowTarget, ...]
    roster_size: int
    coverage: tuple[TopicCoverage, ...]
    safety: tuple[SafetyEvent, ...]

    @property
    def target_hours(self) -> float:
        return weekly_target_hours(self.track)

    @property
    def attendance_rate(self) -> float | None:
        attended, marked = _totals(self.weeks)
        return attended / marked if marked else None

    @property
    def average_hours_per_member(self) -> float:
        """Mean over weeks of the group's hours per member (weeks with sessions)."""
        held = [w for w in self.weeks if w.members]
        return round(sum(w.hours_per_member for w in held) / len(held), 2) if held else 0.0

    @property
    def coverage_rate(self) -> float | None:
        pairs = len(self.coverage) * self.roster_size
        return sum(c.had for c in self.coverage) / pairs if pairs else None


@dataclass(frozen=True)
class GroupLine:
    group_id: int
    name: str
    sessions: int
    attended: int
    marked: int
    minutes: int
    members: int

    @property
    def rate(self) -> float | None:
        return self.attended / self.marked if self.marked else None


@dataclass(frozen=True)
class FacilitatorNotes:
    facilitator: str
    sessions: int
    unsigned: int
    overdue: int


@dataclass(frozen=True)
class ProgramReport:
    start: dt.date
    end: dt.date
    groups: tuple[GroupLine, ...]
    weeks: tuple[WeekAttendance, ...]
    admissions: int
    discharges: tuple[tuple[DischargeReason, int], ...]
    active: int
    unsigned: tuple[FacilitatorNotes, ...] = ()

    @property
    def attendance_rate(self) -> float | None:
        attended, marked = _totals(self.weeks)
        return attended / marked if marked else None

    @property
    def discharged(self) -> int:
        return sum(n for _r, n in self.discharges)


def check_range(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError(
            QT_TR_NOOP("The report's end date is before its start date."),
            "end",
            QT_TR_NOOP("Choose an end date on or after the start date."),
        )
    if (end - start).days > MAX_RANGE_DAYS:
        raise ValidationError(
            QT_TR_NOOP("That range is longer than ten years."),
            "start",
            QT_TR_NOOP("Choose a shorter range."),
        )


class GroupReportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def group_names(self) -> list[tuple[int, str]]:
        """Every group (active first) for choosing a report."""
        rows = self.ctx.store.query(
            "SELECT id, name FROM therapy_group ORDER BY active DESC, name COLLATE NOCASE"
        )
        return [(int(r["id"]), str(r["name"])) for r in rows]

    def weekly_attendance(
        self, start: dt.date, end: dt.date, group_id: int | None = None
    ) -> tuple[WeekAttendance, ...]:
        where = "s.group_id = ? AND " if group_id is not None else ""
        params = [group_id] if group_id is not None else []
        rows = self.ctx.store.query(
            f"""
            SELECT {WEEK} AS week, count(DISTINCT s.id) AS sessions,
                   sum(a.status IN ({_ATT})) AS attended, sum(a.status IS NOT NULL) AS marked,
                   sum(a.minutes) AS minutes, count(DISTINCT a.member_id) AS members
            FROM session s JOIN attendance a ON a.session_id = s.id
            WHERE {where}s.date BETWEEN ? AND ? AND s.status <> 'planned'
            GROUP BY week ORDER BY week
            """,
            [*ATTENDED, *params, start.isoformat(), end.isoformat()],
        )
        return tuple(
            WeekAttendance(
                dt.date.fromisoformat(r["week"]),
                int(r["sessions"]),
                int(r["attended"] or 0),
                int(r["marked"] or 0),
                int(r["minutes"] or 0),
                int(r["members"]),
            )
            for r in rows
        )

    def group_report(self, group_id: int, start: dt.date, end: dt.date) -> GroupReport:
        check_range(start, end)
        group = self.ctx.store.one(
            "SELECT id, name, track FROM therapy_group WHERE id = ?", [group_id]
        )
        if group is None:
            raise NotFound(QT_TR_NOOP("That group no longer exists."))
        roster, coverage = self._coverage(group_id, end)
        return GroupReport(
            group_id,
            group["name"],
            group["track"],
            start,
            end,
            self.weekly_attendance(start, end, group_id),
            self._below_target(group_id, start, end),
            roster,
            coverage,
            self.safety_events(start, end, group_id),
        )

    def _below_target(self, group_id: int, start: dt.date, end: dt.date) -> tuple[BelowTarget, ...]:
        today = self.ctx.clock.now().date()
        # Complete weeks inside the range that have ended.
        first = start + dt.timedelta(days=(7 - start.weekday()) % 7)
        last_sunday = min(end, today - dt.timedelta(days=1))
        last_sunday -= dt.timedelta(days=(last_sunday.weekday() + 1) % 7)
        if last_sunday < first + dt.timedelta(days=6):
            return ()
        rows = self.ctx.store.query(
            f"""
            WITH members AS (
                SELECT DISTINCT a.member_id FROM session s JOIN attendance a ON a.session_id = s.id
                WHERE s.group_id = :group AND s.date BETWEEN :first AND :last
                  AND s.status <> 'planned'
            ),
            weeks AS (
                SELECT a.member_id, {WEEK} AS week, sum(a.minutes) AS minutes
                FROM session s JOIN attendance a ON a.session_id = s.id
                WHERE s.date BETWEEN :first AND :last AND s.status <> 'planned'
                  AND a.member_id IN (SELECT member_id FROM members)
                GROUP BY a.member_id, week
            )
            SELECT w.member_id, m.preferred_name, m.full_name, m.track, w.week, w.minutes
            FROM weeks w JOIN member m ON m.id = w.member_id
            WHERE EXISTS (
                SELECT 1 FROM enrollment e
                WHERE e.member_id = w.member_id AND e.group_id = :group AND e.start_on <= w.week
                  AND (e.end_on IS NULL OR e.end_on >= date(w.week, '+6 days')))
            ORDER BY m.preferred_name COLLATE NOCASE, m.full_name, w.week
            """,
            {"group": group_id, "first": first.isoformat(), "last": last_sunday.isoformat()},
        )
        per_member: dict[int, list[dict[str, object]]] = {}
        for r in rows:
            per_member.setdefault(int(r["member_id"]), []).append(r)
        result = []
        for member_id, weeks in per_member.items():
            target = weekly_target_hours(str(weeks[0]["track"]))
            hours = [int(w["minutes"] or 0) / 60 for w in weeks]  # type: ignore[call-overload]
            below = sum(h * 60 < round(target * 60) - 1e-9 for h in hours)
            if below:
                result.append(
                    BelowTarget(
                        member_id,
                        str(weeks[0]["preferred_name"]),
                        str(weeks[0]["full_name"]),
                        target,
                        len(hours),
                        below,
                        round(sum(hours) / len(hours), 2),
                        round(min(hours), 2),
                    )
                )
        return tuple(
            sorted(
                result, key=lambda b: (-b.weeks_below, b.average_hours, b.preferred_name.lower())
            )
        )

    def _coverage(self, group_id: int, end: dt.date) -> tuple[int, tuple[TopicCoverage, ...]]:
        day = end.isoformat()
        roster = int(
            self.ctx.store.scalar(
                "SELECT count(DISTINCT member_id) FROM enrollment"
                " WHERE group_id = ? AND start_on <= ? AND (end_on IS NULL OR end_on >= ?)",
                [group_id, day, day],
            )
            or 0
        )
        rows = self.ctx.store.query(
            f"""
            WITH roster AS (
                SELECT DISTINCT member_id FROM enrollment
                WHERE group_id = ? AND start_on <= ? AND (end_on IS NULL OR end_on >= ?)
            ),
            had AS (
                SELECT DISTINCT a.member_id, t.key
                FROM attendance a JOIN session s ON s.id = a.session_id
                JOIN topic t ON t.id = s.topic_id
                WHERE a.member_id IN (SELECT member_id FROM roster)
                  AND a.status IN ({_ATT}) AND s.date <= ?
            )
            SELECT topic.key, topic.title, topic.series, count(had.member_id) AS had
            FROM topic LEFT JOIN had ON had.key = topic.key
            WHERE topic.is_current = 1 AND topic.retired = 0
            GROUP BY topic.key ORDER BY had, topic.series, topic.title COLLATE NOCASE
            """,
            [group_id, day, day, *ATTENDED, day],
        )
        return roster, tuple(
            TopicCoverage(r["key"], r["title"], r["series"], int(r["had"])) for r in rows
        )

    def safety_events(
        self, start: dt.date, end: dt.date, group_id: int | None = None
    ) -> tuple[SafetyEvent, ...]:
        where = "s.group_id = ? AND " if group_id is not None else ""
        params = [group_id] if group_id is not None else []
        rows = self.ctx.store.query(
            f"""
            SELECT s.date, a.member_id, m.preferred_name, m.full_name, g.name AS group_name,
                   COALESCE(c.safety_flag, 0) AS flag, n.risk
            FROM session s JOIN attendance a ON a.session_id = s.id
            JOIN member m ON m.id = a.member_id JOIN therapy_group g ON g.id = s.group_id
            LEFT JOIN check_in c ON c.session_id = a.session_id AND c.member_id = a.member_id
            LEFT JOIN member_note n ON n.session_id = a.session_id AND n.member_id = a.member_id
            WHERE {where}s.date BETWEEN ? AND ?
              AND (c.safety_flag = 1 OR (n.risk IS NOT NULL AND n.risk <> 'none'))
            ORDER BY s.date, s.planned_start, m.preferred_name COLLATE NOCASE
            """,
            [*params, start.isoformat(), end.isoformat()],
        )
        events = []
        for r in rows:
            parts = ["safety flag"] if r["flag"] else []
            if r["risk"] and r["risk"] != "none":
                parts.append(f"risk: {str(r['risk']).replace('_', ' ')}")
            events.append(
                SafetyEvent(
                    dt.date.fromisoformat(r["date"]),
                    int(r["member_id"]),
                    r["preferred_name"],
                    r["full_name"],
                    r["group_name"],
                    ", ".join(parts).capitalize(),
                )
            )
        return tuple(events)

    def program_report(self, start: dt.date, end: dt.date) -> ProgramReport:
        check_range(start, end)
        store = self.ctx.store
        lines = store.query(
            f"""
            SELECT g.id, g.name, count(DISTINCT s.id) AS sessions,
                   sum(a.status IN ({_ATT})) AS attended, sum(a.status IS NOT NULL) AS marked,
                   sum(a.minutes) AS minutes, count(DISTINCT a.member_id) AS members
            FROM therapy_group g
            LEFT JOIN session s
                ON s.group_id = g.id AND s.date BETWEEN ? AND ? AND s.status <> 'planned'
            LEFT JOIN attendance a ON a.session_id = s.id
            GROUP BY g.id ORDER BY g.active DESC, g.name COLLATE NOCASE
            """,
            [*ATTENDED, start.isoformat(), end.isoformat()],
        )
        groups = tuple(
            GroupLine(
                int(r["id"]),
                r["name"],
                int(r["sessions"]),
                int(r["attended"] or 0),
                int(r["marked"] or 0),
                int(r["minutes"] or 0),
                int(r["members"]),
            )
            for r in lines
        )
        census = (
            store.one(
                """
            SELECT sum(admitted_on BETWEEN :start AND :end) AS admissions,
                   count(DISTINCT CASE WHEN admitted_on <= :end
                         AND (discharged_on IS NULL OR discharged_on > :end)
                         THEN member_id END) AS active
            FROM admission
            """,
                {"start": start.isoformat(), "end": end.isoformat()},
            )
            or {}
        )
        discharges = store.query(
            "SELECT COALESCE(discharge_reason, 'other') AS reason, count(*) AS n FROM admission"
            " WHERE discharged_on BETWEEN ? AND ? GROUP BY reason",
            [start.isoformat(), end.isoformat()],
        )
        counts: dict[str, int] = {}
        known = {r.value for r in DischargeReason}
        for r in discharges:
            reason = str(r["reason"]) if r["reason"] in known else DischargeReason.OTHER.value
            counts[reason] = counts.get(reason, 0) + int(r["n"])
        by_reason = tuple(
            (reason, counts.get(reason.value, 0))
            for reason in DischargeReason
            if counts.get(reason.value, 0)
        )
        return ProgramReport(
            start,
            end,
            groups,
            self.weekly_attendance(start, end),
            int(census.get("admissions") or 0),
            by_reason,
            int(census.get("active") or 0),
        )
