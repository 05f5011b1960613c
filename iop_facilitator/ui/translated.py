"""Translated display labels for the domain's enums and fixed lists (the domain stays Qt-free).
Dates and times for the user's locale are in ui/formatting.py.

`label(member)` gives the screen text for any LabelledEnum member (or RowStatus, ImportField key,
weekday number); a value with no entry here falls back to the domain's English label. The
English texts are listed with QT_TRANSLATE_NOOP so lupdate collects them under "EnumLabels".
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "EnumLabels"

# (enum class name, value) -> English label; the domain labels, copied so lupdate can see them.
_LABELS: dict[tuple[str, str], str] = {
    ("Track", "substance_use"): QT_TRANSLATE_NOOP("EnumLabels", "Substance use"),
    ("Track", "mental_health"): QT_TRANSLATE_NOOP("EnumLabels", "Mental health"),
    ("Track", "co_occurring"): QT_TRANSLATE_NOOP("EnumLabels", "Co-occurring"),
    ("Track", "adolescent"): QT_TRANSLATE_NOOP("EnumLabels", "Adolescent"),
    ("Phase", "engagement"): QT_TRANSLATE_NOOP("EnumLabels", "Treatment engagement"),
    ("Phase", "early_recovery"): QT_TRANSLATE_NOOP("EnumLabels", "Early recovery"),
    ("Phase", "maintenance"): QT_TRANSLATE_NOOP("EnumLabels", "Maintenance"),
    ("Phase", "community_integration"): QT_TRANSLATE_NOOP("EnumLabels", "Community integration"),
    ("MemberStatus", "active"): QT_TRANSLATE_NOOP("EnumLabels", "Active"),
    ("MemberStatus", "on_hold"): QT_TRANSLATE_NOOP("EnumLabels", "On hold"),
    ("MemberStatus", "discharged"): QT_TRANSLATE_NOOP("EnumLabels", "Discharged"),
    ("DischargeReason", "completed"): QT_TRANSLATE_NOOP("EnumLabels", "Completed program"),
    ("DischargeReason", "transferred"): QT_TRANSLATE_NOOP("EnumLabels", "Transferred"),
    ("DischargeReason", "stepped_up"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Stepped up to a higher level of care"
    ),
    ("DischargeReason", "stepped_down"): QT_TRANSLATE_NOOP(
        "EnumLabels", "Stepped down to a lower level of care"
    ),
    ("DischargeReason", "against_advice"): QT_TRANSLATE_NOOP("EnumLabels", "Left against advice"),
    ("DischargeReason", "administrative"): QT_TRANSLATE_NOOP("EnumLabels", "Administrative"),
    ("DischargeReason", "other"): QT_TRANSLATE_NOOP("EnumLabels", "Other"),
    ("AttendanceStatus", "present"): QT_TRANSLATE_NOOP("EnumLabels", "Present"),
    ("AttendanceStatus", "late"): QT_TRANSLATE_NOOP("EnumLabels", "Late"),
    ("AttendanceStatus", "left_early"): QT_TRANSLATE_NOOP("EnumLabels", "Left early"),
    ("AttendanceStatus", "absent_excused"): QT_TRANSLATE_NOOP("EnumLabels", "Absent, excused"),
    ("AttendanceStatus", "absent_unexcused"): QT_TRANSLATE_NOOP("EnumLabels", "Absent, unexcused"),
    ("AttendanceStatus", "telehealth"): QT_TRANSLATE_NOOP("EnumLabels", "Telehealth"),
    ("StageOfChange", "precontemplation"): QT_TRANSLATE_NOOP("EnumLabels", "Precontemplation"),
    ("StageOfChange", "contemplation"): QT_TRANSLATE_NOOP("EnumLabels", "Contemplation"),
    ("StageOfChange", "preparation"): QT_TRANSLATE_NOOP("EnumLabels", "Preparation"),
    ("StageOfChange", "action"): QT_TRANSLATE_NOOP("EnumLabels", "Action"),
    ("StageOfChange", "maintenance"): QT_TRANSLATE_NOOP("EnumLabels", "Maintenance"),
    ("StageOfChange", "recurrence"): QT_TRANSLATE_NOOP("EnumLabels", "Recurrence"),
    ("GroupModel", "psychoeducational"): QT_TRANSLATE_NOOP("EnumLabels", "Psychoeducational"),
    ("GroupModel", "skills"): QT_TRANSLATE_NOOP("EnumLabels", "Skills"),
    ("GroupModel", "cbt"): QT_TRANSLATE_NOOP("EnumLabels", "CBT"),
    ("GroupModel", "support"): QT_TRANSLATE_NOOP("EnumLabels", "Support"),
    ("GroupModel", "process"): QT_TRANSLATE_NOOP("EnumLabels", "Process"),
    ("RowStatus", "new"): QT_TRANSLATE_NOOP("EnumLabels", "New: will be imported"),
    ("RowStatus", "readmit"): QT_TRANSLATE_NOOP("EnumLabels", "Discharged here: tick to re-admit"),
    ("RowStatus", "already_here"): QT_TRANSLATE_NOOP("EnumLabels", "Already in the app: skipped"),
    ("RowStatus", "repeated"): QT_TRANSLATE_NOOP("EnumLabels", "Repeated in this file: skipped"),
    ("RowStatus", "error"): QT_TRANSLATE_NOOP("EnumLabels", "Problem: not imported"),
}

# Columns the member import can read (domain.member_csv.FIELDS), by key.
_FIELD_LABELS: dict[str, str] = {
    "chart_id": QT_TRANSLATE_NOOP("EnumLabels", "Chart id"),
    "full_name": QT_TRANSLATE_NOOP("EnumLabels", "Full name"),
    "first_name": QT_TRANSLATE_NOOP("EnumLabels", "First name"),
    "last_name": QT_TRANSLATE_NOOP("EnumLabels", "Last name"),
    "preferred_name": QT_TRANSLATE_NOOP("EnumLabels", "Preferred name"),
    "date_of_birth": QT_TRANSLATE_NOOP("EnumLabels", "Date of birth"),
    "admitted_on": QT_TRANSLATE_NOOP("EnumLabels", "Admission date"),
    "expected_discharge": QT_TRANSLATE_NOOP("EnumLabels", "Expected discharge"),
    "track": QT_TRANSLATE_NOOP("EnumLabels", "Track"),
}


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(member: Enum) -> str:
    """The translated label of an enum member (its domain label if it has no entry here)."""
    english = _LABELS.get((type(member).__name__, str(member.value)))
    if english is None:
        return str(getattr(member, "label", member.value))
    return translate(english)


def choices(enum_class: type[Enum]) -> list[tuple[str, str]]:
    """(value, translated label) pairs in declaration order, like LabelledEnum.choices()."""
    return [(str(m.value), label(m)) for m in enum_class]


def field_label(key: str, english: str) -> str:
    """The translated name of a member-import column."""
    return translate(_FIELD_LABELS[key]) if key in _FIELD_LABELS else english
