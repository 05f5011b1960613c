"""Exports for charting and billing: files written atomically, every export audited.

- A member's note as PDF or plain text (`export_note`, `copy_note_text` for the clipboard).
- A batch of notes (a session, a day, a date range) into a folder, with progress and cancel.
- The group summary (INTERNAL) and the sign-in sheet, as PDF.
- Attendance CSV (one row per member per session) and weekly-hours CSV, both summed by SQL.

Files are never overwritten: a taken name gets " (2)", " (3)"... (export/atomic.py). A full disk
or an unwritable folder raises `ExportFailed` and leaves no partial file. Unsigned notes are
exported only when asked for explicitly, marked DRAFT. The audit records ids and counts only.
PDF rendering needs Qt; it is injected (`pdf`) and defaults to export/pdf_render.py, imported
only when a PDF is made so this module stays Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from iop_facilitator.domain.attendance import WeeklyHours, week_start, weekly_target_hours
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enums import AttendanceStatus
from iop_facilitator.domain.ids import GroupId, NoteId, SessionId
from iop_facilitator.errors import ExportFailed, NotFound, UserFacingError, ValidationError
from iop_facilitator.export import atomic, group_content, note_content
from iop_facilitator.export.csv_files import ATTENDANCE_HEADER, HOURS_HEADER, csv_bytes
from iop_facilitator.export.naming import note_file_name, range_file_name, session_file_name
from iop_facilitator.export.spec import PdfSpec
from iop_facilitator.services.context import ServiceContext
from iop_facilitator.services.export_content import ExportContent
from iop_facilitator.services.notes import NoteService
from iop_facilitator.services.sessions import SessionService
from iop_facilitator.services.settings import SettingsService
from iop_facilitator.texts import QT_TR_NOOP

PdfRenderer = Callable[[PdfSpec], bytes]
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?
FORMATS = ("pdf", "txt")
DONE_STATUSES = ("ended", "signed")  # sessions that count for attendance and hours
MAX_RANGE_DAYS = 3660


def qt_pdf(spec: PdfSpec) -> bytes:
    from iop_facilitator.export.pdf_render import render_pdf

    return render_pdf(spec)


@dataclass(frozen=True)
class HoursRow:
    chart_id: str
    weekly: WeeklyHours


@dataclass
class BatchResult:
    """What a batch did. `problems` holds note ids and reasons, never names."""

    total: int = 0
    written: list[Path] = field(default_factory=list)
    skipped_unsigned: int = 0
    problems: list[tuple[NoteId, str]] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        text = QT_TR_NOOP(
            "Wrote {written} of {total} note(s).", written=len(self.written), total=self.total
        )
        if self.skipped_unsigned:
            skipped = QT_TR_NOOP(
                "Skipped {n} unsigned note(s) (export drafts to include them).",
                n=self.skipped_unsigned,
            )
            text = QT_TR_NOOP("{first} {second}", first=text, second=skipped)
        if self.problems:
            problems = QT_TR_NOOP(
                "{n} note(s) were not exported: {problems}.",
                n=len(self.problems),
                problems="; ".join(
                    f"note {note_id}: {reason}" for note_id, reason in self.problems[:5]
                ),
            )
            text = QT_TR_NOOP("{first} {second}", first=text, second=problems)
        if self.cancelled:
            cancelled = QT_TR_NOOP(
                "Cancelled: the files already written are complete; nothing half-written was left."
            )
            text = QT_TR_NOOP("{first} {second}", first=text, second=cancelled)
        return text


def check_range(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError(
            QT_TR_NOOP("The end date is before the start date."),
            "to",
            QT_TR_NOOP("Swap the dates and try again."),
        )
    if (end - start).days > MAX_RANGE_DAYS:
        raise ValidationError(
            QT_TR_NOOP("That range is longer than ten years."),
            "from",
            QT_TR_NOOP("Choose a shorter range."),
        )


def _group_filter(
    group_ids: Sequence[GroupId], column: str = "s.group_id"
) -> tuple[str, list[int]]:
    if not group_ids:
        return "", []
    return f" AND {column} IN ({', '.join('?' for _ in group_ids)})", [int(g) for g in group_ids]


def _clock(value: str | None) -> str:
    return dt.datetime.fromisoformat(value).strftime("%H:%M") if value else ""


class ExportService:
    def __init__(
        self,
        ctx: ServiceContext,
        sessions: SessionService,
        notes: NoteService,
        settings: SettingsService,
        pdf: PdfRenderer | None = None,
    ) -> None:
        self.ctx = ctx
        self.sessions = sessions
        self.notes = notes
        self.settings = settings
        self.content = ExportContent(ctx, sessions, notes, settings)
        self.pdf = pdf or qt_pdf

    # -- helpers ---------------------------------------------------------------------------------
    def _audit(self, entity: str, entity_id: object, detail: dict[str, object]) -> Changes:
        with self.ctx.write():
            self.ctx.audit("export", entity, entity_id, detail)
        return Changes(audit=True)

    def _paper(self) -> str:
        return str(self.settings.get("paper_size"))

    def groups(self) -> list[tuple[GroupId, str]]:
        return [
            (GroupId(r["id"]), r["name"])
            for r in self.ctx.store.query(
                "SELECT id, name FROM therapy_group ORDER BY name COLLATE NOCASE"
            )
        ]

    def find_group(self, name_or_id: str) -> GroupId:
        """A group by its exact name (any case) or its number, for the CLI."""
        text = name_or_id.strip()
        row = self.ctx.store.one(
            "SELECT id FROM therapy_group WHERE name = ? COLLATE NOCASE", [text]
        )
        if row is None and text.isdigit():
            row = self.ctx.store.one("SELECT id FROM therapy_group WHERE id = ?", [int(text)])
        if row is None:
            raise NotFound(
                QT_TR_NOOP("There is no group called {name}.", name=repr(text)),
                QT_TR_NOOP("Check the group's name in the Groups screen."),
            )
        return GroupId(row["id"])

    def sessions_between(
        self, start: dt.date, end: dt.date, group_ids: Sequence[GroupId] = ()
    ) -> list[SessionId]:
        where, params = _group_filter(group_ids)
        return [
            SessionId(r["id"])
            for r in self.ctx.store.query(
                f"SELECT s.id FROM session s WHERE s.date BETWEEN ? AND ?{where}"
                " ORDER BY s.date, s.planned_start",
                [start.isoformat(), end.isoformat(), *params],
            )
        ]

    # -- one member's note -----------------------------------------------------------------------
    def note_text(self, note_id: NoteId, *, allow_draft: bool = False) -> str:
        return note_content.to_text(self.content.note_document(note_id, allow_draft=allow_draft))

    def copy_note_text(self, note_id: NoteId, *, allow_draft: bool = False) -> tuple[str, Changes]:
        """The note's plain text for the clipboard (an export too, so it is audited)."""
        text = self.note_text(note_id, allow_draft=allow_draft)
        return text, self._audit(
            "member_note", note_id, {"format": "clipboard", "draft": not self._signed(note_id)}
        )

    def _signed(self, note_id: NoteId) -> bool:
        return bool(
            self.ctx.store.scalar("SELECT status FROM member_note WHERE id = ?", [note_id])
            == "signed"
        )

    def _note_file(self, note_id: NoteId, fmt: str, allow_draft: bool) -> tuple[str, bytes, bool]:
        if fmt not in FORMATS:
            raise ValidationError(
                QT_TR_NOOP("Choose pdf or txt, not {fmt}.", fmt=repr(fmt)), "format"
            )
        doc = self.content.note_document(note_id, allow_draft=allow_draft)
        kind = doc.format_key + ("-DRAFT" if doc.draft else "")
        name = note_file_name(doc.date_of_service, doc.chart_id, doc.group_name, kind, fmt)
        if fmt == "txt":
            return name, note_content.to_text(doc).encode("utf-8"), doc.draft
        return name, self.pdf(note_content.pdf_spec(doc, self._paper())), doc.draft

    def export_note(
        self, note_id: NoteId, folder: Path, fmt: str = "pdf", *, allow_draft: bool = False
    ) -> tuple[Path, Changes]:
        name, data, draft = self._note_file(note_id, fmt, allow_draft)
        path = atomic.write_new(Path(folder), name, data)
        return path, self._audit("member_note", note_id, {"format": fmt, "draft": draft})

    # -- batches ---------------------------------------------------------------------------------
    def notes_in(
        self,
        *,
        session_id: SessionId | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        group_ids: Sequence[GroupId] = (),
    ) -> list[tuple[NoteId, bool]]:
        """(note id, signed?) for a session, or for every session from `start` to `end`."""
        params: list[object]
        if session_id is not None:
            where, params = " AND s.id = ?", [int(session_id)]
        elif start is not None and end is not None:
            check_range(start, end)
            where, params = " AND s.date BETWEEN ? AND ?", [start.isoformat(), end.isoformat()]
        else:
            raise ValidationError(
                QT_TR_NOOP("Choose a session or a date range to export."), "session"
            )
        group_where, group_params = _group_filter(group_ids)
        rows = self.ctx.store.query(
            "SELECT n.id, n.status = 'signed' AS signed"
            " FROM member_note n JOIN session s ON s.id = n.session_id"
            f" WHERE 1 = 1{where}{group_where} ORDER BY s.date, s.planned_start, n.id",
            [*params, *group_params],
        )
        return [(NoteId(r["id"]), bool(r["signed"])) for r in rows]

    def export_notes(
        self,
        notes: Sequence[tuple[NoteId, bool]],
        folder: Path,
        fmt: str = "pdf",
        *,
        drafts: bool = False,
        progress: Progress | None = None,
    ) -> tuple[BatchResult, Changes]:
        """Write each note into `folder`. Unsigned ones are skipped unless `drafts`.

        `progress(done, total)` is called before each note and at the end; returning False
        cancels (the note being written is finished or not started, never half-written).
        A full disk or an unwritable folder stops the batch with `ExportFailed`, saying how
        many files were written before it.
        """
        if fmt not in FORMATS:
            raise ValidationError(
                QT_TR_NOOP("Choose pdf or txt, not {fmt}.", fmt=repr(fmt)), "format"
            )
        atomic.ensure_folder(Path(folder))
        result = BatchResult(total=len(notes))
        written_ids: list[int] = []
        try:
            for done, (note_id, signed) in enumerate(notes):
                if progress is not None and not progress(done, len(notes)):
                    result.cancelled = True
                    break
                if not signed and not drafts:
                    result.skipped_unsigned += 1
                    continue
                try:
                    name, data, _draft = self._note_file(note_id, fmt, drafts)
                except ExportFailed:
                    raise
                except UserFacingError as exc:
                    result.problems.append((note_id, exc.message))
                    continue
                result.written.append(atomic.write_new(Path(folder), name, data))
                written_ids.append(int(note_id))
            else:
                if progress is not None:
                    progress(len(notes), len(notes))
        except ExportFailed as exc:
            self._audit_batch(written_ids, fmt, drafts, result)
            raise ExportFailed(
                QT_TR_NOOP(
                    "{message} {n} file(s) were written before it stopped.",
                    message=exc.message,
                    n=len(result.written),
                ),
                exc.what_next,
            ) from None
        return result, self._audit_batch(written_ids, fmt, drafts, result)

    def _audit_batch(
        self, note_ids: list[int], fmt: str, drafts: bool, result: BatchResult
    ) -> Changes:
        return self._audit(
            "member_note",
            "",
            {
                "batch": True,
                "format": fmt,
                "drafts": drafts,
                "note_ids": note_ids,
                "written": len(note_ids),
                "skipped": result.skipped_unsigned + len(result.problems),
                "cancelled": result.cancelled,
            },
        )

    # -- per-session documents -------------------------------------------------------------------
    def export_summary(self, session_id: SessionId, folder: Path) -> tuple[Path, Changes]:
        summary = self.content.group_summary(session_id)
        data = self.pdf(group_content.summary_spec(summary, self._paper()))
        name = session_file_name(
            summary.date_of_service, summary.group_name, "group-summary-INTERNAL", "pdf"
        )
        path = atomic.write_new(Path(folder), name, data)
        return path, self._audit(
            "session", session_id, {"kind": "group_summary", "members": len(summary.lines)}
        )

    def export_signin(self, session_id: SessionId, folder: Path) -> tuple[Path, Changes]:
        sheet = self.content.signin_sheet(session_id)
        data = self.pdf(group_content.signin_spec(sheet, self._paper()))
        path = atomic.write_new(
            Path(folder),
            session_file_name(sheet.date_of_service, sheet.group_name, "sign-in", "pdf"),
            data,
        )
        return path, self._audit(
            "session", session_id, {"kind": "sign_in", "members": len(sheet.names)}
        )

    # -- attendance and hours --------------------------------------------------------------------
    def attendance_rows(
        self, start: dt.date, end: dt.date, group_ids: Sequence[GroupId] = ()
    ) -> list[tuple[str, str, str, str, str, str, int, str]]:
        """Per member per ended session: date, group, chart id, status, in, out, minutes, code."""
        check_range(start, end)
        where, params = _group_filter(group_ids)
        rows = self.ctx.store.query(
            "SELECT s.date, g.name AS group_name, m.chart_id, a.status, a.arrived_at, a.left_at,"
            " a.minutes, g.billing_code FROM attendance a JOIN session s ON s.id = a.session_id"
            " JOIN therapy_group g ON g.id = s.group_id JOIN member m ON m.id = a.member_id"
            f" WHERE s.date BETWEEN ? AND ? AND s.status IN ('ended', 'signed'){where}"
            " ORDER BY s.date, s.planned_start, g.name COLLATE NOCASE, m.chart_id COLLATE NOCASE",
            [start.isoformat(), end.isoformat(), *params],
        )
        return [
            (
                r["date"],
                r["group_name"],
                r["chart_id"],
                AttendanceStatus(r["status"]).label if r["status"] else "Not marked",
                _clock(r["arrived_at"]),
                _clock(r["left_at"]),
                int(r["minutes"]),
                r["billing_code"],
            )
            for r in rows
        ]

    def weekly_hours(
        self, start: dt.date, end: dt.date, group_ids: Sequence[GroupId] = ()
    ) -> list[HoursRow]:
        """Hours per member per week (Monday to Sunday), summed by SQL over ended sessions.

        The range is widened to whole weeks so no week is cut in half. A member's week counts
        every group they were on the roster of (the IOP minimum is per member, not per group);
        `group_ids` chooses which members: those on a roster of these groups in the range.
        """
        check_range(start, end)
        first, last = week_start(start), week_start(end) + dt.timedelta(days=6)
        span = [first.isoformat(), last.isoformat()]
        member_where, member_params = "", []
        if group_ids:
            inner, inner_params = _group_filter(group_ids, "s2.group_id")
            member_where = (
                " AND a.member_id IN (SELECT a2.member_id"
                " FROM attendance a2 JOIN session s2 ON s2.id = a2.session_id"
                f" WHERE s2.date BETWEEN ? AND ? AND s2.status IN ('ended', 'signed'){inner})"
            )
            member_params = [*span, *inner_params]
        rows = self.ctx.store.query(
            "SELECT m.chart_id, m.track,"
            " date(s.date, '-' || ((CAST(strftime('%w', s.date) AS INTEGER) + 6) % 7) || ' days')"
            " AS week, sum(a.minutes) AS minutes"
            " FROM attendance a JOIN session s ON s.id = a.session_id"
            " JOIN member m ON m.id = a.member_id"
            f" WHERE s.date BETWEEN ? AND ? AND s.status IN ('ended', 'signed'){member_where}"
            " GROUP BY m.id, week ORDER BY m.chart_id COLLATE NOCASE, week",
            [*span, *member_params],
        )
        return [
            HoursRow(
                r["chart_id"],
                WeeklyHours(
                    dt.date.fromisoformat(r["week"]),
                    int(r["minutes"] or 0),
                    weekly_target_hours(r["track"]),
                ),
            )
            for r in rows
        ]

    def export_attendance(
        self, start: dt.date, end: dt.date, folder: Path, group_ids: Sequence[GroupId] = ()
    ) -> tuple[Path, Changes]:
        rows = self.attendance_rows(start, end, group_ids)
        path = atomic.write_new(
            Path(folder),
            range_file_name("attendance", start, end, "csv"),
            csv_bytes(ATTENDANCE_HEADER, rows),
        )
        return path, self._audit(
            "attendance", "", {"rows": len(rows), "group_ids": [int(g) for g in group_ids]}
        )

    def export_hours(
        self, start: dt.date, end: dt.date, folder: Path, group_ids: Sequence[GroupId] = ()
    ) -> tuple[Path, Changes]:
        rows = self.weekly_hours(start, end, group_ids)
        data = csv_bytes(
            HOURS_HEADER,
            [
                (
                    r.chart_id,
                    r.weekly.week.isoformat(),
                    f"{r.weekly.hours:.2f}",
                    f"{r.weekly.target_hours:g}",
                    r.weekly.below_target,
                )
                for r in rows
            ],
        )
        path = atomic.write_new(
            Path(folder), range_file_name("weekly-hours", start, end, "csv"), data
        )
        return path, self._audit(
            "attendance",
            "",
            {"kind": "weekly_hours", "rows": len(rows), "group_ids": [int(g) for g in group_ids]},
        )
