"""Display words for the core's statuses and choices, in the UI's language.

The Qt-free core keeps English labels (`LabelledEnum.label`); the screens show `label(member)`.
Every label is listed here so `make translations` finds it (context "Labels").
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from iop_facilitator.domain.enums import LabelledEnum
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

KNOWN = frozenset(
    {
        # AttendanceStatus
        QT_TRANSLATE_NOOP("Labels", "Present"),
        QT_TRANSLATE_NOOP("Labels", "Late"),
        QT_TRANSLATE_NOOP("Labels", "Left early"),
        QT_TRANSLATE_NOOP("Labels", "Absent, excused"),
        QT_TRANSLATE_NOOP("Labels", "Absent, unexcused"),
        QT_TRANSLATE_NOOP("Labels", "Telehealth"),
        # DischargeReason
        QT_TRANSLATE_NOOP("Labels", "Completed program"),
        QT_TRANSLATE_NOOP("Labels", "Transferred"),
        QT_TRANSLATE_NOOP("Labels", "Stepped up to a higher level of care"),
        QT_TRANSLATE_NOOP("Labels", "Stepped down to a lower level of care"),
        QT_TRANSLATE_NOOP("Labels", "Left against advice"),
        QT_TRANSLATE_NOOP("Labels", "Administrative"),
        QT_TRANSLATE_NOOP("Labels", "Other"),
        # DrugScreen
        QT_TRANSLATE_NOOP("Labels", "Not collected"),
        QT_TRANSLATE_NOOP("Labels", "Negative"),
        QT_TRANSLATE_NOOP("Labels", "Positive"),
        QT_TRANSLATE_NOOP("Labels", "Refused"),
        # MemberStatus
        QT_TRANSLATE_NOOP("Labels", "Active"),
        QT_TRANSLATE_NOOP("Labels", "On hold"),
        QT_TRANSLATE_NOOP("Labels", "Discharged"),
        # Modality
        QT_TRANSLATE_NOOP("Labels", "In person"),
        QT_TRANSLATE_NOOP("Labels", "Telehealth"),
        QT_TRANSLATE_NOOP("Labels", "Hybrid"),
        # NoteStatus
        QT_TRANSLATE_NOOP("Labels", "Empty"),
        QT_TRANSLATE_NOOP("Labels", "Draft"),
        QT_TRANSLATE_NOOP("Labels", "Ready to sign"),
        QT_TRANSLATE_NOOP("Labels", "Signed"),
        # Phase
        QT_TRANSLATE_NOOP("Labels", "Treatment engagement"),
        QT_TRANSLATE_NOOP("Labels", "Early recovery"),
        QT_TRANSLATE_NOOP("Labels", "Maintenance"),
        QT_TRANSLATE_NOOP("Labels", "Community integration"),
        # Risk
        QT_TRANSLATE_NOOP("Labels", "None reported"),
        QT_TRANSLATE_NOOP("Labels", "Ideation"),
        QT_TRANSLATE_NOOP("Labels", "Threat"),
        QT_TRANSLATE_NOOP("Labels", "Plan"),
        QT_TRANSLATE_NOOP("Labels", "Gesture"),
        QT_TRANSLATE_NOOP("Labels", "Attempt"),
        # SessionStatus
        QT_TRANSLATE_NOOP("Labels", "Planned"),
        QT_TRANSLATE_NOOP("Labels", "Running"),
        QT_TRANSLATE_NOOP("Labels", "Ended"),
        QT_TRANSLATE_NOOP("Labels", "Notes signed"),
        # StageOfChange
        QT_TRANSLATE_NOOP("Labels", "Precontemplation"),
        QT_TRANSLATE_NOOP("Labels", "Contemplation"),
        QT_TRANSLATE_NOOP("Labels", "Preparation"),
        QT_TRANSLATE_NOOP("Labels", "Action"),
        QT_TRANSLATE_NOOP("Labels", "Maintenance"),
        QT_TRANSLATE_NOOP("Labels", "Recurrence"),
        # TopicOrigin
        QT_TRANSLATE_NOOP("Labels", "Built-in"),
        QT_TRANSLATE_NOOP("Labels", "Clinic"),
        # Track
        QT_TRANSLATE_NOOP("Labels", "Substance use"),
        QT_TRANSLATE_NOOP("Labels", "Mental health"),
        QT_TRANSLATE_NOOP("Labels", "Co-occurring"),
        QT_TRANSLATE_NOOP("Labels", "Adolescent"),
        # UseSinceLast
        QT_TRANSLATE_NOOP("Labels", "No"),
        QT_TRANSLATE_NOOP("Labels", "Yes"),
        QT_TRANSLATE_NOOP("Labels", "Declined to say"),
        # Level
        QT_TRANSLATE_NOOP("Labels", "Note"),
        QT_TRANSLATE_NOOP("Labels", "On time"),
        QT_TRANSLATE_NOOP("Labels", "Warning"),
        QT_TRANSLATE_NOOP("Labels", "Alert"),
        # TodayStatus
        QT_TRANSLATE_NOOP("Labels", "Upcoming"),
        QT_TRANSLATE_NOOP("Labels", "Running"),
        QT_TRANSLATE_NOOP("Labels", "Notes unsigned"),
        QT_TRANSLATE_NOOP("Labels", "Ended, notes signed"),
        # WatchKind
        QT_TRANSLATE_NOOP("Labels", "Safety flag"),
        QT_TRANSLATE_NOOP("Labels", "Below hours target"),
        QT_TRANSLATE_NOOP("Labels", "Missed sessions"),
        QT_TRANSLATE_NOOP("Labels", "Discharge this week"),
        QT_TRANSLATE_NOOP("Labels", "New this week"),
        # GroupModel
        QT_TRANSLATE_NOOP("Labels", "Psychoeducational"),
        QT_TRANSLATE_NOOP("Labels", "Skills"),
        QT_TRANSLATE_NOOP("Labels", "CBT"),
        QT_TRANSLATE_NOOP("Labels", "Support"),
        QT_TRANSLATE_NOOP("Labels", "Process"),
        # member_csv.RowStatus (import preview)
        QT_TRANSLATE_NOOP("Labels", "New: will be imported"),
        QT_TRANSLATE_NOOP("Labels", "Already in the app: skipped"),
        QT_TRANSLATE_NOOP("Labels", "Repeated in this file: skipped"),
        QT_TRANSLATE_NOOP("Labels", "Problem: not imported"),
    }
)


def text(english: str) -> str:
    """Translate one English label of the core (unknown words pass through unchanged)."""
    return QCoreApplication.translate(CONTEXT, english) if english else ""


def label(member: Enum | None, empty: str = "") -> str:
    """The display word of an enum member (`empty` when None)."""
    if member is None:
        return empty
    return text(str(getattr(member, "label", member.value)))


def choices(cls: type[LabelledEnum]) -> list[tuple[str, str]]:
    """(value, translated label) pairs for a combo box."""
    return [(m.value, text(m.label)) for m in cls]
