"""Running a session: plan, start, end and resume; `SessionService` is what the screens use.

It combines, by responsibility: reading the session record (`session_records.py`), the room:
attendance, check-in and quick notes (`session_roster.py`), and the topic and agenda
(`session_agenda.py`). Every call is small and idempotent so the session screen can autosave each
change as it happens. Free text is kept exactly as typed (NUL characters dropped), up to a
generous limit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from iop_facilitator.domain.attendance import minutes_attended
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enums import Modality, SessionStatus
from iop_facilitator.domain.ids import FacilitatorId, GroupId, SessionId, TopicId
from iop_facilitator.errors import NotFound, RuleViolation, ValidationError
from iop_facilitator.services.session_agenda import SessionAgenda
from iop_facilitator.services.session_records import (
    ATTENDED,
    MAX_TEXT,
    SESSION_SELECT,
    SessionInfo,
    clean_text,
    iso_time,
)
from iop_facilitator.services.session_roster import RosterEntry, SessionRoster
from iop_facilitator.texts import QT_TR_NOOP

__all__ = [
    "ATTENDED",
    "MAX_TEXT",
    "SESSION_SELECT",
    "RosterEntry",
    "SessionInfo",
    "SessionService",
    "clean_text",
]


class SessionService(SessionRoster, SessionAgenda):
    """The whole session: record, room and agenda (inherited), and its lifecycle (here)."""

    # -- groups to start -------------------------------------------------------------------
    def startable_groups(self, day: dt.date) -> list[dict[str, Any]]:
        """Active groups, those meeting on `day` first, with their schedule (to start a session)."""
        rows = self.ctx.store.query(
            "SELECT id, name, weekdays, start_time, minutes, room, note_format FROM therapy_group"
            " WHERE active = 1 ORDER BY start_time, name COLLATE NOCASE"
        )
        weekday = str(day.isoweekday())
        for row in rows:
            row["meets_today"] = weekday in row["weekdays"].split(",")
        return sorted(rows, key=lambda r: not r["meets_today"])

    def expected_members(self, group_id: GroupId, day: dt.date) -> list[dict[str, Any]]:
        """Who is enrolled in the group on that day (the roster is computed, never stored)."""
        return self.ctx.store.query(
            """
            SELECT m.id, m.preferred_name, m.full_name, m.chart_id
            FROM enrollment e JOIN member m ON m.id = e.member_id
            WHERE e.group_id = ? AND e.start_on <= ? AND (e.end_on IS NULL OR e.end_on >= ?)
            GROUP BY m.id ORDER BY m.preferred_name COLLATE NOCASE, m.full_name
            """,
            [group_id, day.isoformat(), day.isoformat()],
        )

    # -- planning and starting -------------------------------------------------------------
    def plan(
        self,
        group_id: GroupId,
        day: dt.date,
        *,
        topic_id: TopicId | None = None,
        facilitator_id: FacilitatorId | None = None,
        co_facilitator_id: FacilitatorId | None = None,
        modality: Modality = Modality.IN_PERSON,
        room: str | None = None,
        note_format: str | None = None,
        planned_start: dt.datetime | None = None,
        planned_end: dt.datetime | None = None,
    ) -> tuple[SessionId, Changes]:
        group = self.ctx.store.one("SELECT * FROM therapy_group WHERE id = ?", [group_id])
        if group is None:
            raise NotFound(QT_TR_NOOP("That group no longer exists."))
        tz = self.ctx.clock.now().tzinfo
        if planned_start is None:
            planned_start = dt.datetime.combine(day, dt.time.fromisoformat(group["start_time"]), tz)
        if planned_end is None:
            planned_end = planned_start + dt.timedelta(minutes=int(group["minutes"]))
        if planned_end <= planned_start:
            raise ValidationError(
                QT_TR_NOOP("The session must end after it starts."), "planned_end"
            )
        if co_facilitator_id is not None and co_facilitator_id == facilitator_id:
            raise ValidationError(
                QT_TR_NOOP("The co-facilitator must be someone else."), "co_facilitator"
            )
        now = self.ctx.now_iso()
        with self.ctx.write() as store:
            session_id = SessionId(
                store.insert(
                    "session",
                    {
                        "group_id": group_id,
                        "date": day.isoformat(),
                        "planned_start": iso_time(planned_start),
                        "planned_end": iso_time(planned_end),
                        "topic_id": topic_id,
                        "facilitator_id": facilitator_id or self.ctx.actor_id,
                        "co_facilitator_id": co_facilitator_id,
                        "modality": Modality(modality).value,
                        "room": group["room"] if room is None else room,
                        "note_format": note_format or group["note_format"],
                        "status": "planned",
                        "created_at": now,
                        "updated_at": now,
                    },
                )
            )
            for member in self.expected_members(group_id, day):
                store.insert(
                    "attendance",
                    {"session_id": session_id, "member_id": member["id"], "updated_at": now},
                )
            self.ctx.audit("session_plan", "session", session_id)
        return session_id, Changes(sessions=True, attendance=True, audit=True)

    def start(self, session_id: SessionId) -> Changes:
        info = self.get(session_id)
        if info.status is not SessionStatus.PLANNED:
            raise RuleViolation(QT_TR_NOOP("This session has already been started."))
        other = self.running()
        if other is not None and other.id != session_id:
            raise RuleViolation(
                QT_TR_NOOP("{group} is still running.", group=other.group_name),
                QT_TR_NOOP("End that session first (Session screen, End session)."),
            )
        with self.ctx.write() as store:
            store.update(
                "session",
                session_id,
                {
                    "status": "running",
                    "actual_start": self.ctx.now_iso(),
                    "updated_at": self.ctx.now_iso(),
                },
            )
            self.ctx.audit("session_start", "session", session_id)
        return Changes(sessions=True, audit=True)

    # -- ending ----------------------------------------------------------------------------
    def end(self, session_id: SessionId) -> Changes:
        """Record the actual end; members still present get it as their departure."""
        info = self.get(session_id)
        if info.status is not SessionStatus.RUNNING:
            raise RuleViolation(QT_TR_NOOP("Only a running session can be ended."))
        end = self.ctx.clock.now()
        start = info.actual_start or info.planned_start
        if end <= start:
            end = start + dt.timedelta(minutes=1)
        with self.ctx.write() as store:
            store.update(
                "session",
                session_id,
                {"status": "ended", "actual_end": iso_time(end), "updated_at": self.ctx.now_iso()},
            )
            ended = self.get(session_id)
            for entry in self.roster(session_id):
                left = entry.left_at
                if entry.status is not None and entry.status.attended and left is None:
                    left = end
                minutes = minutes_attended(entry.status, ended.window, entry.arrived_at, left)
                store.execute(
                    "UPDATE attendance SET left_at = ?, minutes = ?, updated_at = ?"
                    " WHERE session_id = ? AND member_id = ?",
                    [
                        iso_time(left) if entry.status and entry.status.attended else None,
                        minutes,
                        self.ctx.now_iso(),
                        session_id,
                        entry.member_id,
                    ],
                )
            self.ctx.audit("session_end", "session", session_id)
        return Changes(sessions=True, attendance=True, audit=True)
