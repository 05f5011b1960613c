"""Which topic to run next: the one the fewest of today's expected members have had.

Contracts (all ranking happens in SQL):
- Expected members of a group on a date: enrollments with start_on <= date and
  (end_on IS NULL or end_on >= date).
- A member "had" a topic when they attended (present, late, left early, telehealth) a session on
  or before the date whose topic has the same key, in any group and any version.
- Ranking: most expected members who have not had it, then the topic whose planned minutes are
  closest to the session's length (a 180-minute topic before a 90-minute one for a 3-hour group;
  the session's agenda is fitted to its length either way, see `domain.agenda.fit_to_session`),
  then series order, then topics the group never had, then the longest since the group last had
  it (sessions held on or before the date), then title. Retired topics are never suggested.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iop_facilitator.domain.enums import AttendanceStatus
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.curriculum import (
    SUMMARY_COLUMNS,
    TopicSummary,
    series_order_sql,
    summary_from_row,
)
from iop_facilitator.texts import QT_TR_NOOP

ATTENDED = tuple(s.value for s in AttendanceStatus if s.attended)


@dataclass(frozen=True)
class Suggestion:
    topic: TopicSummary
    expected: int
    not_had: int
    group_last_had: str | None  # ISO date
    session_minutes: int | None = None

    @property
    def fits(self) -> bool:
        """The topic is planned for exactly the session's length."""
        return self.session_minutes is None or self.topic.minutes == self.session_minutes

    @property
    def length_note(self) -> str:
        """How the topic's planned length meets the session's ('' when it fits exactly)."""
        if self.fits or not self.session_minutes:
            return ""
        planned, session = self.topic.minutes, self.session_minutes
        if planned >= session:
            return QT_TR_NOOP(
                "Planned for {planned} minutes: its agenda is shortened to fill this "
                "{session}-minute session.",
                planned=planned,
                session=session,
            )
        if session >= 150:
            return QT_TR_NOOP(
                "Planned for {planned} minutes: its agenda is stretched to fill this "
                "{session}-minute session with a break.",
                planned=planned,
                session=session,
            )
        return QT_TR_NOOP(
            "Planned for {planned} minutes: its agenda is stretched to fill this "
            "{session}-minute session.",
            planned=planned,
            session=session,
        )

    @property
    def reason(self) -> str:
        if self.expected == 0:
            text = QT_TR_NOOP("No members are enrolled in this group on this date")
        elif self.not_had == self.expected:
            text = (
                QT_TR_NOOP("None of the {n} have had this", n=self.expected)
                if self.expected > 1
                else QT_TR_NOOP("The 1 expected member has not had this")
            )
        else:
            text = QT_TR_NOOP(
                "{not_had} of {n} have not had this", not_had=self.not_had, n=self.expected
            )
        if self.group_last_had:
            text = QT_TR_NOOP(
                "{base}; the group last had it on {date}.", base=text, date=self.group_last_had
            )
        else:
            text = QT_TR_NOOP("{base}.", base=text)
        note = self.length_note
        return QT_TR_NOOP("{reason} {note}", reason=text, note=note) if note else text


@dataclass(frozen=True)
class TopicHad:
    topic: TopicSummary
    last_had: str  # ISO date
    times: int


@dataclass(frozen=True)
class MemberTopics:
    had: tuple[TopicHad, ...]
    to_have: tuple[TopicSummary, ...]


_ATT = ", ".join("?" for _ in ATTENDED)


class TopicSuggestionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def suggest(
        self, group_id: int, on: dt.date, limit: int = 10, session_minutes: int | None = None
    ) -> list[Suggestion]:
        """Current, unretired topics ranked for this group's expected members on `on`, for a
        session of `session_minutes` (default: the group's scheduled length)."""
        day = on.isoformat()
        if session_minutes is None:
            scheduled = self.ctx.store.scalar(
                "SELECT minutes FROM therapy_group WHERE id = ?", [group_id]
            )
            session_minutes = int(scheduled) if scheduled else None
        order, order_params = series_order_sql()
        sql = f"""
        WITH roster AS (
            SELECT DISTINCT member_id FROM enrollment
            WHERE group_id = ? AND start_on <= ? AND (end_on IS NULL OR end_on >= ?)
        ),
        had AS (
            SELECT DISTINCT a.member_id, t.key
            FROM attendance a
            JOIN session s ON s.id = a.session_id
            JOIN topic t ON t.id = s.topic_id
            WHERE a.member_id IN (SELECT member_id FROM roster)
              AND a.status IN ({_ATT}) AND s.date <= ?
        ),
        seen AS (SELECT key, count(*) AS n FROM had GROUP BY key),
        group_last AS (
            SELECT t.key, max(s.date) AS last_date
            FROM session s JOIN topic t ON t.id = s.topic_id
            WHERE s.group_id = ? AND s.date <= ? AND s.status <> 'planned'
            GROUP BY t.key
        )
        SELECT {SUMMARY_COLUMNS},
               (SELECT count(*) FROM roster) AS expected,
               (SELECT count(*) FROM roster) - coalesce(seen.n, 0) AS not_had,
               group_last.last_date
        FROM topic
        LEFT JOIN seen USING (key)
        LEFT JOIN group_last USING (key)
        WHERE is_current = 1 AND retired = 0
        ORDER BY not_had DESC, abs(topic.minutes - coalesce(?, topic.minutes)), {order},
                 group_last.last_date IS NOT NULL,
                 group_last.last_date, title COLLATE NOCASE, key
        LIMIT ?
        """
        params = [
            group_id, day, day, *ATTENDED, day, group_id, day, session_minutes, *order_params,
            limit,
        ]  # fmt: skip
        return [
            Suggestion(
                summary_from_row(r),
                int(r["expected"]),
                int(r["not_had"]),
                r["last_date"],
                session_minutes,
            )
            for r in self.ctx.store.query(sql, params)
        ]

    def member_topics(self, member_id: int, on: dt.date | None = None) -> MemberTopics:
        """Topics the member attended (latest date first) and current topics still to have."""
        day = (on or self.ctx.clock.now().date()).isoformat()
        order, order_params = series_order_sql()
        had_sql = f"""
        WITH had AS (
            SELECT t.key, max(s.date) AS last_had, count(DISTINCT s.id) AS times
            FROM attendance a JOIN session s ON s.id = a.session_id
            JOIN topic t ON t.id = s.topic_id
            WHERE a.member_id = ? AND a.status IN ({_ATT}) AND s.date <= ?
            GROUP BY t.key
        )
        SELECT {SUMMARY_COLUMNS}, had.last_had, had.times
        FROM had JOIN topic USING (key) WHERE topic.is_current = 1
        ORDER BY had.last_had DESC, title COLLATE NOCASE
        """
        store = self.ctx.store
        had = tuple(
            TopicHad(summary_from_row(r), str(r["last_had"]), int(r["times"]))
            for r in store.query(had_sql, [member_id, *ATTENDED, day])
        )
        todo_sql = f"""
        SELECT {SUMMARY_COLUMNS} FROM topic
        WHERE is_current = 1 AND retired = 0 AND key NOT IN (
            SELECT t.key FROM attendance a JOIN session s ON s.id = a.session_id
            JOIN topic t ON t.id = s.topic_id
            WHERE a.member_id = ? AND a.status IN ({_ATT}) AND s.date <= ?)
        ORDER BY {order}, title COLLATE NOCASE
        """
        to_have = tuple(
            summary_from_row(r)
            for r in store.query(todo_sql, [member_id, *ATTENDED, day, *order_params])
        )
        return MemberTopics(had, to_have)
