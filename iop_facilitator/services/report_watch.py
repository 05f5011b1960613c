"""Today's "members to watch": members enrolled today and not discharged, each with every reason
that applies (see `WatchKind`); safety first, then hours, absences, discharge, new.

Computed in SQL over indexed tables (never whole tables in Python): one query for today's
enrollments, one for this week's minutes, one each for absence streaks and last-session safety.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from iop_facilitator.domain.attendance import week_start, weekly_target_hours
from iop_facilitator.domain.enums import AttendanceStatus, Risk
from iop_facilitator.domain.reports import Level, WatchKind, fmt_hours
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.texts import QT_TR_NOOP, Label, On

ATTENDED = tuple(s.value for s in AttendanceStatus if s.attended)
_ATT = ", ".join("?" for _ in ATTENDED)
ABSENCE_LOOKBACK_DAYS = 120  # a streak of missed sessions is counted within this window
SAFETY_LOOKBACK_DAYS = 60  # "their last session" is looked for within this window


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
        text = ""
        for reason in self.reasons:
            text = (
                QT_TR_NOOP("{first}; {second}", first=text, second=reason.text)
                if text
                else reason.text
            )
        return text


@dataclass
class _Enrolled:
    """One member on today's rosters: their row, and every group they are enrolled in."""

    row: dict[str, Any]
    groups: list[str] = field(default_factory=list)
    enrollments: list[dict[str, Any]] = field(default_factory=list)


class MembersToWatchService:
    """Read-only: who needs the facilitator's attention today, and why. Changes nothing."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def members_to_watch(self, day: dt.date | None = None) -> list[WatchMember]:
        day = day or self.ctx.clock.now().date()
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
                        WatchKind.DISCHARGE,
                        Level.INFO,
                        QT_TR_NOOP("Expected discharge {date}", date=On(when, "weekday")),
                    )
                )
            admitted = row["admitted_on"]
            if monday.isoformat() <= admitted <= sunday.isoformat():
                when = dt.date.fromisoformat(admitted)
                again = int(row["episodes"] or 0) > 1
                text = (
                    QT_TR_NOOP("Re-admitted this week (admitted {date})", date=On(when, "weekday"))
                    if again
                    else QT_TR_NOOP("New this week (admitted {date})", date=On(when, "weekday"))
                )
                reasons.append(WatchReason(WatchKind.NEW, Level.INFO, text))
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
                QT_TR_NOOP(
                    "{so_far} h this week; at most {most} h of {goal} possible",
                    so_far=so_far,
                    most=fmt_hours(minutes + left_minutes),
                    goal=goal,
                ),
            )
        missed = possible - minutes
        if missed > 0 and left_sessions and minutes + left_minutes - biggest < target:
            text = (
                QT_TR_NOOP(
                    "{so_far} h this week (missed {missed} h); "
                    "needs the session left to reach {goal} h",
                    so_far=so_far,
                    missed=fmt_hours(missed),
                    goal=goal,
                )
                if left_sessions == 1
                else QT_TR_NOOP(
                    "{so_far} h this week (missed {missed} h); "
                    "needs all {n} sessions left to reach {goal} h",
                    so_far=so_far,
                    missed=fmt_hours(missed),
                    n=left_sessions,
                    goal=goal,
                )
            )
            return WatchReason(WatchKind.HOURS, Level.WARNING, text)
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
                QT_TR_NOOP("Back today after {n} missed sessions", n=missed)
                if r["back_today"]
                else QT_TR_NOOP("Missed the last {n} sessions", n=missed)
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
        found: dict[int, str] = {}
        for r in rows:
            when = dt.date.fromisoformat(r["date"])
            date = On(when, "weekday")
            found[int(r["member_id"])] = (
                QT_TR_NOOP("Safety flag at their last session ({date})", date=date)
                if r["flag"]
                else QT_TR_NOOP(
                    "Risk noted ({risk}) at their last session ({date})",
                    risk=Label(Risk(r["risk"])),
                    date=date,
                )
            )
        return found
