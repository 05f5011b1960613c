"""Members: the record, and the rules a new or edited member must pass before it is saved."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from iop_facilitator.domain.dates import week_bounds
from iop_facilitator.domain.enums import DischargeReason, MemberStatus, Phase, Track
from iop_facilitator.domain.ids import MemberId
from iop_facilitator.errors import ValidationError
from iop_facilitator.texts import QT_TR_NOOP

CHART_ID_MAX = 32
NAME_MAX = 120
NOTE_MAX = 2000
_CHART_ID = re.compile(r"^[A-Za-z0-9_-]+$")
ADULT_WEEKLY_HOURS = 9
ADOLESCENT_WEEKLY_HOURS = 6


@dataclass(frozen=True)
class Member:
    id: MemberId
    preferred_name: str
    full_name: str
    chart_id: str
    date_of_birth: dt.date | None
    track: Track
    phase: Phase
    admitted_on: dt.date
    expected_discharge: dt.date | None
    discharged_on: dt.date | None
    discharge_reason: DischargeReason | None
    status: MemberStatus
    facilitator_note: str

    @property
    def display(self) -> str:
        return f"{self.preferred_name} ({self.chart_id})"


@dataclass(frozen=True)
class MemberDraft:
    """What a person typed (or a CSV row held) for a member, before it has an id."""

    preferred_name: str
    full_name: str
    chart_id: str
    track: Track
    phase: Phase
    admitted_on: dt.date
    date_of_birth: dt.date | None = None
    expected_discharge: dt.date | None = None
    facilitator_note: str = ""


def clean_text(value: str) -> str:
    """Collapse runs of whitespace and drop control characters (NUL included)."""
    return " ".join("".join(c if c.isprintable() else " " for c in value).split())


def validate_chart_id(value: str) -> str:
    """The EHR's number: letters, digits, '-' and '_' only, 1 to 32 characters."""
    chart_id = value.strip()
    if not chart_id:
        raise ValidationError(
            QT_TR_NOOP("The chart id is missing."),
            "chart_id",
            QT_TR_NOOP("Enter the member's number from the EHR."),
        )
    if len(chart_id) > CHART_ID_MAX:
        raise ValidationError(
            QT_TR_NOOP(
                "The chart id is {n} characters long; at most {limit} fit.",
                n=len(chart_id),
                limit=CHART_ID_MAX,
            ),
            "chart_id",
            QT_TR_NOOP("Check that only the EHR number was pasted."),
        )
    if not _CHART_ID.match(chart_id):
        raise ValidationError(
            QT_TR_NOOP("The chart id may hold only letters, digits, '-' and '_'."),
            "chart_id",
            QT_TR_NOOP("Remove spaces and other signs, e.g. MRN-20417."),
        )
    return chart_id


def validate_draft(draft: MemberDraft, today: dt.date) -> MemberDraft:
    """A cleaned copy of `draft`, or ValidationError saying what to fix.

    Chart id uniqueness is checked by the service against the store."""
    preferred = clean_text(draft.preferred_name)
    full = clean_text(draft.full_name)
    if not full:
        raise ValidationError(
            QT_TR_NOOP("The full name is missing."),
            "full_name",
            QT_TR_NOOP("Enter the name from the chart."),
        )
    if not preferred:
        preferred = full.split()[0]
    too_long = (
        (QT_TR_NOOP("The preferred name is longer than {n} characters.", n=NAME_MAX), "preferred"),
        (QT_TR_NOOP("The full name is longer than {n} characters.", n=NAME_MAX), "full"),
    )
    for (message, label), value in zip(too_long, (preferred, full), strict=True):
        if len(value) > NAME_MAX:
            raise ValidationError(message, f"{label}_name", QT_TR_NOOP("Shorten it."))
    note = draft.facilitator_note.replace("\x00", "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(
            QT_TR_NOOP("The facilitator note is longer than {n} characters.", n=NOTE_MAX),
            "facilitator_note",
            QT_TR_NOOP(
                "Keep it short: accommodations, pronouns. Clinical content belongs in notes."
            ),
        )
    check_admission_dates(draft.admitted_on, draft.date_of_birth, draft.expected_discharge, today)
    return MemberDraft(
        preferred,
        full,
        validate_chart_id(draft.chart_id),
        Track(draft.track),
        Phase(draft.phase),
        draft.admitted_on,
        draft.date_of_birth,
        draft.expected_discharge,
        note,
    )


def check_admission_dates(
    admitted_on: dt.date,
    date_of_birth: dt.date | None,
    expected_discharge: dt.date | None,
    today: dt.date,
) -> None:
    if admitted_on > today:
        raise ValidationError(
            QT_TR_NOOP("The admission date {date} is in the future.", date=admitted_on.isoformat()),
            "admitted_on",
            QT_TR_NOOP("Admit the member on the day they start."),
        )
    if date_of_birth is not None:
        if date_of_birth >= admitted_on:
            raise ValidationError(
                QT_TR_NOOP("The date of birth is not before the admission date."),
                "date_of_birth",
                QT_TR_NOOP("Check the date of birth."),
            )
        if admitted_on.year - date_of_birth.year > 120:
            raise ValidationError(
                QT_TR_NOOP("The date of birth is more than 120 years before admission."),
                "date_of_birth",
                QT_TR_NOOP("Check the year."),
            )
    if expected_discharge is not None and expected_discharge < admitted_on:
        raise ValidationError(
            QT_TR_NOOP("The expected discharge date is before the admission date."),
            "expected_discharge",
            QT_TR_NOOP("Choose a date on or after admission, or leave it empty."),
        )


