"""Per-session documents: the group summary (INTERNAL) and the printable sign-in sheet (Qt-free).

The group summary is for the group's own file or a supervisor, never a member's chart: it names
everyone who attended, so every page is marked INTERNAL. The sign-in sheet is printed before
group: names, a signature column and time in / time out columns to fill by hand.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from iop_facilitator.export.note_content import us_date
from iop_facilitator.export.spec import PdfSpec


def _e(text: str) -> str:
    return html.escape(text, quote=False)


@dataclass(frozen=True)
class AttendanceLine:
    name: str
    chart_id: str
    status: str
    time_in: str
    time_out: str
    minutes: int
    note_state: str


@dataclass(frozen=True)
class GroupSummary:
    clinic_name: str
    program_name: str
    group_name: str
    date_of_service: dt.date
    session_time: str  # "09:00-12:00"
    modality: str
    location: str
    topic: str
    facilitator: str
    co_facilitator: str
    billing_code: str
    lines: tuple[AttendanceLine, ...]
    interventions: tuple[str, ...]
    group_process: str
    notice: str

    @property
    def attended(self) -> int:
        return sum(1 for line in self.lines if line.minutes > 0)

    @property
    def absent(self) -> int:
        return len(self.lines) - self.attended

    @property
    def total_minutes(self) -> int:
        return sum(line.minutes for line in self.lines)


def _letterhead(clinic: str, program: str) -> str:
    return " - ".join(p for p in (clinic, program) if p) or "Group"


def summary_html(s: GroupSummary) -> str:
    rows = "".join(
        f"<tr><td>{_e(x.name)}</td><td>{_e(x.chart_id)}</td><td>{_e(x.status)}</td>"
        f"<td>{_e(x.time_in)}</td><td>{_e(x.time_out)}</td>"
        f"<td align='right'>{x.minutes}</td><td>{_e(x.note_state)}</td></tr>"
        for x in s.lines
    )
    interventions = (
        "".join(f"<li>{_e(i)}</li>" for i in s.interventions) or "<li>(none recorded)</li>"
    )
    process = (
        "".join(f"<p>{_e(p)}</p>" for p in s.group_process.split("\n\n") if p.strip())
        or "<p>(none recorded)</p>"
    )
    facts = [
        ("Group", s.group_name),
        ("Date of service", us_date(s.date_of_service)),
        ("Time", s.session_time),
        ("Modality", s.modality),
        ("Location", s.location or "not recorded"),
        ("Topic", s.topic or "not recorded"),
        ("Facilitator", s.facilitator),
    ]
    if s.co_facilitator:
        facts.append(("Co-facilitator", s.co_facilitator))
    if s.billing_code:
        facts.append(("Billing code", s.billing_code))
    fact_rows = "".join(
        f"<tr><td width='30%'><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>" for k, v in facts
    )
    return (
        "<h2>Group summary (INTERNAL: not for a member's chart)</h2>"
        f"<table cellspacing='0' cellpadding='2' width='100%'>{fact_rows}</table>"
        "<h3>Attendance</h3>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        "<tr><th align='left'>Member</th><th align='left'>Chart ID</th><th align='left'>Status</th>"
        "<th align='left'>In</th><th align='left'>Out</th><th align='right'>Minutes</th>"
        "<th align='left'>Note</th></tr>"
        f"{rows}</table>"
        f"<p><b>Totals:</b> {len(s.lines)} on the roster, {s.attended} attended, "
        f"{s.absent} absent; "
        f"{s.total_minutes} member-minutes.</p>"
        f"<h3>Interventions</h3><ul>{interventions}</ul>"
        f"<h3>Group process</h3>{process}"
    )


def summary_spec(s: GroupSummary, paper_size: str) -> PdfSpec:
    return PdfSpec(
        title=f"Group summary {s.group_name} {s.date_of_service.isoformat()}",
        header_lines=(
            _letterhead(s.clinic_name, s.program_name),
            f"Group summary: {s.group_name}   Date of service: {us_date(s.date_of_service)}",
        ),
        body_html=summary_html(s),
        notice=s.notice,
        paper_size=paper_size,
        banner="INTERNAL",
    )


@dataclass(frozen=True)
class SignInSheet:
    clinic_name: str
    program_name: str
    group_name: str
    date_of_service: dt.date
    session_time: str
    location: str
    topic: str
    facilitator: str
    names: tuple[str, ...]
    blank_rows: int
    notice: str


def signin_html(s: SignInSheet) -> str:
    # A tall strut (a large non-breaking space) gives room for a handwritten signature.
    strut = "<span style='font-size:22pt'>&nbsp;</span>"
    row = f"<tr><td>{strut}{{}}</td><td></td><td></td><td></td></tr>"
    rows = "".join(row.format(_e(name)) for name in s.names) + row.format("") * s.blank_rows
    return (
        f"<h2>Sign-in sheet: {_e(s.group_name)}</h2>"
        f"<p>{_e(us_date(s.date_of_service))}, {_e(s.session_time)}"
        + (f", {_e(s.location)}" if s.location else "")
        + (f". Topic: {_e(s.topic)}" if s.topic else "")
        + f". Facilitator: {_e(s.facilitator)}.</p>"
        "<table border='1' cellspacing='0' cellpadding='12' width='100%'>"
        "<tr><th width='34%' align='left'>Name</th><th width='36%' align='left'>Signature</th>"
        "<th width='15%' align='left'>Time in</th><th width='15%' align='left'>Time out</th></tr>"
        f"{rows}</table>"
    )


def signin_spec(s: SignInSheet, paper_size: str) -> PdfSpec:
    return PdfSpec(
        title=f"Sign-in sheet {s.group_name} {s.date_of_service.isoformat()}",
        header_lines=(
            _letterhead(s.clinic_name, s.program_name),
            f"Sign-in sheet: {s.group_name}   Date of service: {us_date(s.date_of_service)}",
        ),
        body_html=signin_html(s),
        notice=s.notice,
        paper_size=paper_size,
    )
