"""Clinical notes after group: one note per member, prefilled, checked, signed for good.

A signed note is locked by the database itself (triggers); after signing only dated addenda
can be added. Signing requires the chartable elements, no open confidentiality flag, and the
facilitator's confirmation.

`NoteService` is what the screens use. It combines, by responsibility: reading
(`note_records.py`), confidentiality flags (`note_confidentiality.py`), preparing and editing
(`note_editing.py`), signing and addenda (`note_signing.py`) and search (`note_search.py`).
"""

from __future__ import annotations

from iop_facilitator.domain.ids import SessionId
from iop_facilitator.services.note_editing import (
    EDITABLE_FIELDS,
    PARTICIPATION_LEVELS,
    PARTICIPATION_QUALITIES,
    NoteEditing,
)
from iop_facilitator.services.note_records import NOTE_SELECT, MemberNote
from iop_facilitator.services.note_search import (
    RANKED_UP_TO,
    NoteSearch,
    SearchHit,
    SearchResults,
    fts_query,
)
from iop_facilitator.services.note_signing import Addendum, NoteSigning
from iop_facilitator.services.sessions import SessionInfo

__all__ = [
    "EDITABLE_FIELDS",
    "NOTE_SELECT",
    "PARTICIPATION_LEVELS",
    "PARTICIPATION_QUALITIES",
    "RANKED_UP_TO",
    "Addendum",
    "MemberNote",
    "NoteService",
    "SearchHit",
    "SearchResults",
    "fts_query",
]


class NoteService(NoteEditing, NoteSigning, NoteSearch):
    """Every note of every session: prepare, read, edit, check, sign, add to, search."""

    def sessions_to_document(self, limit: int = 60) -> list[tuple[SessionInfo, int, int]]:
        """Ended and signed sessions, newest first, with (signed, total) note counts."""
        rows = self.ctx.store.query(
            """
            SELECT s.id,
              (SELECT count(*) FROM member_note n
               WHERE n.session_id = s.id AND n.status = 'signed') AS signed,
              (SELECT count(*) FROM member_note n WHERE n.session_id = s.id) AS total
            FROM session s
            WHERE s.status IN ('ended', 'signed')
            ORDER BY s.date DESC, s.planned_start DESC LIMIT ?
            """,
            [limit],
        )
        return [
            (self.sessions.get(SessionId(r["id"])), int(r["signed"] or 0), int(r["total"]))
            for r in rows
        ]
