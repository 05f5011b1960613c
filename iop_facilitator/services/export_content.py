"""Reading what an export shows from the record: a member's note, a group summary, a sign-in sheet.

Only reads. What a file looks like is export/; writing files and the audit is services/exports.py.
Minimum necessary: a member's note carries that member's identity only (date of birth only when
the clinic turned it on), and is refused if any text of it names another group member.
"""

from __future__ import annotations

import datetime as dt
import json

from iop_facilitator.domain import confidentiality
from iop_facilitator.domain.enums import Risk, StageOfChange
from iop_facilitator.domain.ids import NoteId, SessionId
from iop_facilitator.errors import RuleViolation
from iop_facilitator.export.group_content import AttendanceLine, GroupSummary, SignInSheet
from iop_facilitator.export.note_content import AddendumEntry, NoteDocument, Signature, us_date
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.notes import MemberNote, NoteService
from iop_facilitator.services.sessions import ATTENDED as ATTENDED_VALUES
from iop_facilitator.services.sessions import SessionInfo, SessionService
from iop_facilitator.services.settings import SettingsService
from iop_facilitator.texts import QT_TR_NOOP

# What the default billing codes are (CLINICAL.md); a clinic's own codes read "Group service".
SERVICE_TYPES = {
    "H0015": "Alcohol and/or drug services, intensive outpatient (group)",
    "S9480": "Intensive outpatient psychiatric services (group)",
    "90853": "Group psychotherapy",
    "H0005": "Alcohol and/or drug group counseling",
}
SIGN_IN_BLANK_ROWS = 4


def _clock(value: dt.datetime | str | None) -> str:
    if value is None or value == "":
        return ""
    when = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.strftime("%H:%M")


