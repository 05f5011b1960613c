"""Reading a member list exported by an EHR: decoding, column mapping, row-by-row checks.

Pure: bytes in, a plan out. Nothing here writes; `services/member_import.py` commits only the rows
the facilitator accepted. Row numbers are the file's line numbers as a spreadsheet shows them
(the header is row 1), so "row 7" is the row the facilitator sees in Excel.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from iop_facilitator.domain.dates import DateOrder, parse_date
from iop_facilitator.domain.enums import Phase, Track
from iop_facilitator.domain.members import (
    MemberDraft,
    clean_text,
    validate_chart_id,
    validate_draft,
)
from iop_facilitator.domain.text import shown
from iop_facilitator.errors import ValidationError
from iop_facilitator.texts import QT_TR_NOOP

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str
    synonyms: tuple[str, ...]
    required: bool = False


FIELDS: tuple[ImportField, ...] = (
    ImportField(
        "chart_id",
        QT_TR_NOOP("Chart id"),
        (
            "chart id",
            "chart",
            "chart number",
            "chart no",
            "mrn",
            "medical record number",
            "patient id",
            "client id",
            "record number",
            "id",
        ),
        required=True,
    ),
    ImportField(
        "full_name",
        QT_TR_NOOP("Full name"),
        ("full name", "name", "patient name", "client name", "patient", "client"),
    ),
    ImportField(
        "first_name", QT_TR_NOOP("First name"), ("first name", "first", "given name", "firstname")
    ),
    ImportField(
        "last_name",
        QT_TR_NOOP("Last name"),
        ("last name", "last", "surname", "family name", "lastname"),
    ),
    ImportField(
        "preferred_name",
        QT_TR_NOOP("Preferred name"),
        ("preferred name", "preferred", "nickname", "goes by", "alias"),
    ),
    ImportField(
        "date_of_birth",
        QT_TR_NOOP("Date of birth"),
        ("date of birth", "dob", "birth date", "birthdate", "birthday"),
    ),
    ImportField(
        "admitted_on",
        QT_TR_NOOP("Admission date"),
        (
            "admission date",
            "admit date",
            "admitted",
            "admitted on",
            "admission",
            "intake date",
            "start date",
            "episode start",
        ),
    ),
    ImportField(
        "expected_discharge",
        QT_TR_NOOP("Expected discharge"),
        ("expected discharge", "anticipated discharge", "planned discharge", "end date"),
    ),
    ImportField("track", QT_TR_NOOP("Track"), ("track", "program", "level of care", "service")),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
Mapping_ = dict[str, int | None]

TRACK_WORDS = {
    Track.SUBSTANCE_USE: ("substance use", "substance", "sud", "chemical dependency", "cd", "aoda"),
    Track.MENTAL_HEALTH: ("mental health", "mh", "psych", "psychiatric"),
    Track.CO_OCCURRING: (
        "co-occurring",
        "co occurring",
        "cooccurring",
        "cod",
        "dual",
        "dual diagnosis",
    ),
    Track.ADOLESCENT: ("adolescent", "teen", "youth", "adolescents"),
}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str  # plain words for the dialog; '' when the file was clean UTF-8


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (spreadsheet row number, cells)


class RowStatus(StrEnum):
    NEW = "new"
    READMIT = "readmit"
    ALREADY_HERE = "already_here"
    REPEATED = "repeated"
    ERROR = "error"

    @property
    def label(self) -> str:
        return {
            "new": "New: will be imported",
            "readmit": "Discharged here: tick to re-admit",
            "already_here": "Already in the app: skipped",
            "repeated": "Repeated in this file: skipped",
            "error": "Problem: not imported",
        }[self.value]


@dataclass(frozen=True)
class ImportOptions:
    mapping: Mapping_
    date_order: DateOrder = DateOrder.MONTH_FIRST
    default_track: Track = Track.SUBSTANCE_USE
    default_phase: Phase = Phase.ENGAGEMENT
    default_admitted_on: dt.date | None = None  # used only when no column is mapped


@dataclass(frozen=True)
class ImportRow:
    row: int
    status: RowStatus
    chart_id: str
    name: str
    admitted_on: str
    problems: tuple[str, ...] = ()
    draft: MemberDraft | None = None

    @property
    def importable(self) -> bool:
        """The row can be ticked: a new member, or a discharged one to re-admit."""
        return self.status in (RowStatus.NEW, RowStatus.READMIT)

    @property
    def ticked_by_default(self) -> bool:
        """New members are ticked; a re-admission is offered but needs its own tick (an old
        export read again must not silently re-admit everyone discharged since)."""
        return self.status is RowStatus.NEW


@dataclass(frozen=True)
class DischargedRecord:
    """What the preview needs about a discharged member to offer a re-admission."""

    full_name: str
    discharged_on: dt.date


@dataclass(frozen=True)
class ImportPlan:
    rows: tuple[ImportRow, ...]
    encoding_note: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)


def decode(data: bytes) -> Decoded:
    """UTF-8 (with or without BOM) first; otherwise Windows-1252, and say so."""
    if not data.strip():
        raise ValidationError(
            QT_TR_NOOP("The file is empty."),
            "file",
            QT_TR_NOOP("Export the member list again from the EHR."),
        )
    if len(data) > MAX_BYTES:
        raise ValidationError(
            QT_TR_NOOP("The file is larger than {mb} MB.", mb=MAX_BYTES // (1024 * 1024)),
            "file",
            QT_TR_NOOP("Export only the members of this program."),
        )
    notes: list[str] = []
    if b"\x00" in data:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            raise ValidationError(
                QT_TR_NOOP("The file is saved as UTF-16, which this import does not read."),
                "file",
                QT_TR_NOOP("Save it again as 'CSV UTF-8' (in Excel: File > Save As > CSV UTF-8)."),
            )
        nul_count = data.count(b"\x00")
        notes.append(QT_TR_NOOP("{n} NUL byte(s) were removed.", n=nul_count))
        data = data.replace(b"\x00", b"")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
            notes.append(QT_TR_NOOP("Some bytes could not be read and show as '?' marks."))
        notes.insert(
            0,
            QT_TR_NOOP(
                "The file is not UTF-8: it was read as Windows-1252 (Western European). "
                "Check accented names in the preview."
            ),
        )
    return Decoded(text, encoding, _sentences(notes))


def _sentences(parts: list[str]) -> str:
    """Sentences one after the other, each still translatable by the UI."""
    if not parts:
        return ""
    joined = parts[0]
    for part in parts[1:]:
        joined = QT_TR_NOOP("{first} {second}", first=joined, second=part)
    return joined


def read_table(text: str) -> Table:
    """Split CSV text (comma, semicolon, tab or '|' separated) into headers and numbered rows."""
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        headers = next(reader, None)
        if headers is None:
            raise ValidationError(
                QT_TR_NOOP("The file has no header row."),
                "file",
                QT_TR_NOOP(
                    "Export the member list again from the EHR, with the column names in row 1."
                ),
            )
        rows: list[tuple[int, tuple[str, ...]]] = []
        for cells in reader:
            if len(rows) >= MAX_ROWS:
                raise ValidationError(
                    QT_TR_NOOP("The file has more than {n} rows.", n=f"{MAX_ROWS:,}"),
                    "file",
                    QT_TR_NOOP("Split it into smaller files."),
                )
            if any(c.strip() for c in cells):
                rows.append((reader.line_num, tuple(cells)))
    except csv.Error as exc:
        raise ValidationError(
            QT_TR_NOOP("The file is not a readable CSV near line {n}.", n=reader.line_num),
            "file",
            QT_TR_NOOP("Export it again as CSV; a quote may be missing."),
        ) from exc
    return Table(tuple(clean_text(h) for h in headers), tuple(rows))


def guess_mapping(headers: Iterable[str]) -> Mapping_:
    """Each field -> the column whose header names it (exact synonym first, then 'contains')."""
    norm = [
        " ".join(h.lower().replace("_", " ").replace(".", " ").replace("#", " number").split())
        for h in headers
    ]
    mapping: Mapping_ = {f.key: None for f in FIELDS}
    used: set[int] = set()
    for exact in (True, False):  # every exact header match first, then "contains"
        for f in FIELDS:
            if mapping[f.key] is not None:
                continue
            for i, h in enumerate(norm):
                if i in used:
                    continue
                if (h in f.synonyms) if exact else any(len(s) > 3 and s in h for s in f.synonyms):
                    mapping[f.key] = i
                    used.add(i)
                    break
    return mapping


def parse_track(text: str, default: Track) -> Track:
    value = " ".join(text.lower().replace("_", " ").split())
    if not value:
        return default
    for track, words in TRACK_WORDS.items():
        if value in words or value == track.value.replace("_", " ") or value == track.label.lower():
            return track
    raise ValidationError(
        QT_TR_NOOP(
            "Track '{value}' is not one of substance use, mental health, co-occurring or "
            "adolescent.",
            value=shown(text, 20),
        ),
        "track",
    )


def plan_import(
    table: Table,
    options: ImportOptions,
    existing_chart_ids: Iterable[str],
    today: dt.date,
    encoding_note: str = "",
    discharged: Mapping[str, DischargedRecord] | None = None,
) -> ImportPlan:
    """Check every row; nothing is written. Chart ids match case-insensitively.

    `discharged` (chart id casefolded -> record) turns a row for a discharged member into a
    re-admission offer when its admission date is after their discharge and its name matches;
    an admission on or before the discharge is the old episode (already here)."""
    if options.mapping.get("chart_id") is None:
        raise ValidationError(
            QT_TR_NOOP("Choose which column holds the chart id."),
            "chart_id",
            QT_TR_NOOP("Every member needs one to be matched on re-import."),
        )
    m = options.mapping
    if m.get("full_name") is None and m.get("first_name") is None and m.get("last_name") is None:
        raise ValidationError(
            QT_TR_NOOP("Choose the column with the member's name (full, or first and last)."),
            "full_name",
        )
    if m.get("admitted_on") is None and options.default_admitted_on is None:
        raise ValidationError(
            QT_TR_NOOP("Choose the admission date column, or a date for everyone."),
            "admitted_on",
        )
    existing = {c.casefold() for c in existing_chart_ids}
    seen: set[str] = set()
    out = []
    for number, cells in table.rows:
        out.append(_check_row(number, cells, options, existing, seen, today, discharged or {}))
    plan_rows = tuple(out)
    counts = {s.value: sum(1 for r in plan_rows if r.status is s) for s in RowStatus}
    return ImportPlan(plan_rows, encoding_note, counts)


def _cell(cells: tuple[str, ...], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].replace("\x00", "").strip()


def _check_row(
    number: int,
    cells: tuple[str, ...],
    o: ImportOptions,
    existing: set[str],
    seen: set[str],
    today: dt.date,
    discharged: Mapping[str, DischargedRecord],
) -> ImportRow:
    m = o.mapping
    problems: list[str] = []
    raw_chart = _cell(cells, m.get("chart_id"))
    chart_id = ""
    try:
        chart_id = validate_chart_id(raw_chart)
    except ValidationError as exc:
        problems.append(exc.message)
    full = clean_text(_cell(cells, m.get("full_name")))
    first = clean_text(_cell(cells, m.get("first_name")))
    last = clean_text(_cell(cells, m.get("last_name")))
    if not full:
        full = " ".join(p for p in (first, last) if p)
    preferred = (
        clean_text(_cell(cells, m.get("preferred_name"))) or first or (full.split() or [""])[0]
    )
    if not full:
        problems.append(QT_TR_NOOP("The name is missing."))
    dates: dict[str, dt.date | None] = {}
    for key in ("date_of_birth", "admitted_on", "expected_discharge"):
        label = FIELD_BY_KEY[key].label
        text = _cell(cells, m.get(key))
        if key == "admitted_on" and m.get(key) is None:
            dates[key] = o.default_admitted_on
            continue
        if not text:
            dates[key] = None
            if key == "admitted_on":
                problems.append(QT_TR_NOOP("The admission date is missing."))
            continue
        try:
            dates[key] = parse_date(text, label, o.date_order)
        except ValidationError as exc:
            problems.append(exc.message)
            dates[key] = None
    track = o.default_track
    try:
        track = parse_track(_cell(cells, m.get("track")), o.default_track)
    except ValidationError as exc:
        problems.append(exc.message)
    draft = None
    if not problems:
        admitted = dates["admitted_on"]
        assert admitted is not None
        try:
            draft = validate_draft(
                MemberDraft(
                    preferred,
                    full,
                    chart_id,
                    track,
                    o.default_phase,
                    admitted,
                    dates["date_of_birth"],
                    dates["expected_discharge"],
                ),
                today,
            )
        except ValidationError as exc:
            problems.append(exc.message)
    admitted_text = _cell(cells, m.get("admitted_on")) or (
        o.default_admitted_on.isoformat() if o.default_admitted_on else ""
    )
    status = RowStatus.ERROR
    if not problems and draft is not None:
        key = draft.chart_id.casefold()
        record = discharged.get(key)
        if record is not None and key in seen:
            status = RowStatus.REPEATED
        elif record is not None and draft.admitted_on > record.discharged_on:
            if clean_text(record.full_name).casefold() != draft.full_name.casefold():
                problems.append(
                    QT_TR_NOOP(
                        "Chart id {chart_id} belongs to a discharged member named {recorded}, "
                        "not {typed}: check the chart id.",
                        chart_id=draft.chart_id,
                        recorded=record.full_name,
                        typed=draft.full_name,
                    )
                )
            else:
                status = RowStatus.READMIT
                problems.append(
                    QT_TR_NOOP(
                        "Discharged {date}: tick to re-admit as a new episode of the same member.",
                        date=record.discharged_on.isoformat(),
                    )
                )
        elif key in existing:
            status = RowStatus.ALREADY_HERE
        elif key in seen:
            status = RowStatus.REPEATED
        else:
            status = RowStatus.NEW
        seen.add(key)
    return ImportRow(
        number,
        status,
        chart_id or raw_chart[:32],
        full[:80],
        admitted_text[:20],
        tuple(problems),
        draft,
    )