def check_discharge(member: Member, discharged_on: dt.date, today: dt.date) -> None:
    if member.status is MemberStatus.DISCHARGED:
        raise ValidationError(
            QT_TR_NOOP("{name} is already discharged.", name=member.preferred_name),
            "discharged_on",
            QT_TR_NOOP("Nothing to do; re-admit them as a new episode if they return."),
        )
    if discharged_on < member.admitted_on:
        raise ValidationError(
            QT_TR_NOOP(
                "The discharge date {date} is before the admission date {admitted}.",
                date=discharged_on.isoformat(),
                admitted=member.admitted_on.isoformat(),
            ),
            "discharged_on",
            QT_TR_NOOP("Choose a date on or after admission."),
        )
    if discharged_on > today:
        raise ValidationError(
            QT_TR_NOOP("The discharge date is in the future."),
            "discharged_on",
            QT_TR_NOOP("Record the discharge on the day it happens."),
        )


@dataclass(frozen=True)
class Episode:
    """One admission episode: a member discharged and later re-admitted has several."""

    admitted_on: dt.date
    discharged_on: dt.date | None = None
    discharge_reason: DischargeReason | None = None

    def covers(self, day: dt.date) -> bool:
        return self.admitted_on <= day and (self.discharged_on is None or day <= self.discharged_on)


def short_name(preferred_name: str, full_name: str) -> str:
    """'Dana R.': the preferred name and the initial of the last word of the full name."""
    words = full_name.split()
    first = preferred_name.strip() or (words[0] if words else "")
    if len(words) > 1 and words[-1][:1].isalpha():
        return f"{first} {words[-1][0].upper()}."
    return first


def identity_differences(member: Member, draft: MemberDraft) -> tuple[str, ...]:
    """What a re-admission draft says about who the person is that the record does not.

    A chart id typed one digit wrong would otherwise re-admit (and later chart notes for) the
    wrong person; the Admit dialog and the import preview show these before anything is saved."""
    found: list[str] = []
    typed = clean_text(draft.full_name)
    if typed and typed.casefold() != clean_text(member.full_name).casefold():
        found.append(
            QT_TR_NOOP(
                "the name typed ({typed}) is not the name on record ({recorded})",
                typed=typed,
                recorded=member.full_name,
            )
        )
    if (
        draft.date_of_birth is not None
        and member.date_of_birth is not None
        and draft.date_of_birth != member.date_of_birth
    ):
        found.append(
            QT_TR_NOOP(
                "the date of birth typed ({typed}) is not the one on record ({recorded})",
                typed=draft.date_of_birth.isoformat(),
                recorded=member.date_of_birth.isoformat(),
            )
        )
    return tuple(found)


def check_readmission(member: Member, admitted_on: dt.date, today: dt.date) -> None:
    """A re-admission opens a new episode: only for a discharged member, after their discharge."""
    if member.status is not MemberStatus.DISCHARGED or member.discharged_on is None:
        raise ValidationError(
            QT_TR_NOOP(
                "{name} is not discharged.",
                name=short_name(member.preferred_name, member.full_name),
            ),
            "admitted_on",
            QT_TR_NOOP(
                "Only a discharged member can be re-admitted; use Move to change their group."
            ),
        )
    if admitted_on <= member.discharged_on:
        raise ValidationError(
            QT_TR_NOOP(
                "The re-admission date {date} is not after the discharge date {discharged}.",
                date=admitted_on.isoformat(),
                discharged=member.discharged_on.isoformat(),
            ),
            "admitted_on",
            QT_TR_NOOP("Choose the day they start again, after their last day."),
        )
    if admitted_on > today:
        raise ValidationError(
            QT_TR_NOOP("The admission date {date} is in the future.", date=admitted_on.isoformat()),
            "admitted_on",
            QT_TR_NOOP("Admit the member on the day they start."),
        )


def weekly_target_minutes(track: Track) -> int:
    """ASAM level 2.1: at least 9 hours a week for adults, 6 for adolescents (CLINICAL.md)."""
    hours = ADOLESCENT_WEEKLY_HOURS if track is Track.ADOLESCENT else ADULT_WEEKLY_HOURS
    return hours * 60


def days_in_program(admitted_on: dt.date, discharged_on: dt.date | None, today: dt.date) -> int:
    """Calendar days from admission to discharge (or today), both ends counted; 0 if not started."""
    end = min(discharged_on, today) if discharged_on else today
    return max(0, (end - admitted_on).days + 1)


def this_week(today: dt.date) -> tuple[dt.date, dt.date]:
    return week_bounds(today)


def format_minutes(minutes: int) -> str:
    """'7 h 30 min', '9 h', '45 min'."""
    hours, rest = divmod(max(0, minutes), 60)
    if hours and rest:
        return f"{hours} h {rest:02d} min"
    return f"{hours} h" if hours else f"{rest} min"