class ExportContent:
    def __init__(
        self,
        ctx: ServiceContext,
        sessions: SessionService,
        notes: NoteService,
        settings: SettingsService,
    ) -> None:
        self.ctx = ctx
        self.sessions = sessions
        self.notes = notes
        self.settings = settings

    # -- shared facts ------------------------------------------------------------------------
    def _facilitator(self, facilitator_id: int | None) -> str:
        if facilitator_id is None:
            return ""
        row = self.ctx.store.one(
            "SELECT name, credentials FROM facilitator WHERE id = ?", [facilitator_id]
        )
        if row is None:
            return ""
        return f"{row['name']}, {row['credentials']}" if row["credentials"] else str(row["name"])

    def _billing_code(self, info: SessionInfo) -> str:
        return str(
            self.ctx.store.scalar(
                "SELECT billing_code FROM therapy_group WHERE id = ?", [info.group_id]
            )
            or ""
        )

    def _participants(self, session_id: SessionId) -> int:
        placeholders = ", ".join("?" for _ in ATTENDED_VALUES)
        return int(
            self.ctx.store.scalar(
                "SELECT count(*) FROM attendance"
                f" WHERE session_id = ? AND status IN ({placeholders})",
                [session_id, *ATTENDED_VALUES],
            )
            or 0
        )

    # -- a member's note ----------------------------------------------------------------------
    def check_private(self, note: MemberNote, addenda: list[AddendumEntry]) -> None:
        """Refuse an export whose text names another member (open flags; dismissed ones are not)."""
        if self.notes.flags(note):
            raise RuleViolation(
                QT_TR_NOOP("This note names another group member, so it was not exported."),
                QT_TR_NOOP(
                    "Replace the name with 'a peer' (or dismiss the flag if it is not a person), "
                    "then export."
                ),
            )
        others = self.notes.other_members(note)
        own = (note.preferred_name, note.full_name)
        for addendum in addenda:
            found = confidentiality.open_flags(
                confidentiality.find_names(addendum.text, others, own), note.dismissed_flags
            )
            if found:
                raise RuleViolation(
                    QT_TR_NOOP(
                        "An addendum to this note names another group member, "
                        "so it was not exported."
                    ),
                    QT_TR_NOOP("Ask your clinical supervisor how to release this note."),
                )

    def note_document(self, note_id: NoteId, *, allow_draft: bool = False) -> NoteDocument:
        """The note as it will be exported. Unsigned only when `allow_draft` (marked DRAFT)."""
        note = self.notes.get(note_id)
        if not note.signed and not allow_draft:
            raise RuleViolation(
                QT_TR_NOOP("This note is not signed yet, so it was not exported."),
                QT_TR_NOOP("Sign it first, or export it as a draft (every page is marked DRAFT)."),
            )
        info = self.sessions.get(note.session_id)
        settings = self.settings.all()
        addenda = (
            tuple(
                AddendumEntry(a.at, a.author, a.text, a.late) for a in self.notes.addenda(note_id)
            )
            if note.signed
            else ()
        )
        self.check_private(note, list(addenda))
        dob = None
        if settings["export_date_of_birth"]:
            raw = self.ctx.store.scalar(
                "SELECT date_of_birth FROM member WHERE id = ?", [note.member_id]
            )
            dob = us_date(dt.date.fromisoformat(raw)) if raw else None
        window = info.window
        billing = self._billing_code(info)
        attended = note.attended
        return NoteDocument(
            clinic_name=settings["clinic_name"],
            program_name=settings["program_name"],
            member_name=note.full_name,
            chart_id=note.chart_id,
            date_of_birth=dob,
            date_of_service=info.date,
            group_name=info.group_name,
            service_type=SERVICE_TYPES.get(billing, "Group service"),
            billing_code=billing,
            session_start=_clock(window.start),
            session_stop=_clock(window.end),
            member_start=(_clock(note.arrived_at) or _clock(window.start)) if attended else "",
            member_stop=(_clock(note.left_at) or _clock(window.end)) if attended else "",
            minutes=note.minutes if attended else 0,
            attendance=note.attendance.label if note.attendance else "Not marked",
            modality=info.modality.label,
            location=info.room,
            topic=info.topic_title,
            participants=self._participants(info.id),
            facilitator=self._facilitator(info.facilitator_id),
            co_facilitator=self._facilitator(info.co_facilitator_id),
            format_name=note.format.name,
            sections=self._sections(note),
            details=self._details(note),
            signatures=self._signatures(note),
            addenda=addenda,
            notice=settings["redisclosure_notice"],
            draft=not note.signed,
        )

    def _sections(self, note: MemberNote) -> tuple[tuple[str, str], ...]:
        out = []
        for section in note.format.sections:
            text = note.sections.get(section.key, "").strip()
            if text or note.attended:
                out.append((section.title, text))
        return tuple(out)

    def _details(self, note: MemberNote) -> tuple[tuple[str, str], ...]:
        rows: list[tuple[str, str]] = []
        participation = "; ".join(
            p for p in (note.participation_level, note.participation_quality) if p
        )
        if participation:
            rows.append(("Participation", participation))
        if note.affect:
            rows.append(("Affect", note.affect))
        if note.risk:
            risk = Risk(note.risk).label
            rows.append(
                (
                    "Risk",
                    risk
                    + (
                        f". Follow-up: {note.risk_follow_up}" if note.risk_follow_up.strip() else ""
                    ),
                )
            )
        if note.stage_of_change:
            rows.append(("Stage of change", StageOfChange(note.stage_of_change).label))
        scores = [
            f"{label} {value}/10"
            for label, value in (("importance", note.importance), ("confidence", note.confidence))
            if value is not None
        ]
        if scores:
            rows.append(("Readiness ruler", ", ".join(scores)))
        if note.goal.strip() and note.goal.strip() != note.sections.get("goal", "").strip():
            rows.append(("Treatment-plan goal", note.goal.strip()))
        if note.plan.strip() and note.plan.strip() != note.sections.get("plan", "").strip():
            rows.append(("Plan", note.plan.strip()))
        return tuple(rows)

    def _signatures(self, note: MemberNote) -> tuple[Signature, ...]:
        if not note.signed or note.signed_at is None or note.content_hash is None:
            return ()
        signatures = [
            Signature(
                "Signed", self._facilitator(note.signed_by), note.signed_at, note.content_hash
            )
        ]
        for row in self.ctx.store.query(
            "SELECT facilitator_id, signed_at, content_hash FROM cosignature"
            " WHERE note_id = ? ORDER BY signed_at, id",
            [note.id],
        ):
            signatures.append(
                Signature(
                    "Co-signed",
                    self._facilitator(row["facilitator_id"]),
                    row["signed_at"],
                    row["content_hash"],
                )
            )
        return tuple(signatures)

    # -- per-session documents -------------------------------------------------------------------
    def group_summary(self, session_id: SessionId) -> GroupSummary:
        info = self.sessions.get(session_id)
        settings = self.settings.all()
        states = {
            r["member_id"]: r["status"]
            for r in self.ctx.store.query(
                "SELECT member_id, status FROM member_note WHERE session_id = ?", [session_id]
            )
        }
        lines = tuple(
            AttendanceLine(
                name=e.full_name,
                chart_id=e.chart_id,
                status=e.status.label if e.status else "Not marked",
                time_in=_clock(e.arrived_at) or (_clock(info.window.start) if e.minutes else ""),
                time_out=_clock(e.left_at) or (_clock(info.window.end) if e.minutes else ""),
                minutes=e.minutes,
                note_state=(states.get(e.member_id) or "no note").capitalize(),
            )
            for e in self.sessions.roster(session_id)
        )
        group_note = self.ctx.store.one(
            "SELECT interventions, group_process FROM group_note WHERE session_id = ?", [session_id]
        )
        interventions: list[str] = []
        process = ""
        if group_note is not None:
            interventions = [
                str(i) for i in json.loads(group_note["interventions"] or "[]") if str(i).strip()
            ]
            process = group_note["group_process"] or ""
        if not interventions:
            interventions = self._shared_sections(session_id)
        return GroupSummary(
            clinic_name=settings["clinic_name"],
            program_name=settings["program_name"],
            group_name=info.group_name,
            date_of_service=info.date,
            session_time=f"{_clock(info.window.start)}-{_clock(info.window.end)}",
            modality=info.modality.label,
            location=info.room,
            topic=info.topic_title,
            facilitator=self._facilitator(info.facilitator_id),
            co_facilitator=self._facilitator(info.co_facilitator_id),
            billing_code=self._billing_code(info),
            lines=lines,
            interventions=tuple(interventions),
            group_process=process.strip() or info.group_quick_note.strip(),
            notice=settings["redisclosure_notice"],
        )

    def _shared_sections(self, session_id: SessionId) -> list[str]:
        """The text written once for everyone (e.g. the intervention), without repeats."""
        seen: list[str] = []
        for note in self.notes.for_session(session_id):
            for section in note.format.sections:
                text = note.sections.get(section.key, "").strip()
                if section.shared and text and text not in seen:
                    seen.append(text)
        return seen

    def signin_sheet(self, session_id: SessionId) -> SignInSheet:
        info = self.sessions.get(session_id)
        settings = self.settings.all()
        return SignInSheet(
            clinic_name=settings["clinic_name"],
            program_name=settings["program_name"],
            group_name=info.group_name,
            date_of_service=info.date,
            session_time=f"{_clock(info.planned_start)}-{_clock(info.planned_end)}",
            location=info.room,
            topic=info.topic_title,
            facilitator=self._facilitator(info.facilitator_id),
            names=tuple(e.full_name for e in self.sessions.roster(session_id)),
            blank_rows=SIGN_IN_BLANK_ROWS,
            notice=settings["redisclosure_notice"],
        )
