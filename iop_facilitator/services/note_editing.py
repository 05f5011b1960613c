"""Writing notes after group: prefilled with the chartable facts, autosaved field by field.

A note's state (draft or ready) follows what it still lacks (`NoteRecords.missing`); a signed
note can no longer change (`NoteRecords._editable`).
"""

from __future__ import annotations

import json
from typing import Any

from iop_facilitator.domain import confidentiality
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enums import NoteStatus, Risk, SessionStatus, StageOfChange
from iop_facilitator.domain.ids import NoteId, SessionId
from iop_facilitator.domain.notes import NoteFormat, near_identical
from iop_facilitator.errors import RuleViolation, ValidationError
from iop_facilitator.services.note_confidentiality import NoteConfidentiality
from iop_facilitator.services.note_records import MemberNote
from iop_facilitator.services.sessions import SessionInfo, clean_text
from iop_facilitator.texts import QT_TR_NOOP

PARTICIPATION_LEVELS = ("active", "variable", "responsive only", "minimal", "withdrawn", "none")
PARTICIPATION_QUALITIES = (
    "supportive",
    "sharing",
    "attentive",
    "intrusive",
    "monopolising",
    "resistant",
)
EDITABLE_FIELDS = {
    "sections",
    "participation_level",
    "participation_quality",
    "affect",
    "risk",
    "risk_follow_up",
    "stage_of_change",
    "importance",
    "confidence",
    "goal",
    "plan",
}


