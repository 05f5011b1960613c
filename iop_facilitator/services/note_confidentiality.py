"""Confidentiality: other group members named in a note, and dismissing a flag that is no person.

A note may not be signed while it names another member (`note_signing.py` checks `flags`).
"""

from __future__ import annotations

import json

from iop_facilitator.domain import confidentiality
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.ids import NoteId
from iop_facilitator.services.note_records import MemberNote, NoteRecords


class NoteConfidentiality(NoteRecords):
    """Names of other members in a note (part of `NoteService`)."""

    # -- confidentiality ------------------------------------------------------------------
    def other_members(self, note: MemberNote) -> list[confidentiality.PersonNames]:
        """Everyone else in the group that day (roster, drop-ins and enrolled), with their names."""
        info = self.sessions.get(note.session_id)
        rows = self.ctx.store.query(
            """
            SELECT DISTINCT m.id, m.preferred_name, m.full_name FROM member m
            WHERE m.id <> ? AND (
                m.id IN (SELECT member_id FROM attendance WHERE session_id = ?)
                OR m.id IN (SELECT member_id FROM enrollment WHERE group_id = ? AND start_on <= ?
                            AND (end_on IS NULL OR end_on >= ?)))
            """,
            [
                note.member_id,
                note.session_id,
                info.group_id,
                info.date.isoformat(),
                info.date.isoformat(),
            ],
        )
        return [
            confidentiality.PersonNames(r["id"], (r["preferred_name"], r["full_name"]))
            for r in rows
        ]

    def flags(
        self, note: MemberNote, include_dismissed: bool = False
    ) -> dict[str, list[confidentiality.Flag]]:
        """Other members' names per text field of the note ('plan', 'goal', or a section key)."""
        others = self.other_members(note)
        own = (note.preferred_name, note.full_name)
        texts = dict(note.sections)
        texts.update({"plan": note.plan, "goal": note.goal, "risk_follow_up": note.risk_follow_up})
        found: dict[str, list[confidentiality.Flag]] = {}
        for field, text in texts.items():
            flags = confidentiality.find_names(text or "", others, own)
            if not include_dismissed:
                flags = confidentiality.open_flags(flags, note.dismissed_flags)
            if flags:
                found[field] = flags
        return found

    def dismiss_flag(self, note_id: NoteId, key: str) -> Changes:
        note = self._editable(note_id)
        keys = sorted(set(note.dismissed_flags) | {key})
        with self.ctx.write() as store:
            store.update(
                "member_note",
                note_id,
                {"dismissed_flags": json.dumps(keys), "updated_at": self.ctx.now_iso()},
            )
            self.ctx.audit("confidentiality_dismiss", "member_note", note_id)
        return Changes(notes=True, audit=True)
