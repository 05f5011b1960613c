"""Clinical notes after group: one note per member, prefilled, checked, signed for good.

A signed note is locked by the database itself (triggers); after signing only dated addenda
can be added. Signing requires the chartable elements, no open confidentiality flag, and the
facilitator's confirmation.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from iop_facilitator.domain import confidentiality
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enums import (
    AttendanceStatus,
    NoteStatus,
    Risk,
    SessionStatus,
    StageOfChange,
)
from iop_facilitator.domain.ids import FacilitatorId, MemberId, NoteId, SessionId
from iop_facilitator.domain.notes import (
    ChartFacts,
    NoteFormat,
    content_hash,
    missing_elements,
    near_identical,
    parse_format,
)
from iop_facilitator.errors import NotFound, RuleViolation, ValidationError
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.sessions import SessionInfo, SessionService, clean_text

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


@dataclass(frozen=True)
class SearchHit:
    note_id: NoteId
    session_id: SessionId
    date: str
    group_name: str
    preferred_name: str
    chart_id: str
    snippet: str  # with [ and ] around the matched words


# Searches matching more notes than this list the newest first instead of ranking them all.
RANKED_UP_TO = 2000


@dataclass(frozen=True)
class SearchResults:
    hits: list[SearchHit]  # this page
    total: int  # every note the words match
    newest_first: bool  # too many to rank: most recently written first, not best matches


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word must match (as a prefix); operators are taken literally."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w][:12]
    return " ".join(f'"{w}"*' for w in words)


@dataclass(frozen=True)
class Addendum:
    id: int
    text: str
    author: str
    at: str
    late: bool


NOTE_SELECT = """
SELECT n.*, m.preferred_name, m.full_name, m.chart_id, f.name AS format_name,
       f.sections AS format_sections, a.status AS attendance, a.minutes, a.arrived_at, a.left_at
