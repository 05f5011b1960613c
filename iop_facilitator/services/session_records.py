"""What a session is, read back from the database: `SessionInfo`, and the rule for free text.

`SessionRecords` reads sessions and refuses changes to one whose notes are signed; the other
session modules build on it: the room in `session_roster.py`, the agenda in `session_agenda.py`,
and the lifecycle (plan, start, end) in `sessions.py`, whose `SessionService` combines them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from iop_facilitator.domain.attendance import SessionWindow
from iop_facilitator.domain.enums import AttendanceStatus, Modality, SessionStatus
from iop_facilitator.domain.ids import FacilitatorId, GroupId, SessionId, TopicId
from iop_facilitator.errors import NotFound, RuleViolation, ValidationError
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.texts import QT_TR_NOOP

MAX_TEXT = 50_000
ATTENDED = tuple(s.value for s in AttendanceStatus if s.attended)


def clean_text(text: str, label: str) -> str:
    """Text as typed, minus NUL characters; refuses only what no note could need. `label` names
    the text in the message (a `QT_TR_NOOP` text, e.g. "The quick note")."""
    text = text.replace("\x00", "")
    if len(text) > MAX_TEXT:
        raise ValidationError(
            QT_TR_NOOP(
                "{label} is too long ({n} characters; {max} at most).",
                label=label,
                n=f"{len(text):,}",
                max=f"{MAX_TEXT:,}",
            ),
            what_next=QT_TR_NOOP(
                "Shorten it, or move the detail into the member's note after group."
            ),
        )
    return text


def parse_time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def iso_time(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


@dataclass(frozen=True)
class SessionInfo:
    id: SessionId
    group_id: GroupId
    group_name: str
    date: dt.date
    planned_start: dt.datetime
    planned_end: dt.datetime
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    topic_id: TopicId | None
    topic_title: str
    facilitator_id: FacilitatorId | None
    co_facilitator_id: FacilitatorId | None
    modality: Modality
    room: str
    note_format: str
    status: SessionStatus
    agenda_state: dict[str, Any]
    group_quick_note: str

    @property
    def window(self) -> SessionWindow:
        """The span for minutes: actual start (else planned) to actual end (else planned)."""
        start = self.actual_start or self.planned_start
        end = self.actual_end or self.planned_end
        if end <= start:
            end = start + dt.timedelta(minutes=1)
        return SessionWindow(start, end)


SESSION_SELECT = """
SELECT s.*, g.name AS group_name, COALESCE(t.title, '') AS topic_title
FROM session s JOIN therapy_group g ON g.id = s.group_id LEFT JOIN topic t ON t.id = s.topic_id
"""


def session_from_row(row: dict[str, Any]) -> SessionInfo:
    return SessionInfo(
        id=SessionId(row["id"]),
        group_id=GroupId(row["group_id"]),
        group_name=row["group_name"],
        date=dt.date.fromisoformat(row["date"]),
        planned_start=dt.datetime.fromisoformat(row["planned_start"]),
        planned_end=dt.datetime.fromisoformat(row["planned_end"]),
        actual_start=parse_time(row["actual_start"]),
        actual_end=parse_time(row["actual_end"]),
        topic_id=TopicId(row["topic_id"]) if row["topic_id"] is not None else None,
        topic_title=row["topic_title"],
        facilitator_id=FacilitatorId(row["facilitator_id"]) if row["facilitator_id"] else None,
        co_facilitator_id=FacilitatorId(row["co_facilitator_id"])
        if row["co_facilitator_id"]
        else None,
        modality=Modality(row["modality"]),
        room=row["room"],
        note_format=row["note_format"],
        status=SessionStatus(row["status"]),
        agenda_state=json.loads(row["agenda_state"] or "{}"),
        group_quick_note=row["group_quick_note"],
    )


class SessionRecords:
    """Reading sessions; the base of the roster, agenda and lifecycle parts of `SessionService`."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------
    def get(self, session_id: SessionId) -> SessionInfo:
        row = self.ctx.store.one(SESSION_SELECT + " WHERE s.id = ?", [session_id])
        if row is None:
            raise NotFound(QT_TR_NOOP("That session no longer exists."))
        return session_from_row(row)

    def running(self) -> SessionInfo | None:
        """The session left running (e.g. the app was closed or killed mid-group), if any."""
        row = self.ctx.store.one(
            SESSION_SELECT + " WHERE s.status = 'running' ORDER BY s.actual_start DESC LIMIT 1"
        )
        return session_from_row(row) if row else None

    def on_date(self, day: dt.date) -> list[SessionInfo]:
        rows = self.ctx.store.query(
            SESSION_SELECT + " WHERE s.date = ? ORDER BY s.planned_start", [day.isoformat()]
        )
        return [session_from_row(r) for r in rows]

    def _editable(self, session_id: SessionId) -> SessionInfo:
        info = self.get(session_id)
        if info.status is SessionStatus.SIGNED:
            raise RuleViolation(
                QT_TR_NOOP("This session's notes are signed; its record can no longer change.")
            )
        return info
