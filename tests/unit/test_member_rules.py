"""Domain rules for members, groups and enrollment: no database, no Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from iop_facilitator.domain.dates import DateOrder, parse_date, parse_time, week_bounds
from iop_facilitator.domain.enrollment import Enrollment, check_no_overlap, plan_move, roster_on
from iop_facilitator.domain.enums import Phase, Track
from iop_facilitator.domain.groups import GroupDraft, parse_weekdays, size_warning, validate_group
from iop_facilitator.domain.ids import EnrollmentId, GroupId, MemberId
from iop_facilitator.domain.members import (
    MemberDraft,
    days_in_program,
    format_minutes,
    validate_chart_id,
    validate_draft,
    weekly_target_minutes,
)
from iop_facilitator.errors import RuleViolation, ValidationError

D = dt.date
TODAY = D(2026, 11, 23)
A, B = GroupId(1), GroupId(2)


def e(i: int, member: int, group: GroupId, start: D, end: D | None = None) -> Enrollment:
    return Enrollment(EnrollmentId(i), MemberId(member), group, start, end)


@pytest.mark.parametrize("text", ["MRN-20417", "a", "x" * 32, "demo_1001", "007"])
def test_chart_id_accepted(text) -> None:
    assert validate_chart_id(f"  {text} ") == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "missing"),
        ("   ", "missing"),
        ("x" * 33, "at most 32"),
        ("MRN 204", "only letters"),
        ("ab\x00c", "only letters"),
        ("😀" * 10_000, "at most 32"),
        ("ÅB12", "only letters"),
    ],
)
def test_chart_id_refused(text, reason) -> None:
    with pytest.raises(ValidationError, match=reason):
        validate_chart_id(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026-03-09", D(2026, 3, 9)), ("03/09/2026", D(2026, 3, 9)), ("3/9/2026", D(2026, 3, 9))],
)
def test_parse_date(text, expected) -> None:
    assert parse_date(text) == expected


def test_parse_date_day_first() -> None:
    assert parse_date("03/09/2026", order=DateOrder.DAY_FIRST) == D(2026, 9, 3)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2026-02-30", "not a real date"),
        ("13/01/2026", "not a real date"),
        ("01/02/03", "two-digit"),
        ("next Tuesday", "not a date"),
        ("", "empty"),
        ("1800-01-01", "before 1900"),
        ("9" * 10_000, "not a date"),
    ],
)
def test_parse_date_refused_in_plain_words(text, reason) -> None:
    with pytest.raises(ValidationError, match=reason) as info:
        parse_date(text, "Admission date")
    assert len(info.value.message) < 120


def test_parse_time() -> None:
    assert parse_time("09:00") == dt.time(9) and parse_time(" 18:30 ") == dt.time(18, 30)
    with pytest.raises(ValidationError, match="hours run from 00 to 23"):
        parse_time("25:00")
    with pytest.raises(ValidationError, match="minutes run from 00 to 59"):
        parse_time("09:75")
    with pytest.raises(ValidationError, match="not a time"):
        parse_time("9am")


def test_week_bounds_are_monday_to_sunday() -> None:
    assert week_bounds(D(2026, 11, 25)) == (D(2026, 11, 23), D(2026, 11, 29))
    assert week_bounds(D(2026, 11, 29)) == (D(2026, 11, 23), D(2026, 11, 29))


def draft(**kw) -> MemberDraft:
    base = dict(
        preferred_name="Avery",
        full_name="Avery Quillfeather",
        chart_id="DEMO-1",
        track=Track.SUBSTANCE_USE,
        phase=Phase.ENGAGEMENT,
        admitted_on=D(2026, 11, 2),
    )
    base.update(kw)
    return MemberDraft(**base)


def test_member_draft_cleaned() -> None:
    clean = validate_draft(draft(preferred_name="", full_name="  Avery \x00 Quillfeather "), TODAY)
    assert clean.full_name == "Avery Quillfeather" and clean.preferred_name == "Avery"


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"full_name": " "}, "full name is missing"),
        ({"admitted_on": D(2026, 12, 1)}, "in the future"),
        ({"date_of_birth": D(2026, 12, 1)}, "date of birth is not before"),
        ({"expected_discharge": D(2026, 10, 1)}, "expected discharge date is before"),
        ({"full_name": "😀" * 10_000}, "longer than"),
        ({"facilitator_note": "x" * 5000}, "longer than"),
    ],
)
def test_member_draft_refused(changes, reason) -> None:
    with pytest.raises(ValidationError, match=reason):
        validate_draft(draft(**changes), TODAY)


def test_weekly_target_and_days() -> None:
    assert weekly_target_minutes(Track.SUBSTANCE_USE) == 540
    assert weekly_target_minutes(Track.ADOLESCENT) == 360
    assert days_in_program(D(2026, 11, 23), None, TODAY) == 1
    assert days_in_program(D(2026, 11, 1), D(2026, 11, 10), TODAY) == 10
    assert days_in_program(D(2026, 12, 1), None, TODAY) == 0
    assert format_minutes(450) == "7 h 30 min" and format_minutes(540) == "9 h"
    assert format_minutes(45) == "45 min"


def test_enrollment_overlap_rule() -> None:
    existing = [e(1, 7, A, D(2026, 11, 1), D(2026, 11, 10))]
    check_no_overlap(existing, MemberId(7), A, D(2026, 11, 11))  # the day after: fine
    check_no_overlap(existing, MemberId(7), B, D(2026, 11, 5))  # another group: fine
    check_no_overlap(existing, MemberId(8), A, D(2026, 11, 5))  # another member: fine
    for start, end in [
        (D(2026, 11, 10), None),
        (D(2026, 10, 1), D(2026, 11, 1)),
        (D(2026, 11, 3), D(2026, 11, 4)),
        (D(2026, 10, 1), None),
    ]:
        with pytest.raises(RuleViolation, match="already enrolled"):
            check_no_overlap(existing, MemberId(7), A, start, end)


def test_roster_on_a_date_uses_inclusive_ends() -> None:
    rows = [
        e(1, 1, A, D(2026, 11, 1)),  # still here
        e(2, 2, A, D(2026, 11, 1), D(2026, 11, 9)),  # moved out: last day the 9th
        e(3, 2, B, D(2026, 11, 10)),  # moved in on the 10th
        e(4, 3, A, D(2026, 11, 12)),  # admitted later
        e(5, 4, A, D(2026, 11, 2), D(2026, 11, 5)),  # discharged on the 5th
    ]
    assert roster_on(rows, A, D(2026, 10, 31)) == []
    assert roster_on(rows, A, D(2026, 11, 5)) == [1, 2, 4]
    assert roster_on(rows, A, D(2026, 11, 6)) == [1, 2]
    assert roster_on(rows, A, D(2026, 11, 10)) == [1]
    assert roster_on(rows, B, D(2026, 11, 10)) == [2]
    assert roster_on(rows, A, D(2026, 11, 12)) == [1, 3]


def test_plan_move_closes_day_before_and_opens_same_day() -> None:
    rows = [e(1, 1, A, D(2026, 11, 1))]
    plan = plan_move(rows, MemberId(1), A, B, D(2026, 11, 10))
    assert plan.close_id == 1 and plan.end_old_on == D(2026, 11, 9)
    assert plan.start_new_on == D(2026, 11, 10) and plan.replace_id is None
    same_day = plan_move(rows, MemberId(1), A, B, D(2026, 11, 1))
    assert same_day.replace_id == 1 and same_day.close_id is None


def test_plan_move_refusals() -> None:
    rows = [e(1, 1, A, D(2026, 11, 5)), e(2, 1, B, D(2026, 11, 20))]
    with pytest.raises(ValidationError, match="already in that group"):
        plan_move(rows, MemberId(1), A, A, D(2026, 11, 10))
    with pytest.raises(RuleViolation, match="not enrolled"):
        plan_move(rows, MemberId(1), A, B, D(2026, 11, 1))
    with pytest.raises(RuleViolation, match="already enrolled"):
        plan_move(rows, MemberId(1), A, B, D(2026, 11, 21))
    closed = [e(1, 1, A, D(2026, 11, 1), D(2026, 11, 9))]
    with pytest.raises(RuleViolation, match="already ended"):
        plan_move(closed, MemberId(1), A, B, D(2026, 11, 5))


def test_group_rules() -> None:
    g = validate_group(GroupDraft(" Morning  IOP ", Track.SUBSTANCE_USE, (4, 1, 3, 1), dt.time(9)))
    assert g.name == "Morning IOP" and g.weekdays == (1, 3, 4)
    assert parse_weekdays("1, 3,4") == (1, 3, 4)
    with pytest.raises(ValidationError):
        parse_weekdays("1,8")
    with pytest.raises(ValidationError, match="at least one meeting day"):
        validate_group(GroupDraft("G", Track.SUBSTANCE_USE, (), dt.time(9)))
    with pytest.raises(ValidationError, match="between 15 and 720"):
        validate_group(GroupDraft("G", Track.SUBSTANCE_USE, (1,), dt.time(9), minutes=900))
    with pytest.raises(ValidationError, match="needs a name"):
        validate_group(GroupDraft("\x00 ", Track.SUBSTANCE_USE, (1,), dt.time(9)))
    assert size_warning("G", 12, 12) == ""
    assert "above its cap of 12" in size_warning("G", 13, 12)