def _score(value: Any, label: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(
            QT_TR_NOOP("{label} is a number from 0 to 10.", label=label), label.lower()
        ) from None
    if not 0 <= number <= 10:
        raise ValidationError(
            QT_TR_NOOP("{label} is a number from 0 to 10.", label=label), label.lower()
        )
    return number


def _choice(value: Any, choices: tuple[str, ...], label: str) -> str | None:
    if value is None or value == "":
        return None
    if value not in choices:
        raise ValidationError(
            QT_TR_NOOP(
                "{label} must be one of: {choices}.", label=label, choices=", ".join(choices)
            )
        )
    return str(value)


class NoteEditing(NoteConfidentiality):
    """Preparing and editing notes (part of `NoteService`)."""

    # -- preparing ------------------------------------------------------------------------
    def prepare(self, session_id: SessionId) -> Changes:
        """Create each roster member's note (prefilled with the chartable facts) if missing."""
        info = self.sessions.get(session_id)
        if info.status in (SessionStatus.PLANNED, SessionStatus.RUNNING):
            raise RuleViolation(QT_TR_NOOP("End the session before writing its notes."))
        fmt = self.format(info.note_format)
        existing = {
            r["member_id"]
            for r in self.ctx.store.query(
                "SELECT member_id FROM member_note WHERE session_id = ?", [session_id]
            )
        }
        now = self.ctx.now_iso()
        created = 0
        with self.ctx.write() as store:
            for entry in self.sessions.roster(session_id):
                if entry.member_id in existing:
                    continue
                sections = self._prefill(info, fmt, entry)
                store.insert(
                    "member_note",
                    {
                        "session_id": session_id,
                        "member_id": entry.member_id,
                        "format": fmt.key,
                        "sections": json.dumps(sections),
                        "status": "draft",
                        "created_at": now,
                        "updated_at": now,
                    },
                )
                created += 1
            if created and info.status is SessionStatus.SIGNED:
                store.update("session", session_id, {"status": "ended", "updated_at": now})
        return Changes(notes=True, sessions=bool(created)) if created else Changes()

    def _prefill(self, info: SessionInfo, fmt: NoteFormat, entry: Any) -> dict[str, str]:
        first = fmt.sections[0].key if fmt.sections else "data"
        if entry.status is None or not entry.status.attended:
            status = entry.status.label if entry.status else "Not marked"
            return {
                first: f"{status}: did not attend the {info.group_name} session"
                f" on {info.date:%m/%d/%Y}."
            }
        window = info.window
        facts = [
            f"Attended {info.group_name} ({info.modality.label.lower()}"
            + (f", {info.room}" if info.room else "")
            + f") on {info.date:%m/%d/%Y}, "
            f"{(entry.arrived_at or window.start):%H:%M}-{(entry.left_at or window.end):%H:%M}, "
            f"{entry.minutes} minutes ({entry.status.label.lower()}).",
        ]
        if info.topic_title:
            facts.append(f"Topic: {info.topic_title}.")
        check = []
        if entry.craving is not None:
            check.append(f"craving {entry.craving}/10")
        if entry.use_since_last is not None:
            check.append(f"use since last session: {entry.use_since_last.label.lower()}")
        if entry.drug_screen is not None:
            screen = entry.drug_screen.label.lower()
            if entry.screen_substances:
                screen += f" ({entry.screen_substances})"
            check.append(f"drug screen: {screen}")
        if entry.mood:
            check.append(f"mood: {entry.mood}")
        if check:
            facts.append("Check-in: " + "; ".join(check) + ".")
        if entry.quick_note.strip():
            facts.append(entry.quick_note.strip())
        return {first: " ".join(facts)}

    # -- editing --------------------------------------------------------------------------
    def replace_names_with_peer(self, note_id: NoteId) -> Changes:
        """One click: every open flag in the note becomes 'a peer'."""
        note = self._editable(note_id)
        sections = dict(note.sections)
        values: dict[str, Any] = {}
        for field, flags in self.flags(note).items():
            if field in sections:
                sections[field] = confidentiality.replace_all_with_peer(sections[field], flags)
            else:
                values[field] = confidentiality.replace_all_with_peer(getattr(note, field), flags)
        values["sections"] = sections
        return self.update(note_id, **values)

    def update(self, note_id: NoteId, **fields: Any) -> Changes:
        """Autosave any editable field; the note's state (draft/ready) follows what it lacks."""
        note = self._editable(note_id)
        unknown = set(fields) - EDITABLE_FIELDS
        if unknown:
            raise ValidationError(f"Unknown note field: {', '.join(sorted(unknown))}.")
        values: dict[str, Any] = {}
        if "sections" in fields:
            known = {s.key for s in note.format.sections}
            sections = {
                k: clean_text(str(v), QT_TR_NOOP("A note section"))
                for k, v in fields["sections"].items()
                if k in known
            }
            values["sections"] = json.dumps({**note.sections, **sections})
        labels = {
            "goal": QT_TR_NOOP("Goal"),
            "plan": QT_TR_NOOP("Plan"),
            "risk_follow_up": QT_TR_NOOP("Risk follow up"),
            "affect": QT_TR_NOOP("Affect"),
        }
        for key, label in labels.items():
            if key in fields:
                values[key] = clean_text(str(fields[key] or ""), label)
        if "participation_level" in fields:
            values["participation_level"] = _choice(
                fields["participation_level"],
                PARTICIPATION_LEVELS,
                QT_TR_NOOP("Participation level"),
            )
        if "participation_quality" in fields:
            values["participation_quality"] = _choice(
                fields["participation_quality"],
                PARTICIPATION_QUALITIES,
                QT_TR_NOOP("Participation quality"),
            )
        if "risk" in fields:
            values["risk"] = Risk(fields["risk"]).value if fields["risk"] else None
        if "stage_of_change" in fields:
            values["stage_of_change"] = (
                StageOfChange(fields["stage_of_change"]).value
                if fields["stage_of_change"]
                else None
            )
        if "importance" in fields:
            values["importance"] = _score(fields["importance"], QT_TR_NOOP("Importance"))
        if "confidence" in fields:
            values["confidence"] = _score(fields["confidence"], QT_TR_NOOP("Confidence"))
        values["updated_at"] = self.ctx.now_iso()
        with self.ctx.write() as store:
            store.update("member_note", note_id, values)
            updated = self.get(note_id)
            status = NoteStatus.READY if not self.missing(updated) else NoteStatus.DRAFT
            if status is not updated.status:
                store.update("member_note", note_id, {"status": status.value})
        return Changes(notes=True)

    def apply_to_all_present(self, session_id: SessionId, section_key: str, text: str) -> Changes:
        """Write shared text (e.g. the intervention) once into every attending member's note."""
        text = clean_text(text, QT_TR_NOOP("The shared text"))
        notes = [n for n in self.for_session(session_id) if n.attended and not n.signed]
        if notes and section_key not in {s.key for s in notes[0].format.sections}:
            raise ValidationError(QT_TR_NOOP("That section is not part of this note format."))
        with self.ctx.write():
            for note in notes:
                self.update(note.id, sections={section_key: text})
        return Changes(notes=True)

    def clone_warnings(self, session_id: SessionId) -> list[tuple[MemberNote, MemberNote, str]]:
        """Pairs of attending members whose individual sections are identical or nearly so.

        Only notes the facilitator has completed are compared, so the prefilled facts of notes
        not yet written do not raise alarms.
        """
        notes = [
            n
            for n in self.for_session(session_id)
            if n.attended and (n.signed or not self.missing(n))
        ]
        warnings = []
        for i, a in enumerate(notes):
            for b in notes[i + 1 :]:
                for section in a.format.sections:
                    if section.shared:
                        continue
                    if near_identical(
                        a.sections.get(section.key, ""), b.sections.get(section.key, "")
                    ):
                        warnings.append((a, b, section.title))
        return warnings
