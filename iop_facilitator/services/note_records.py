"""A member's clinical note as stored: `MemberNote`, how it is read, and what it still lacks.

`NoteRecords` is the base of the other note modules: confidentiality checks
(`note_confidentiality.py`), editing (`note_editing.py`), signing and addenda (`note_signing.py`)
and search (`note_search.py`); `NoteService` in `notes.py` combines them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from iop_facilitator.domain.enums import AttendanceStatus, NoteStatus
from iop_facilitator.domain.ids import FacilitatorId, MemberId, NoteId, SessionId
from iop_facilitator.domain.notes import ChartFacts, NoteFormat, missing_elements, parse_format
from iop_facilitator.errors import NotFound, RuleViolation
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.sessions import SessionService
from iop_facilitator.texts import QT_TR_NOOP


@dataclass(frozen=True)
class MemberNote:
    id: NoteId
    session_id: SessionId
    member_id: MemberId
    preferred_name: str
    full_name: str
    chart_id: str
    format: NoteFormat
    sections: dict[str, str]
    participation_level: str | None
    participation_quality: str | None
    affect: str | None
    risk: str | None
    risk_follow_up: str
    stage_of_change: str | None
    importance: int | None
    confidence: int | None
    goal: str
    plan: str
    dismissed_flags: tuple[str, ...]
    status: NoteStatus
    signed_by: FacilitatorId | None
    signed_at: str | None
    content_hash: str | None
    attendance: AttendanceStatus | None
    minutes: int
    arrived_at: str | None
    left_at: str | None

    @property
    def attended(self) -> bool:
        return bool(self.attendance and self.attendance.attended)

    @property
    def signed(self) -> bool:
        return self.status is NoteStatus.SIGNED

    def content(self) -> dict[str, Any]:
        """What the signature covers (and the hash proves)."""
        return {
            "member_id": self.member_id,
            "session_id": self.session_id,
            "format": self.format.key,
            "sections": self.sections,
            "participation_level": self.participation_level,
            "participation_quality": self.participation_quality,
            "affect": self.affect,
            "risk": self.risk,
            "risk_follow_up": self.risk_follow_up,
            "stage_of_change": self.stage_of_change,
            "importance": self.importance,
            "confidence": self.confidence,
            "goal": self.goal,
            "plan": self.plan,
            "attendance": self.attendance.value if self.attendance else None,
            "minutes": self.minutes,
        }


NOTE_SELECT = """
SELECT n.*, m.preferred_name, m.full_name, m.chart_id, f.name AS format_name,
       f.sections AS format_sections, a.status AS attendance, a.minutes, a.arrived_at, a.left_at
FROM member_note n
JOIN member m ON m.id = n.member_id
JOIN note_format f ON f.key = n.format
LEFT JOIN attendance a ON a.session_id = n.session_id AND a.member_id = n.member_id
"""


def note_from_row(row: dict[str, Any]) -> MemberNote:
    return MemberNote(
        id=NoteId(row["id"]),
        session_id=SessionId(row["session_id"]),
        member_id=MemberId(row["member_id"]),
        preferred_name=row["preferred_name"],
        full_name=row["full_name"],
        chart_id=row["chart_id"],
        format=parse_format(row["format"], row["format_name"], row["format_sections"]),
        sections=json.loads(row["sections"] or "{}"),
        participation_level=row["participation_level"],
        participation_quality=row["participation_quality"],
        affect=row["affect"],
        risk=row["risk"],
        risk_follow_up=row["risk_follow_up"],
        stage_of_change=row["stage_of_change"],
        importance=row["importance"],
        confidence=row["confidence"],
        goal=row["goal"],
        plan=row["plan"],
        dismissed_flags=tuple(json.loads(row["dismissed_flags"] or "[]")),
        status=NoteStatus(row["status"]),
        signed_by=row["signed_by"],
        signed_at=row["signed_at"],
        content_hash=row["content_hash"],
        attendance=AttendanceStatus(row["attendance"]) if row["attendance"] else None,
        minutes=row["minutes"] or 0,
        arrived_at=row["arrived_at"],
        left_at=row["left_at"],
    )


class NoteRecords:
    """Reading notes; the base of the parts `NoteService` combines."""

    def __init__(self, ctx: ServiceContext, sessions: SessionService) -> None:
        self.ctx = ctx
        self.sessions = sessions

    # -- reading --------------------------------------------------------------------------
    def format(self, key: str) -> NoteFormat:
        row = self.ctx.store.one("SELECT * FROM note_format WHERE key = ?", [key])
        if row is None:
            raise NotFound(QT_TR_NOOP("The note format {key} is not set up.", key=key))
        return parse_format(row["key"], row["name"], row["sections"])

    def for_session(self, session_id: SessionId) -> list[MemberNote]:
        rows = self.ctx.store.query(
            NOTE_SELECT
            + " WHERE n.session_id = ? ORDER BY m.preferred_name COLLATE NOCASE, m.full_name",
            [session_id],
        )
        return [note_from_row(r) for r in rows]

    def get(self, note_id: NoteId) -> MemberNote:
        row = self.ctx.store.one(NOTE_SELECT + " WHERE n.id = ?", [note_id])
        if row is None:
            raise NotFound(QT_TR_NOOP("That note no longer exists."))
        return note_from_row(row)

    def missing(self, note: MemberNote) -> list[str]:
        info = self.sessions.get(note.session_id)
        return missing_elements(
            ChartFacts(
                attended=note.attended,
                session_start=info.actual_start.isoformat() if info.actual_start else None,
                session_end=info.actual_end.isoformat() if info.actual_end else None,
                minutes=note.minutes,
                sections=note.sections,
                format=note.format,
                participation_level=note.participation_level,
                risk=note.risk,
                risk_follow_up=note.risk_follow_up,
                plan=note.plan,
                goal=note.goal,
            )
        )

    def progress(self, session_id: SessionId) -> tuple[int, int]:
        """(signed, total) for the session's member notes: '9 of 12 signed'."""
        row = self.ctx.store.one(
            "SELECT sum(status = 'signed') AS signed, count(*) AS total"
            " FROM member_note WHERE session_id = ?",
            [session_id],
        )
        return (int(row["signed"] or 0), int(row["total"] or 0)) if row else (0, 0)

    def _editable(self, note_id: NoteId) -> MemberNote:
        note = self.get(note_id)
        if note.signed:
            raise RuleViolation(
                QT_TR_NOOP("This note is signed and can no longer change."),
                QT_TR_NOOP("Add a dated addendum instead."),
            )
        return note
