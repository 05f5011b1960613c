"""One member's progress: hours per ISO week against the target, each session, craving, stage.

Contracts:
- The range defaults to the last 26 weeks of the member's current stay (admission to discharge
  or today), so a ten-year member reads a bounded number of rows.
- Hours per week sum attended minutes over every group (the IOP minimum is per member, not per
  group); weeks with no attendance in the range show 0.
- Topics had and still to have come from `TopicSuggestionService.member_topics`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iop_facilitator.domain.attendance import week_start, weekly_target_hours
from iop_facilitator.domain.enums import AttendanceStatus, StageOfChange, Track
from iop_facilitator.domain.reports import fmt_hours, mondays
from iop_facilitator.errors import NotFound
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.topic_suggestions import MemberTopics, TopicSuggestionService
from iop_facilitator.texts import QT_TR_NOOP, Label, On

DEFAULT_WEEKS = 26


@dataclass(frozen=True)
class WeekHours:
    week: dt.date
    minutes: int
    target_hours: float

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)

    @property
    def below(self) -> bool:
        return self.minutes < round(self.target_hours * 60)


@dataclass(frozen=True)
class SessionPoint:
    session_id: int
    date: dt.date
    group_name: str
    status: AttendanceStatus | None
    minutes: int
    craving: int | None
    safety_flag: bool
    stage: StageOfChange | None


@dataclass(frozen=True)
class MemberProgress:
    member_id: int
    preferred_name: str
    full_name: str
    track: Track
    target_hours: float
    admitted_on: dt.date
    discharged_on: dt.date | None
    start: dt.date
    end: dt.date
    weeks: tuple[WeekHours, ...]
    sessions: tuple[SessionPoint, ...]
    topics: MemberTopics
    today: dt.date
    # Every admission episode (admitted, discharged or None), oldest first; after a re-admission
    # there are several, and a week between two episodes is not judged.
    episodes: tuple[tuple[dt.date, dt.date | None], ...] = ()

    def in_progress(self, week: WeekHours) -> bool:
        """The current week is not over: it is shown 'so far' and not judged against the target."""
        return week.week + dt.timedelta(days=6) >= self.today

    def partial(self, week: WeekHours) -> bool:
        """A week the member joined part-way through (or was discharged in): not judged either."""
        sunday = week.week + dt.timedelta(days=6)
        episodes = self.episodes or ((self.admitted_on, self.discharged_on),)
        return not any(
            admitted <= week.week and (discharged is None or sunday <= discharged)
            for admitted, discharged in episodes
        )

    def judged(self, week: WeekHours) -> bool:
        return not self.in_progress(week) and not self.partial(week)

    @property
    def cravings(self) -> list[tuple[dt.date, int]]:
        return [(s.date, s.craving) for s in self.sessions if s.craving is not None]

    @property
    def stages(self) -> list[tuple[dt.date, StageOfChange]]:
        return [(s.date, s.stage) for s in self.sessions if s.stage is not None]

    def summary(self) -> str:
        """The figures in words (the charts' accessible text)."""
        weeks = [w for w in self.weeks if self.judged(w)]
        below = sum(w.below for w in weeks)
        attended = sum(1 for s in self.sessions if s.status is not None and s.status.attended)
        marked = sum(1 for s in self.sessions if s.status is not None)
        text = QT_TR_NOOP(
            "{name}: {start} to {end}, target {target} hours a week; "
            "{below} of {weeks} completed weeks below target.",
            name=self.preferred_name,
            start=On(self.start),
            end=On(self.end),
            target=f"{self.target_hours:g}",
            below=below,
            weeks=len(weeks),
        )
        parts = [
            QT_TR_NOOP(
                "Attended {attended} of {marked} sessions.", attended=attended, marked=marked
            )
        ]
        cravings = self.cravings
        if cravings:
            parts.append(
                QT_TR_NOOP(
                    "Craving from {first} to {last} out of 10.",
                    first=cravings[0][1],
                    last=cravings[-1][1],
                )
            )
        if self.stages:
            parts.append(
                QT_TR_NOOP("Stage of change now: {stage}.", stage=Label(self.stages[-1][1]))
            )
        for part in parts:
            text = QT_TR_NOOP("{first} {second}", first=text, second=part)
        return text


class MemberProgressService:
    def __init__(self, ctx: ServiceContext, suggestions: TopicSuggestionService) -> None:
        self.ctx = ctx
        self.suggestions = suggestions

    def member_progress(
        self, member_id: int, start: dt.date | None = None, end: dt.date | None = None
    ) -> MemberProgress:
        store = self.ctx.store
        member = store.one(
            "SELECT id, preferred_name, full_name, track, admitted_on, discharged_on"
            " FROM member WHERE id = ?",
            [member_id],
        )
        if member is None:
            raise NotFound(QT_TR_NOOP("That member no longer exists."))
        admitted = dt.date.fromisoformat(member["admitted_on"])
        discharged = (
            dt.date.fromisoformat(member["discharged_on"]) if member["discharged_on"] else None
        )
        today = self.ctx.clock.now().date()
        if end is None:
            end = min(today, discharged) if discharged else today
        start = start or max(admitted, week_start(end) - dt.timedelta(weeks=DEFAULT_WEEKS - 1))
        if start > end:
            start = end
        track = Track(member["track"])
        target = weekly_target_hours(track)
        first, last = week_start(start), week_start(end) + dt.timedelta(days=6)
        minutes = {
            r["week"]: int(r["minutes"] or 0)
            for r in store.query(
                """
                SELECT date(s.date, 'weekday 0', '-6 days') AS week, sum(a.minutes) AS minutes
                FROM attendance a
                JOIN session s INDEXED BY session_member_lookup ON s.id = a.session_id
                WHERE a.member_id = ? AND s.date BETWEEN ? AND ?
                GROUP BY week
                """,
                [member_id, first.isoformat(), last.isoformat()],
            )
        }
        weeks = tuple(
            WeekHours(monday, minutes.get(monday.isoformat(), 0), target)
            for monday in mondays(start, end)
        )
        rows = store.query(
            """
            SELECT s.id, s.date, g.name AS group_name, a.status, a.minutes, c.craving,
                   COALESCE(c.safety_flag, 0) AS safety_flag, n.stage_of_change
            FROM attendance a
            JOIN session s INDEXED BY session_member_lookup ON s.id = a.session_id
            JOIN therapy_group g ON g.id = s.group_id
            LEFT JOIN check_in c ON c.session_id = a.session_id AND c.member_id = a.member_id
            LEFT JOIN member_note n ON n.session_id = a.session_id AND n.member_id = a.member_id
            WHERE a.member_id = ? AND s.date BETWEEN ? AND ? AND s.status <> 'planned'
            ORDER BY s.date, s.planned_start
            """,
            [member_id, start.isoformat(), end.isoformat()],
        )
        sessions = tuple(
            SessionPoint(
                int(r["id"]),
                dt.date.fromisoformat(r["date"]),
                r["group_name"],
                AttendanceStatus(r["status"]) if r["status"] else None,
                int(r["minutes"] or 0),
                r["craving"],
                bool(r["safety_flag"]),
                StageOfChange(r["stage_of_change"]) if r["stage_of_change"] else None,
            )
            for r in rows
        )
        return MemberProgress(
            int(member["id"]),
            member["preferred_name"],
            member["full_name"],
            track,
            target,
            admitted,
            discharged,
            start,
            end,
            weeks,
            sessions,
            self.suggestions.member_topics(member_id, end),
            today,
            tuple(
                (
                    dt.date.fromisoformat(r["admitted_on"]),
                    dt.date.fromisoformat(r["discharged_on"]) if r["discharged_on"] else None,
                )
                for r in store.query(
                    "SELECT admitted_on, discharged_on FROM admission"
                    " WHERE member_id = ? ORDER BY id",
                    [member_id],
                )
            ),
        )


def week_label(week: WeekHours) -> str:
    return f"Week of {week.week:%m/%d}: {fmt_hours(week.minutes)} h of {week.target_hours:g}"
