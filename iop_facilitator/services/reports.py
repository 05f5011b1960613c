"""The Today screen's lists, computed in SQL over indexed tables (never whole tables in Python).

Contracts:
- Today's groups: every session dated today, plus every active group whose weekdays include
  today and that has no session yet, in start-time order. Status: upcoming (no session, or
  planned), running, notes unsigned (ended with member notes not yet signed), ended (all signed).
- Members to watch: members enrolled today and not discharged, each with every reason that
  applies (see `WatchKind`); safety first, then hours, absences, discharge, new.
- Unsigned notes: sessions that ended and still have roster members without a signed note;
  the age runs from the session's end; warning from 24 h, alert from `note_deadline_hours`.
Group, program and member-progress reports live in `report_group.py` and `report_progress.py`;
`ReportService` hands them out so callers need one object.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from iop_facilitator.domain.attendance import week_start, weekly_target_hours
from iop_facilitator.domain.enums import AttendanceStatus
from iop_facilitator.domain.reports import (
    Level,
    TodayStatus,
    WatchKind,
    describe_age,
    fmt_hours,
    note_age_level,
)
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.report_group import (
    FacilitatorNotes,
    GroupReport,
    GroupReportService,
    ProgramReport,
)
from iop_facilitator.services.settings import SettingsService
from iop_facilitator.services.topic_suggestions import TopicSuggestionService

if TYPE_CHECKING:
    from iop_facilitator.services.report_progress import MemberProgress, MemberProgressService

ATTENDED = tuple(s.value for s in AttendanceStatus if s.attended)
ABSENT = tuple(s.value for s in AttendanceStatus if not s.attended)
_ATT = ", ".join("?" for _ in ATTENDED)
_ABS = ", ".join("?" for _ in ABSENT)
ABSENCE_LOOKBACK_DAYS = 120  # a streak of missed sessions is counted within this window
SAFETY_LOOKBACK_DAYS = 60  # "their last session" is looked for within this window


def parse_local(value: str, tz: dt.tzinfo | None) -> dt.datetime:
    """A stored timestamp; one written without an offset is read as local time."""
    when = dt.datetime.fromisoformat(value)
    return when.replace(tzinfo=tz) if when.tzinfo is None else when


@dataclass(frozen=True)
class TodayGroup:
    group_id: int
    group_name: str
    session_id: int | None
    start: dt.time
    end: dt.time
    room: str
    expected: int
    status: TodayStatus
    unsigned: int
    topic_title: str
    topic_reason: str

    @property
    def status_text(self) -> str:
        if self.status is TodayStatus.NOTES_UNSIGNED:
            return f"Notes unsigned ({self.unsigned} of {self.expected})"
        return self.status.label

    @property
    def action(self) -> str:
        """What one click does: 'start', 'resume' or 'notes'."""
        if self.status is TodayStatus.UPCOMING:
            return "start"
        return "resume" if self.status is TodayStatus.RUNNING else "notes"


@dataclass(frozen=True)
class WatchReason:
    kind: WatchKind
    level: Level
    text: str


@dataclass(frozen=True)
class WatchMember:
    member_id: int
    preferred_name: str
    full_name: str
    groups: str
    reasons: tuple[WatchReason, ...]

    @property
    def level(self) -> Level:
        order = [Level.ALERT, Level.WARNING, Level.INFO, Level.OK]
        return min((r.level for r in self.reasons), key=order.index)

    @property
    def reason_text(self) -> str:
        return "; ".join(r.text for r in self.reasons)


@dataclass
class _Enrolled:
    """One member on today's rosters: their row, and every group they are enrolled in."""

    row: dict[str, Any]
    groups: list[str] = field(default_factory=list)
    enrollments: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class UnsignedSession:
    session_id: int
    group_name: str
    date: dt.date
    facilitator: str
    unsigned: int
    roster: int
    age_hours: float
    level: Level

    @property
    def age_text(self) -> str:
        return describe_age(self.age_hours)

    @property
    def level_text(self) -> str:
        return {Level.ALERT: "Overdue", Level.WARNING: "Over 24 h", Level.OK: "On time"}.get(
            self.level, self.level.label
        )


