"""A member's chart note as exported: its structure, its plain text and its PDF content (Qt-free).

The structure (`NoteDocument`) is filled by services/exports.py from the record; this module
only lays it out. Plain text is for pasting into an EHR's note field: lines of at most
`TEXT_WIDTH` characters, section labels in CAPITALS followed by a colon (they survive any
paste, unlike bold or headings), no tabs, and the redisclosure notice at the end.
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap
from dataclasses import dataclass

from iop_facilitator.export.spec import PdfSpec

TEXT_WIDTH = 76


def us_date(day: dt.date) -> str:
    return day.strftime("%m/%d/%Y")


def stamp(iso: str | None) -> str:
    """'2026-11-23T12:05:00-05:00' -> '11/23/2026 12:05'."""
    if not iso:
        return ""
    try:
        return dt.datetime.fromisoformat(iso).strftime("%m/%d/%Y %H:%M")
    except ValueError:
        return iso


@dataclass(frozen=True)
class Signature:
    role: str  # "Signed" or "Co-signed"
    signer: str  # "Name, CREDENTIALS"
    at: str  # ISO timestamp
    content_hash: str

    @property
    def line(self) -> str:
        return f"{self.role} by {self.signer} on {stamp(self.at)}"


@dataclass(frozen=True)
class AddendumEntry:
    at: str
    author: str
    text: str
    late: bool

    @property
    def label(self) -> str:
        kind = "LATE ENTRY - Addendum" if self.late else "Addendum"
        return f"{kind} {stamp(self.at)} by {self.author}"


@dataclass(frozen=True)
class NoteDocument:
    """Everything a chartable group note shows (CLINICAL.md), for one member and one session."""

    clinic_name: str
    program_name: str
    member_name: str
    chart_id: str
    date_of_birth: str | None  # only when the clinic turned it on
    date_of_service: dt.date
    group_name: str
    service_type: str
    billing_code: str
    session_start: str  # "09:00"
    session_stop: str
    member_start: str  # the member's own time in (arrival, else the start)
    member_stop: str
    minutes: int
    attendance: str
    modality: str
    location: str
    topic: str
    participants: int
    facilitator: str
    co_facilitator: str
    format_name: str
    sections: tuple[tuple[str, str], ...]  # (title, text) in the format's order
    details: tuple[tuple[str, str], ...]  # participation, risk, stage of change, goal, plan...
    signatures: tuple[Signature, ...]
    addenda: tuple[AddendumEntry, ...]
    notice: str
    draft: bool

    @property
    def format_key(self) -> str:
        return self.format_name.split(" ", 1)[0]

    def facts(self) -> list[tuple[str, str]]:
        """The service facts, label and value, in the order a reviewer reads them."""
        rows = [
            ("Date of service", us_date(self.date_of_service)),
            (
                "Service type",
                self.service_type + (f" ({self.billing_code})" if self.billing_code else ""),
            ),
            ("Group", self.group_name),
            ("Session time", f"{self.session_start}-{self.session_stop}"),
            (
                "Member's time",
                f"{self.member_start}-{self.member_stop}" if self.minutes else "did not attend",
            ),
            ("Minutes attended", str(self.minutes)),
            ("Attendance", self.attendance),
            ("Modality", self.modality),
            ("Location", self.location or "not recorded"),
            ("Topic", self.topic or "not recorded"),
            ("Participants", str(self.participants)),
            ("Facilitator", self.facilitator),
        ]
        if self.co_facilitator:
            rows.append(("Co-facilitator", self.co_facilitator))
        rows.append(("Note format", self.format_name))
        return rows

    def identity(self) -> str:
        parts = [f"Member: {self.member_name}", f"Chart ID: {self.chart_id}"]
        if self.date_of_birth:
            parts.append(f"DOB: {self.date_of_birth}")
        parts.append(f"Date of service: {us_date(self.date_of_service)}")
        return "   ".join(parts)

    def letterhead(self) -> str:
        return " - ".join(p for p in (self.clinic_name, self.program_name) if p) or "Group note"


# -- plain text --------------------------------------------------------------------------------


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    lines: list[str] = []
    for paragraph in (
        text.replace("\t", "    ").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ):
        if not paragraph.strip():
            lines.append("")
            continue
        lines.extend(
            textwrap.wrap(
                paragraph,
                width,
                initial_indent=indent,
                subsequent_indent=indent,
                break_long_words=True,
                break_on_hyphens=False,
            )
            or [""]
        )
    return lines


def _labelled(label: str, value: str, width: int) -> list[str]:
    head = f"{label.upper()}: "
    if len(head) + len(value) <= width and "\n" not in value:
        return [head + value]
    return [head.rstrip(), *_wrap(value, width, "  ")]


def to_text(doc: NoteDocument, width: int = TEXT_WIDTH) -> str:
    """The note as plain text, every line at most `width` characters."""
    rule = "-" * width
    out: list[str] = []
    if doc.draft:
        out += _wrap("DRAFT - NOT SIGNED - NOT FOR THE CHART", width)
    out += _wrap(doc.letterhead(), width)
    out += _wrap(f"GROUP NOTE ({doc.format_key})", width)
    out.append(rule)
    out += _labelled("Member", doc.member_name, width)
    out += _labelled("Chart ID", doc.chart_id, width)
    if doc.date_of_birth:
        out += _labelled("Date of birth", doc.date_of_birth, width)
    for label, value in doc.facts():
        out += _labelled(label, value, width)
    out.append(rule)
    for title, text in doc.sections:
        out.append(f"{title.upper()}:")
        out += _wrap(text.strip() or "(none)", width, "  ")
        out.append("")
    for label, value in doc.details:
        out += _labelled(label, value, width)
    out.append(rule)
    if doc.signatures:
        for signature in doc.signatures:
            out += _wrap(signature.line, width)
        out += _wrap(f"Content hash (SHA-256): {doc.signatures[0].content_hash}", width)
    else:
        out += _wrap("NOT SIGNED", width)
    for addendum in doc.addenda:
        out.append("")
        out += _wrap(addendum.label.upper() if addendum.late else addendum.label, width)
        out += _wrap(addendum.text, width, "  ")
    out.append(rule)
    out += _wrap(doc.notice, width)
    return "\n".join(line.rstrip() for line in out) + "\n"


# -- PDF content -------------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _paragraphs(text: str) -> str:
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n")]
    return (
        "".join(f"<p>{_e(b).replace(chr(10), '<br/>')}</p>" for b in blocks if b.strip())
        or "<p>(none)</p>"
    )


def to_html(doc: NoteDocument) -> str:
    facts = "".join(
        f"<tr><td width='32%'><b>{_e(label)}</b></td><td>{_e(value)}</td></tr>"
        for label, value in doc.facts()
    )
    parts = [
        f"<h2>Group note ({_e(doc.format_key)})</h2>",
        "<table border='0' cellspacing='0' cellpadding='2' width='100%'>",
        f"<tr><td width='32%'><b>Member</b></td><td>{_e(doc.member_name)}</td></tr>",
        f"<tr><td width='32%'><b>Chart ID</b></td><td>{_e(doc.chart_id)}</td></tr>",
    ]
    if doc.date_of_birth:
        parts.append(f"<tr><td><b>Date of birth</b></td><td>{_e(doc.date_of_birth)}</td></tr>")
    parts.append(facts + "</table>")
    for title, text in doc.sections:
        parts.append(f"<h3>{_e(title)}</h3>{_paragraphs(text)}")
    if doc.details:
        parts.append(
            "<h3>Clinical details</h3>"
            "<table border='0' cellspacing='0' cellpadding='2' width='100%'>"
        )
        parts += [
            f"<tr><td width='32%'><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>" for k, v in doc.details
        ]
        parts.append("</table>")
    parts.append("<h3>Signature</h3>")
    if doc.signatures:
        parts += [f"<p><b>{_e(s.line)}</b></p>" for s in doc.signatures]
        parts.append(
            f"<p><small>Content hash (SHA-256): {_e(doc.signatures[0].content_hash)}</small></p>"
        )
    else:
        parts.append("<p><b>NOT SIGNED: draft, not for the chart.</b></p>")
    if doc.addenda:
        parts.append("<h3>Addenda</h3>")
        for addendum in doc.addenda:
            parts.append(f"<p><b>{_e(addendum.label)}</b></p>{_paragraphs(addendum.text)}")
    return "".join(parts)


def pdf_spec(doc: NoteDocument, paper_size: str) -> PdfSpec:
    return PdfSpec(
        title=f"Group note {doc.chart_id} {doc.date_of_service.isoformat()}",
        header_lines=(doc.letterhead(), doc.identity()),
        body_html=to_html(doc),
        notice=doc.notice,
        paper_size=paper_size,
        watermark="DRAFT" if doc.draft else "",
    )
