"""Members: admit, edit, put on hold, move between groups, discharge; history for the detail page.

`MemberService` is what the screens use. It combines, by responsibility: reading and history
(`member_records.py`), admission and re-admission (`member_admission.py`), and groups, holds and
discharge (`member_enrollment.py`). Bulk CSV admission is `member_import.py`.
"""

from __future__ import annotations

from iop_facilitator.services.member_admission import (
    MemberAdmission,
    ReadmissionOffer,
    chart_id_refusal,
    chart_id_taken,
    draft_values,
    member_by_chart_id,
    previous_discharge,
    write_readmission,
)
from iop_facilitator.services.member_enrollment import MemberEnrollment
from iop_facilitator.services.member_records import (
    ATTENDED,
    CHANGED,
    EnrollmentView,
    MemberHistory,
    MemberListItem,
    enrollment_from_row,
    member_from_row,
)

__all__ = [
    "ATTENDED",
    "CHANGED",
    "EnrollmentView",
    "MemberHistory",
    "MemberListItem",
    "MemberService",
    "ReadmissionOffer",
    "chart_id_refusal",
    "chart_id_taken",
    "draft_values",
    "enrollment_from_row",
    "member_by_chart_id",
    "member_from_row",
    "previous_discharge",
    "write_readmission",
]


class MemberService(MemberAdmission, MemberEnrollment):
    """Every member: read, admit, re-admit, edit, hold, enroll, move, discharge."""
