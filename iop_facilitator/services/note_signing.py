"""Signing notes for good, and dated addenda to signed notes.

A signed note is locked by the database itself (triggers); after signing only dated addenda can
be added. Signing requires the chartable elements, no open confidentiality flag, and the
facilitator's confirmation (asked by the caller just before).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.ids import NoteId, SessionId
from iop_facilitator.domain.notes import content_hash
from iop_facilitator.errors import RuleViolation, ValidationError
from iop_facilitator.services.note_confidentiality import NoteConfidentiality
from iop_facilitator.services.sessions import clean_text
from iop_facilitator.texts import QT_TR_NOOP


@dataclass(frozen=True)
class Addendum:
    id: int
    text: str
    author: str
    at: str
    late: bool


class NoteSigning(NoteConfidentiality):
    """Signatures and addenda (part of `NoteService`)."""

    # -- signing --------------------------------------------------------------------------
    def sign(self, note_id: NoteId) -> Changes:
        """Lock the note for good under the active facilitator's name.

        The caller has confirmed the facilitator (passphrase or PIN) just before.
        """
        note = self._editable(note_id)
        if self.ctx.actor_id is None:
            raise RuleViolation(
                QT_TR_NOOP("Choose who you are before signing (the facilitator profile).")
            )
        missing = self.missing(note)
        if missing:
            joined = missing[0]
            for item in missing[1:]:
                joined = QT_TR_NOOP("{first}; {second}", first=joined, second=item)
            raise RuleViolation(
                QT_TR_NOOP(
                    "This note is not ready to sign. Still missing: {missing}.", missing=joined
                )
            )
        open_flags = self.flags(note)
        if open_flags:
            raise RuleViolation(
                QT_TR_NOOP("This note names another group member."),
                QT_TR_NOOP(
                    "Replace the name with 'a peer', or dismiss the flag if it is not a person."
                ),
            )
        with self.ctx.write() as store:
            store.update(
                "member_note",
                note_id,
                {
                    "status": "signed",
                    "signed_by": self.ctx.actor_id,
                    "signed_at": self.ctx.now_iso(),
                    "content_hash": content_hash(note.content()),
                },
            )
            self.ctx.audit("sign", "member_note", note_id)
            self._maybe_mark_session_signed(note.session_id)
        return Changes(notes=True, sessions=True, audit=True)

    def sign_all_ready(self, session_id: SessionId) -> tuple[int, list[str], Changes]:
        """Sign every ready note; returns (signed count, reasons others were skipped, changes)."""
        signed = 0
        skipped: list[str] = []
        with self.ctx.write():
            for note in self.for_session(session_id):
                if note.signed:
                    continue
                try:
                    self.sign(note.id)
                    signed += 1
                except RuleViolation as exc:
                    skipped.append(
                        QT_TR_NOOP("{name}: {reason}", name=note.preferred_name, reason=exc.message)
                    )
        return signed, skipped, Changes(notes=True, sessions=True, audit=True)

    def _maybe_mark_session_signed(self, session_id: SessionId) -> None:
        unsigned = self.ctx.store.scalar(
            "SELECT count(*) FROM member_note WHERE session_id = ? AND status <> 'signed'",
            [session_id],
        )
        if unsigned == 0:
            self.ctx.store.update(
                "session", session_id, {"status": "signed", "updated_at": self.ctx.now_iso()}
            )

    def verify_signed(self, note_id: NoteId) -> bool:
        """True when the signed note's content still matches the hash recorded at signing."""
        note = self.get(note_id)
        return note.signed and note.content_hash == content_hash(note.content())

    def add_addendum(self, note_id: NoteId, text: str) -> Changes:
        """A dated addendum to a signed note, by the active facilitator."""
        note = self.get(note_id)
        if not note.signed:
            raise RuleViolation(QT_TR_NOOP("Edit the note itself: addenda are for signed notes."))
        text = clean_text(text, QT_TR_NOOP("The addendum")).strip()
        if not text:
            raise ValidationError(QT_TR_NOOP("Write the addendum's text first."), "addendum")
        if self.ctx.actor_id is None:
            raise RuleViolation(QT_TR_NOOP("Choose who you are before adding an addendum."))
        with self.ctx.write() as store:
            addendum_id = store.insert(
                "addendum",
                {
                    "note_id": note_id,
                    "text": text,
                    "author_id": self.ctx.actor_id,
                    "at": self.ctx.now_iso(),
                },
            )
            self.ctx.audit("addendum", "member_note", note_id, {"addendum_id": addendum_id})
        return Changes(notes=True, audit=True)

    def addenda(self, note_id: NoteId) -> list[Addendum]:
        note = self.get(note_id)
        service_day = self.sessions.get(note.session_id).date
        rows = self.ctx.store.query(
            "SELECT a.*, f.name"
            " || CASE WHEN f.credentials <> '' THEN ', ' || f.credentials ELSE '' END AS author"
            " FROM addendum a JOIN facilitator f ON f.id = a.author_id"
            " WHERE a.note_id = ? ORDER BY a.id",
            [note_id],
        )
        return [
            Addendum(
                r["id"],
                r["text"],
                r["author"],
                r["at"],
                late=dt.date.fromisoformat(r["at"][:10]) > service_day,
            )
            for r in rows
        ]
