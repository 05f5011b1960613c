"""The Today screen's lists, computed in SQL over indexed tables (never whole tables in Python).

Contracts:
- Today's groups: every session dated today, plus every active group whose weekdays include
  today and that has no session yet, in start-time order. Status: upcoming (no session, or
  planned), running, notes unsigned (ended with member notes not yet signed), ended (all signed).
- Unsigned notes: sessions that ended and still have roster members without a signed note;
  the age runs from the session's end; warning from 24 h, alert from `note_deadline_hours`.
Members to watch (`report_watch.py`), group, program and member-progress reports
(`report_group.py`, `report_progress.py`) live in their own modules; `ReportService` hands them
out so callers need one object.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from iop_facilitator.domain.reports import Level, TodayStatus, describe_age, note_age_level
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.report_group import (
    FacilitatorNotes,
    GroupReport,
    GroupReportService,
    ProgramReport,
)
from iop_facilitator.services.report_watch import MembersToWatchService, WatchMember, WatchReason
from iop_facilitator.services.settings import SettingsService
from iop_facilitator.services.topic_suggestions import TopicSuggestionService
from iop_facilitator.texts import QT_TR_NOOP

if TYPE_CHECKING:
    from iop_facilitator.services.report_progress import MemberProgress, MemberProgressService

__all__ = [
    "ReportService",
    "TodayGroup",
    "UnsignedSession",
    "WatchMember",  # from report_watch, imported from here by the Today page
    "WatchReason",
    "parse_local",
]


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
        self.watch = MembersToWatchService(ctx)

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
            title = s["topic_title"]
            reason: str = QT_TR_NOOP("Chosen when the session was planned.")
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
            return "", QT_TR_NOOP("No current topics in the curriculum.")
        return found[0].topic.title, found[0].reason

    def members_to_watch(self, day: dt.date | None = None) -> list[WatchMember]:
        return self.watch.members_to_watch(day)

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
