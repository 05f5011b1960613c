"""Report content as plain tables (Qt-free): shown on screen, written as CSV, laid out in a PDF.

Every exported file starts with the clinic's 42 CFR Part 2 notice (the `redisclosure_notice`
setting). Files are written atomically: a temporary file in the same folder, flushed to disk,
then renamed over the target, so a crash never leaves half a report.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from iop_facilitator.domain.reports import fmt_hours
from iop_facilitator.errors import ExportFailed
from iop_facilitator.services.report_group import GroupReport, ProgramReport
from iop_facilitator.storage import files
from iop_facilitator.texts import QT_TR_NOOP, On


@dataclass(frozen=True)
class Section:
    heading: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str = "None."


@dataclass(frozen=True)
class ReportDocument:
    title: str
    subtitle: str
    summary: tuple[str, ...]
    sections: tuple[Section, ...] = field(default=())


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def group_document(report: GroupReport) -> ReportDocument:
    target = report.target_hours
    weeks = tuple(
        (
            f"{w.week:%Y-%m-%d}",
            str(w.sessions),
            str(w.attended),
            str(w.marked),
            _pct(w.rate),
            f"{w.hours_per_member:g}",
        )
        for w in report.weeks
    )
    below = tuple(
        (
            b.preferred_name,
            b.full_name,
            f"{b.weeks_below} of {b.weeks_counted}",
            f"{b.average_hours:g}",
            f"{b.lowest_hours:g}",
            f"{b.target_hours:g}",
        )
        for b in report.below_target
    )
    coverage = tuple(
        (c.title, c.series, f"{c.had} of {report.roster_size}") for c in report.coverage
    )
    safety = tuple((f"{e.date:%Y-%m-%d}", e.preferred_name, e.what) for e in report.safety)
    attended = sum(w.attended for w in report.weeks)
    marked = sum(w.marked for w in report.weeks)
    summary = (
        QT_TR_NOOP(
            "Attendance rate {rate} ({attended} of {marked} marked attendances).",
            rate=_pct(report.attendance_rate),
            attended=attended,
            marked=marked,
        ),
        QT_TR_NOOP(
            "Average {hours} hours per member per week in this group "
            "(target {target} h a week across groups).",
            hours=f"{report.average_hours_per_member:g}",
            target=f"{target:g}",
        ),
        QT_TR_NOOP(
            "{n} members below {target} h in at least one full week.",
            n=len(report.below_target),
            target=f"{target:g}",
        ),
        QT_TR_NOOP(
            "Topic coverage of the current roster ({n} members): {rate}.",
            n=report.roster_size,
            rate=_pct(report.coverage_rate),
        ),
        QT_TR_NOOP("{n} safety flags or risks noted.", n=len(report.safety)),
    )
    return ReportDocument(
        f"Group report: {report.group_name}",
        f"{report.start:%m/%d/%Y} to {report.end:%m/%d/%Y}",
        summary,
        (
            Section(
                "Attendance by week",
                ("Week of", "Sessions", "Attended", "Marked", "Rate", "Hours per member"),
                weeks,
            ),
            Section(
                "Members below target (full weeks enrolled)",
                ("Member", "Full name", "Weeks below", "Average h", "Lowest h", "Target h"),
                below,
                "Nobody was below target in a full week.",
            ),
            Section(
                "Topic coverage of the current roster", ("Topic", "Series", "Had it"), coverage
            ),
            Section(
                "Safety flags", ("Date", "Member", "What"), safety, "No safety flags in this range."
            ),
        ),
    )


def program_document(report: ProgramReport) -> ReportDocument:
    groups = tuple(
        (g.name, str(g.sessions), str(g.members), _pct(g.rate), fmt_hours(g.minutes))
        for g in report.groups
    )
    weeks = tuple(
        (f"{w.week:%Y-%m-%d}", str(w.sessions), str(w.attended), str(w.marked), _pct(w.rate))
        for w in report.weeks
    )
    discharges = tuple((reason.label, str(n)) for reason, n in report.discharges)
    unsigned = tuple(
        (f.facilitator, str(f.sessions), str(f.unsigned), str(f.overdue)) for f in report.unsigned
    )
    summary = (
        QT_TR_NOOP(
            "Census: {admissions} admissions, {discharges} discharges, {active} active on {date}.",
            admissions=report.admissions,
            discharges=report.discharged,
            active=report.active,
            date=On(report.end),
        ),
        QT_TR_NOOP("Attendance rate across groups {rate}.", rate=_pct(report.attendance_rate)),
        QT_TR_NOOP(
            "Unsigned member notes now: {unsigned} ({overdue} overdue).",
            unsigned=sum(f.unsigned for f in report.unsigned),
            overdue=sum(f.overdue for f in report.unsigned),
        ),
    )
    return ReportDocument(
        "Program report",
        f"{report.start:%m/%d/%Y} to {report.end:%m/%d/%Y}",
        summary,
        (
            Section(
                "Groups",
                ("Group", "Sessions held", "Members", "Attendance rate", "Hours attended"),
                groups,
            ),
            Section(
                "Attendance by week", ("Week of", "Sessions", "Attended", "Marked", "Rate"), weeks
            ),
            Section(
                "Discharges by reason",
                ("Reason", "Members"),
                discharges,
                "No discharges in this range.",
            ),
            Section(
                "Unsigned notes by facilitator (now)",
                ("Facilitator", "Sessions", "Unsigned", "Overdue"),
                unsigned,
                "All notes are signed.",
            ),
        ),
    )


def csv_text(document: ReportDocument, notice: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([notice])
    writer.writerow([document.title, document.subtitle])
    for line in document.summary:
        writer.writerow([line])
    for section in document.sections:
        writer.writerow([])
        writer.writerow([section.heading])
        writer.writerow(section.header)
        writer.writerows(section.rows or ((section.empty,),))
    return out.getvalue()


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` all at once (replacing it); `ExportFailed` in plain words."""
    files.write_atomic(path, data, QT_TR_NOOP("the report"), ExportFailed)


def write_csv(path: Path, document: ReportDocument, notice: str) -> None:
    # UTF-8 with a byte order mark so spreadsheet programs read accents and dashes correctly.
    write_atomic(path, csv_text(document, notice).encode("utf-8-sig"))