FROM member_note n
JOIN member m ON m.id = n.member_id
JOIN note_format f ON f.key = n.format
LEFT JOIN attendance a ON a.session_id = n.session_id AND a.member_id = n.member_id
"""


def _note(row: dict[str, Any]) -> MemberNote:
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


def _score(value: Any, label: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(f"{label} is a number from 0 to 10.", label.lower()) from None
    if not 0 <= number <= 10:
        raise ValidationError(f"{label} is a number from 0 to 10.", label.lower())
    return number


class NoteService:
    def __init__(self, ctx: ServiceContext, sessions: SessionService) -> None:
        self.ctx = ctx
        self.sessions = sessions

    # -- preparing ------------------------------------------------------------------------
    def prepare(self, session_id: SessionId) -> Changes:
        """Create each roster member's note (prefilled with the chartable facts) if missing."""
        info = self.sessions.get(session_id)
        if info.status in (SessionStatus.PLANNED, SessionStatus.RUNNING):
            raise RuleViolation("End the session before writing its notes.")
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

    # -- reading --------------------------------------------------------------------------
    def format(self, key: str) -> NoteFormat:
        row = self.ctx.store.one("SELECT * FROM note_format WHERE key = ?", [key])
        if row is None:
            raise NotFound(f"The note format {key} is not set up.")
        return parse_format(row["key"], row["name"], row["sections"])

    def for_session(self, session_id: SessionId) -> list[MemberNote]:
        rows = self.ctx.store.query(
            NOTE_SELECT
            + " WHERE n.session_id = ? ORDER BY m.preferred_name COLLATE NOCASE, m.full_name",
            [session_id],
        )
        return [_note(r) for r in rows]

    def get(self, note_id: NoteId) -> MemberNote:
        row = self.ctx.store.one(NOTE_SELECT + " WHERE n.id = ?", [note_id])
        if row is None:
            raise NotFound("That note no longer exists.")
        return _note(row)

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

    def search(self, text: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
        """One page of `search_results`: best matches first, or newest first when too many."""
        return self.search_results(text, limit, offset).hits

    def search_results(self, text: str, limit: int = 50, offset: int = 0) -> SearchResults:
        """Notes containing every word (accent- and case-insensitive), one page of them.

        Up to RANKED_UP_TO matches: best matches first (bm25). More than that: the most recently
        written notes first, because bm25 must score every match before the first page can be
        returned (126 ms for a word in 93,000 notes on ten years of data), while FTS5 walks its
        index backwards by rowid (the note's id, in the order notes were written) and stops
        after the page (under 5 ms). The order depends only on the words, so the pages of one
        search never overlap and every match is on one of them.
        """
        query = fts_query(text)
        if not query:
            return SearchResults([], 0, newest_first=False)
        total = int(
            self.ctx.store.scalar(
                "SELECT count(*) FROM note_search WHERE note_search MATCH ?", [query]
            )
        )
        newest_first = total > RANKED_UP_TO
        order = "note_search.rowid DESC" if newest_first else "rank"
        rows = self.ctx.store.query(
            f"""
            SELECT n.id, n.session_id, s.date, g.name AS group_name, m.preferred_name, m.chart_id,
                   snippet(note_search, 0, '[', ']', '...', 12) AS snippet
            FROM note_search
            JOIN member_note n ON n.id = note_search.rowid
            JOIN session s ON s.id = n.session_id
            JOIN therapy_group g ON g.id = s.group_id
            JOIN member m ON m.id = n.member_id
            WHERE note_search MATCH ?
            ORDER BY {order} LIMIT ? OFFSET ?
            """,  # `order` is one of the two constants above
            [query, limit, max(0, offset)],
        )
        hits = [
            SearchHit(
                NoteId(r["id"]),
                SessionId(r["session_id"]),
                r["date"],
                r["group_name"],
                r["preferred_name"],
                r["chart_id"],
                r["snippet"],
            )
            for r in rows
        ]
        return SearchResults(hits, total, newest_first)

    def progress(self, session_id: SessionId) -> tuple[int, int]:
        """(signed, total) for the session's member notes: '9 of 12 signed'."""
        row = self.ctx.store.one(
            "SELECT sum(status = 'signed') AS signed, count(*) AS total"
            " FROM member_note WHERE session_id = ?",
            [session_id],
        )
        return (int(row["signed"] or 0), int(row["total"] or 0)) if row else (0, 0)

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

    # -- editing --------------------------------------------------------------------------
    def _editable(self, note_id: NoteId) -> MemberNote:
        note = self.get(note_id)
        if note.signed:
            raise RuleViolation(
                "This note is signed and can no longer change.", "Add a dated addendum instead."
            )
        return note

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
                k: clean_text(str(v), "A note section")
                for k, v in fields["sections"].items()
                if k in known
            }
            values["sections"] = json.dumps({**note.sections, **sections})
        for key in ("goal", "plan", "risk_follow_up", "affect"):
            if key in fields:
                values[key] = clean_text(str(fields[key] or ""), key.replace("_", " ").capitalize())
        if "participation_level" in fields:
            values["participation_level"] = _choice(
                fields["participation_level"], PARTICIPATION_LEVELS, "Participation level"
            )
        if "participation_quality" in fields:
            values["participation_quality"] = _choice(
                fields["participation_quality"], PARTICIPATION_QUALITIES, "Participation quality"
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
            values["importance"] = _score(fields["importance"], "Importance")
        if "confidence" in fields:
            values["confidence"] = _score(fields["confidence"], "Confidence")
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
        text = clean_text(text, "The shared text")
        notes = [n for n in self.for_session(session_id) if n.attended and not n.signed]
        if notes and section_key not in {s.key for s in notes[0].format.sections}:
            raise ValidationError("That section is not part of this note format.")
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

    # -- signing --------------------------------------------------------------------------
    def sign(self, note_id: NoteId) -> Changes:
        """Lock the note for good under the active facilitator's name.

        The caller has confirmed the facilitator (passphrase or PIN) just before.
        """
        note = self._editable(note_id)
        if self.ctx.actor_id is None:
            raise RuleViolation("Choose who you are before signing (the facilitator profile).")
        missing = self.missing(note)
        if missing:
            raise RuleViolation(
                "This note is not ready to sign. Still missing: " + "; ".join(missing) + "."
            )
        open_flags = self.flags(note)
        if open_flags:
            raise RuleViolation(
                "This note names another group member.",
                "Replace the name with 'a peer', or dismiss the flag if it is not a person.",
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
        signed, skipped = 0, []
        with self.ctx.write():
            for note in self.for_session(session_id):
                if note.signed:
                    continue
                try:
                    self.sign(note.id)
                    signed += 1
                except RuleViolation as exc:
                    skipped.append(f"{note.preferred_name}: {exc.message}")
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
            raise RuleViolation("Edit the note itself: addenda are for signed notes.")
        text = clean_text(text, "The addendum").strip()
        if not text:
            raise ValidationError("Write the addendum's text first.", "addendum")
        if self.ctx.actor_id is None:
            raise RuleViolation("Choose who you are before adding an addendum.")
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


def _choice(value: Any, choices: tuple[str, ...], label: str) -> str | None:
    if value is None or value == "":
        return None
    if value not in choices:
        raise ValidationError(f"{label} must be one of: {', '.join(choices)}.")
    return str(value)