class ReportService:
    """Read-only figures for Today and the reports. Changes nothing."""

    def __init__(
        self, ctx: ServiceContext, suggestions: TopicSuggestionService, settings: SettingsService
    ) -> None:
        self.ctx = ctx
        self.suggestions = suggestions
        self.settings = settings
        self.groups = GroupReportService(ctx)

    @cached_property
    def progress(self) -> MemberProgressService:
        """Member progress (charts), imported on first use: Today does not need it."""
        from iop_facilitator.services.report_progress import MemberProgressService

        return MemberProgressService(self.ctx, self.suggestions)

    def today(self) -> dt.date:
        return self.ctx.clock.now().date()

    # -- today's groups ---------------------------------------------------------------------
    def today_groups(self, day: dt.date | None = None) -> list[TodayGroup]:
        day = day or self.today()
        store = self.ctx.store
        sessions = store.query(
            """
            SELECT s.id, s.group_id, g.name AS group_name, s.status, s.planned_start, s.planned_end,
                   s.room, COALESCE(t.title, '') AS topic_title,
                   (SELECT count(*) FROM attendance a WHERE a.session_id = s.id) AS expected,
                   (SELECT count(*) FROM member_note n
                     WHERE n.session_id = s.id AND n.status = 'signed') AS signed
            FROM session s JOIN therapy_group g ON g.id = s.group_id
            LEFT JOIN topic t ON t.id = s.topic_id
            WHERE s.date = ? ORDER BY s.planned_start
            """,
            [day.isoformat()],
        )
        rows: list[TodayGroup] = []
        for s in sessions:
            status = {
                "planned": TodayStatus.UPCOMING,
                "running": TodayStatus.RUNNING,
                "signed": TodayStatus.ENDED,
            }.get(s["status"], TodayStatus.NOTES_UNSIGNED)
            unsigned = max(0, int(s["expected"]) - int(s["signed"]))
            if status is TodayStatus.NOTES_UNSIGNED and unsigned == 0:
                status = TodayStatus.ENDED
            title, reason = s["topic_title"], "Chosen when the session was planned."
            if status is TodayStatus.UPCOMING and not title:
                title, reason = self._suggestion(s["group_id"], day)
            elif status is not TodayStatus.UPCOMING:
                reason = ""
            rows.append(
                TodayGroup(
                    s["group_id"],
                    s["group_name"],
                    s["id"],
                    dt.time.fromisoformat(s["planned_start"][11:16]),
                    dt.time.fromisoformat(s["planned_end"][11:16]),
                    s["room"],
                    int(s["expected"]),
                    status,
                    unsigned,
                    title,
                    reason,
                )
            )
        held = {r.group_id for r in rows}
        groups = store.query(
            """
            SELECT g.id, g.name, g.start_time, g.minutes, g.room,
                   (SELECT count(DISTINCT e.member_id) FROM enrollment e
                     WHERE e.group_id = g.id AND e.start_on <= :day
                       AND (e.end_on IS NULL OR e.end_on >= :day)) AS expected
            FROM therapy_group g
            WHERE g.active = 1 AND ',' || g.weekdays || ',' LIKE '%,' || :weekday || ',%'
            """,
            {"day": day.isoformat(), "weekday": str(day.isoweekday())},
        )
        for g in groups:
            if g["id"] in held:
                continue
            start = dt.time.fromisoformat(g["start_time"])
            end = (dt.datetime.combine(day, start) + dt.timedelta(minutes=int(g["minutes"]))).time()
            title, reason = self._suggestion(g["id"], day)
            rows.append(
                TodayGroup(
                    g["id"],
                    g["name"],
                    None,
                    start,
                    end,
                    g["room"],
                    int(g["expected"]),
                    TodayStatus.UPCOMING,
                    0,
                    title,
                    reason,
                )
            )
        return sorted(rows, key=lambda r: (r.start, r.group_name.lower()))

    def _suggestion(self, group_id: int, day: dt.date) -> tuple[str, str]:
        found = self.suggestions.suggest(group_id, day, limit=1)
        if not found:
            return "", "No current topics in the curriculum."
        return found[0].topic.title, found[0].reason

    # -- members to watch -------------------------------------------------------------------
    def members_to_watch(self, day: dt.date | None = None) -> list[WatchMember]:
        day = day or self.today()
        monday = week_start(day)
        sunday = monday + dt.timedelta(days=6)
        store = self.ctx.store
        enrolled = store.query(
            """
            SELECT m.id, m.preferred_name, m.full_name, m.track, m.admitted_on,
                   m.expected_discharge,
                   (SELECT count(*) FROM admission x WHERE x.member_id = m.id) AS episodes,
                   e.group_id, e.end_on, g.name AS group_name, g.weekdays, g.minutes, g.active
            FROM therapy_group g
            JOIN enrollment e ON e.group_id = g.id
            JOIN member m ON m.id = e.member_id
            WHERE e.start_on <= :day AND (e.end_on IS NULL OR e.end_on >= :day)
              AND m.discharged_on IS NULL AND m.status <> 'discharged'
            ORDER BY m.preferred_name COLLATE NOCASE, m.full_name
            """,
            {"day": day.isoformat()},
        )
        if not enrolled:
            return []
        members: dict[int, _Enrolled] = {}
        for r in enrolled:
            entry = members.setdefault(r["id"], _Enrolled(r))
            entry.groups.append(r["group_name"])
            entry.enrollments.append(r)
        ids = list(members)
        marks = ", ".join("?" for _ in ids)
        week_minutes = {
            r["member_id"]: (int(r["minutes"] or 0), int(r["possible"] or 0))
            for r in store.query(
                f"""
                SELECT a.member_id, sum(a.minutes) AS minutes,
                       sum(CASE WHEN s.status IN ('ended', 'signed') THEN
                           (strftime('%s', COALESCE(s.actual_end, s.planned_end))
                            - strftime('%s', COALESCE(s.actual_start, s.planned_start))) / 60
                           ELSE 0 END) AS possible
                FROM session s JOIN attendance a ON a.session_id = s.id
                WHERE s.date BETWEEN ? AND ? AND a.member_id IN ({marks})
                GROUP BY a.member_id
                """,
                [monday.isoformat(), sunday.isoformat(), *ids],
            )
        }
        # Sessions today and later this week that already ended count in minutes, not as left.
        closed = {
            (r["group_id"], r["date"])
            for r in store.query(
                "SELECT group_id, date FROM session WHERE date BETWEEN ? AND ?"
                " AND status IN ('ended', 'signed')",
                [day.isoformat(), sunday.isoformat()],
            )
        }
        streaks = self._absence_streaks(ids, day)
        safety = self._last_session_safety(ids, day)
        result = []
        for member_id, entry in members.items():
            row = entry.row
            reasons: list[WatchReason] = []
            if member_id in safety:
                reasons.append(WatchReason(WatchKind.SAFETY, Level.ALERT, safety[member_id]))
            hours_reason = self._hours_reason(
                row,
                entry.enrollments,
                *week_minutes.get(member_id, (0, 0)),
                day,
                sunday,
                closed,
            )
            if hours_reason:
                reasons.append(hours_reason)
            if member_id in streaks:
                reasons.append(streaks[member_id])
            discharge = row["expected_discharge"]
            if discharge and monday.isoformat() <= discharge <= sunday.isoformat():
                when = dt.date.fromisoformat(discharge)
                reasons.append(
                    WatchReason(
                        WatchKind.DISCHARGE, Level.INFO, f"Expected discharge {when:%a %m/%d}"
                    )
                )
            admitted = row["admitted_on"]
            if monday.isoformat() <= admitted <= sunday.isoformat():
                when = dt.date.fromisoformat(admitted)
                again = int(row["episodes"] or 0) > 1
                label = "Re-admitted this week" if again else "New this week"
                reasons.append(
                    WatchReason(WatchKind.NEW, Level.INFO, f"{label} (admitted {when:%a %m/%d})")
                )
            if reasons:
                result.append(
                    WatchMember(
                        member_id,
                        row["preferred_name"],
                        row["full_name"],
                        ", ".join(entry.groups),
                        tuple(reasons),
                    )
                )
        severity = [Level.ALERT, Level.WARNING, Level.INFO, Level.OK]
        kinds = list(WatchKind)
        return sorted(
            result,
            key=lambda w: (
                severity.index(w.level),
                kinds.index(w.reasons[0].kind),
                w.preferred_name.lower(),
            ),
        )

    def _hours_reason(
        self,
        member: dict[str, Any],
        enrollments: list[dict[str, Any]],
        minutes: int,
        possible: int,
        day: dt.date,
        sunday: dt.date,
        closed: set[tuple[int, str]],
    ) -> WatchReason | None:
        """An alert when even every session left this week cannot bring them to the target; a
        warning when they already missed time this week and cannot miss another session.

        `possible` is the length of this week's ended sessions they were on the roster for.
        """
        target = round(weekly_target_hours(str(member["track"])) * 60)
        if minutes >= target:
            return None
        left_minutes, left_sessions, biggest = 0, 0, 0
        for e in enrollments:
            if not e["active"]:
                continue
            days = {int(d) for d in str(e["weekdays"]).split(",") if d.strip().isdigit()}
            last = min(sunday, dt.date.fromisoformat(str(e["end_on"]))) if e["end_on"] else sunday
            current = day
            while current <= last:
                if (
                    current.isoweekday() in days
                    and (e["group_id"], current.isoformat()) not in closed
                ):
                    left_minutes += int(e["minutes"])
                    left_sessions += 1
                    biggest = max(biggest, int(e["minutes"]))
                current += dt.timedelta(days=1)
        goal = fmt_hours(target)
        so_far = fmt_hours(minutes)
        if minutes + left_minutes < target:
            return WatchReason(
                WatchKind.HOURS,
                Level.ALERT,
                f"{so_far} h this week; "
                f"at most {fmt_hours(minutes + left_minutes)} h of {goal} possible",
            )
        missed = possible - minutes
        if missed > 0 and left_sessions and minutes + left_minutes - biggest < target:
            plural = "the session" if left_sessions == 1 else f"all {left_sessions} sessions"
            return WatchReason(
                WatchKind.HOURS,
                Level.WARNING,
                f"{so_far} h this week (missed {fmt_hours(missed)} h); "
                f"needs {plural} left to reach {goal} h",
            )
        return None

    def _absence_streaks(self, ids: list[int], day: dt.date) -> dict[int, WatchReason]:
        """Members whose last 2+ marked sessions before today were absences (in the lookback)."""
        marks = ", ".join("?" for _ in ids)
        since = (day - dt.timedelta(days=ABSENCE_LOOKBACK_DAYS)).isoformat()
        rows = self.ctx.store.query(
            f"""
            WITH recent AS (
                SELECT a.member_id, s.date, a.status IN ({_ATT}) AS attended
                FROM attendance a JOIN session s ON s.id = a.session_id
                WHERE a.member_id IN ({marks}) AND a.status IS NOT NULL
                  AND s.date >= ? AND s.date <= ?
            ),
            last_attended AS (
                SELECT member_id, max(date) AS date FROM recent
                WHERE attended AND date < ? GROUP BY member_id
            )
            SELECT r.member_id,
                   sum(NOT r.attended AND r.date < ?) AS missed,
                   max(r.attended AND r.date = ?) AS back_today
            FROM recent r LEFT JOIN last_attended l ON l.member_id = r.member_id
            WHERE r.date > COALESCE(l.date, '')
            GROUP BY r.member_id
            """,
            [*ATTENDED, *ids, since, *[day.isoformat()] * 4],
        )
        result = {}
        for r in rows:
            missed = int(r["missed"] or 0)
            if missed < 2:
                continue
            text = (
                f"Back today after {missed} missed sessions"
                if r["back_today"]
                else f"Missed the last {missed} sessions"
            )
            result[int(r["member_id"])] = WatchReason(WatchKind.ABSENCES, Level.WARNING, text)
        return result

    def _last_session_safety(self, ids: list[int], day: dt.date) -> dict[int, str]:
        """Members whose last attended session had a safety flag or a risk noted."""
        marks = ", ".join("?" for _ in ids)
        since = (day - dt.timedelta(days=SAFETY_LOOKBACK_DAYS)).isoformat()
        rows = self.ctx.store.query(
            f"""
            WITH ranked AS (
                SELECT a.member_id, a.session_id, s.date,
                       row_number() OVER (PARTITION BY a.member_id
                                          ORDER BY s.date DESC, s.planned_start DESC) AS n
                FROM attendance a JOIN session s ON s.id = a.session_id
                WHERE a.member_id IN ({marks}) AND a.status IN ({_ATT})
                  AND s.date >= ? AND s.date <= ?
            )
            SELECT r.member_id, r.date, COALESCE(c.safety_flag, 0) AS flag, n.risk
            FROM ranked r
            LEFT JOIN check_in c ON c.session_id = r.session_id AND c.member_id = r.member_id
            LEFT JOIN member_note n ON n.session_id = r.session_id AND n.member_id = r.member_id
            WHERE r.n = 1 AND (c.safety_flag = 1 OR (n.risk IS NOT NULL AND n.risk <> 'none'))
            """,
            [*ids, *ATTENDED, since, day.isoformat()],
        )
        found = {}
        for r in rows:
            when = dt.date.fromisoformat(r["date"])
            what = (
                "Safety flag" if r["flag"] else f"Risk noted ({str(r['risk']).replace('_', ' ')})"
            )
            found[int(r["member_id"])] = f"{what} at their last session ({when:%a %m/%d})"
        return found

    # -- unsigned notes ---------------------------------------------------------------------
    def unsigned_notes(self) -> list[UnsignedSession]:
        """Ended sessions with roster members still lacking a signed note, oldest first."""
        now = self.ctx.clock.now()
        deadline = int(self._deadline_hours())
        rows = self.ctx.store.query(
            """
            SELECT s.id, s.date, g.name AS group_name, s.planned_end, s.actual_end,
                   COALESCE(f.name, 'No facilitator') AS facilitator,
                   (SELECT count(*) FROM attendance a WHERE a.session_id = s.id) AS roster,
                   (SELECT count(*) FROM member_note n
                     WHERE n.session_id = s.id AND n.status = 'signed') AS signed
            FROM session s JOIN therapy_group g ON g.id = s.group_id
            LEFT JOIN facilitator f ON f.id = s.facilitator_id
            WHERE s.status = 'ended'
            ORDER BY s.date, s.planned_start
            """
        )
        result = []
        for r in rows:
            unsigned = int(r["roster"]) - int(r["signed"])
            if unsigned <= 0:
                continue
            ended = parse_local(r["actual_end"] or r["planned_end"], now.tzinfo)
            age = max(0.0, (now - ended).total_seconds() / 3600)
            result.append(
                UnsignedSession(
                    int(r["id"]),
                    r["group_name"],
                    dt.date.fromisoformat(r["date"]),
                    r["facilitator"],
                    unsigned,
                    int(r["roster"]),
                    age,
                    note_age_level(age, deadline),
                )
            )
        return result

    def unsigned_by_facilitator(self) -> tuple[FacilitatorNotes, ...]:
        """Outstanding unsigned member notes per session facilitator, most overdue first."""
        totals: dict[str, list[int]] = {}
        for s in self.unsigned_notes():
            entry = totals.setdefault(s.facilitator, [0, 0, 0])
            entry[0] += 1
            entry[1] += s.unsigned
            entry[2] += s.unsigned if s.level is Level.ALERT else 0
        lines = [FacilitatorNotes(name, *values) for name, values in totals.items()]
        return tuple(sorted(lines, key=lambda f: (-f.overdue, -f.unsigned, f.facilitator.lower())))

    # -- reports ----------------------------------------------------------------------------
    def group_report(self, group_id: int, start: dt.date, end: dt.date) -> GroupReport:
        return self.groups.group_report(group_id, start, end)

    def program_report(self, start: dt.date, end: dt.date) -> ProgramReport:
        return replace(
            self.groups.program_report(start, end), unsigned=self.unsigned_by_facilitator()
        )

    def member_progress(
        self, member_id: int, start: dt.date | None = None, end: dt.date | None = None
    ) -> MemberProgress:
        return self.progress.member_progress(member_id, start, end)

    def _deadline_hours(self) -> int:
        return int(self.settings.get("note_deadline_hours"))
