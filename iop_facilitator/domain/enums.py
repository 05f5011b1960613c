"""Statuses and choices, each with the words a clinician reads.

Values are what the database stores (never change them); `label` is what the screen shows.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a display label: `Member("value", "Label")`."""

    label: str

    def __new__(cls, value: str, label: str = "") -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label or value.replace("_", " ").capitalize()
        return obj

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class Track(LabelledEnum):
    SUBSTANCE_USE = "substance_use", "Substance use"
    MENTAL_HEALTH = "mental_health", "Mental health"
    CO_OCCURRING = "co_occurring", "Co-occurring"
    ADOLESCENT = "adolescent", "Adolescent"


class Phase(LabelledEnum):
    ENGAGEMENT = "engagement", "Treatment engagement"
    EARLY_RECOVERY = "early_recovery", "Early recovery"
    MAINTENANCE = "maintenance", "Maintenance"
    COMMUNITY_INTEGRATION = "community_integration", "Community integration"


class MemberStatus(LabelledEnum):
    ACTIVE = "active", "Active"
    ON_HOLD = "on_hold", "On hold"
    DISCHARGED = "discharged", "Discharged"


class DischargeReason(LabelledEnum):
    COMPLETED = "completed", "Completed program"
    TRANSFERRED = "transferred", "Transferred"
    STEPPED_UP = "stepped_up", "Stepped up to a higher level of care"
    STEPPED_DOWN = "stepped_down", "Stepped down to a lower level of care"
    AGAINST_ADVICE = "against_advice", "Left against advice"
    ADMINISTRATIVE = "administrative", "Administrative"
    OTHER = "other", "Other"


class Modality(LabelledEnum):
    IN_PERSON = "in_person", "In person"
    TELEHEALTH = "telehealth", "Telehealth"
    HYBRID = "hybrid", "Hybrid"


class SessionStatus(LabelledEnum):
    PLANNED = "planned", "Planned"
    RUNNING = "running", "Running"
    ENDED = "ended", "Ended"
    SIGNED = "signed", "Notes signed"


class AttendanceStatus(LabelledEnum):
    PRESENT = "present", "Present"
    LATE = "late", "Late"
    LEFT_EARLY = "left_early", "Left early"
    ABSENT_EXCUSED = "absent_excused", "Absent, excused"
    ABSENT_UNEXCUSED = "absent_unexcused", "Absent, unexcused"
    TELEHEALTH = "telehealth", "Telehealth"

    @property
    def attended(self) -> bool:
        return self not in (AttendanceStatus.ABSENT_EXCUSED, AttendanceStatus.ABSENT_UNEXCUSED)


class UseSinceLast(LabelledEnum):
    NO = "no", "No"
    YES = "yes", "Yes"
    DECLINED = "declined", "Declined to say"


class DrugScreen(LabelledEnum):
    NOT_COLLECTED = "not_collected", "Not collected"
    NEGATIVE = "negative", "Negative"
    POSITIVE = "positive", "Positive"
    REFUSED = "refused", "Refused"


class NoteStatus(LabelledEnum):
    EMPTY = "empty", "Empty"
    DRAFT = "draft", "Draft"
    READY = "ready", "Ready to sign"
    SIGNED = "signed", "Signed"


class StageOfChange(LabelledEnum):
    PRECONTEMPLATION = "precontemplation", "Precontemplation"
    CONTEMPLATION = "contemplation", "Contemplation"
    PREPARATION = "preparation", "Preparation"
    ACTION = "action", "Action"
    MAINTENANCE = "maintenance", "Maintenance"
    RECURRENCE = "recurrence", "Recurrence"


class Risk(LabelledEnum):
    NONE = "none", "None reported"
    IDEATION = "ideation", "Ideation"
    THREAT = "threat", "Threat"
    PLAN = "plan", "Plan"
    GESTURE = "gesture", "Gesture"
    ATTEMPT = "attempt", "Attempt"


class TopicOrigin(LabelledEnum):
    BUILTIN = "builtin", "Built-in"
    CLINIC = "clinic", "Clinic"
