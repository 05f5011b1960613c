"""Members, groups and enrollment through the real services and an encrypted database."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from iop_facilitator.domain.enrollment import roster_on
from iop_facilitator.domain.enums import DischargeReason, MemberStatus, Phase, Track
from iop_facilitator.domain.groups import GroupDraft
from iop_facilitator.domain.members import MemberDraft
from iop_facilitator.errors import RuleViolation, ValidationError
from iop_facilitator.services.members import enrollment_from_row

D = dt.date
ADMITTED = D(2026, 11, 2)
TODAY = D(2026, 11, 23)  # the clock fixture's day (a Monday)


def make_group(clinic, name="Morning IOP", **kw):
    values = dict(track=Track.SUBSTANCE_USE, weekdays=(1, 3, 4), start_time=dt.time(9))
    values.update(kw)
    group_id, changes = clinic.groups.create(GroupDraft(name, **values))
    assert changes.groups
    return group_id


def admit(clinic, chart_id, group_id=None, admitted=ADMITTED, name="Avery", **kw):
    draft = MemberDraft(
        name,
        f"{name} Quillfeather",
        chart_id,
        kw.pop("track", Track.SUBSTANCE_USE),
        Phase.ENGAGEMENT,
        admitted,
        **kw,
    )
    member_id, _warning, changes = clinic.members.admit(draft, group_id)
    assert changes.members and changes.enrollment
    return member_id


def roster_ids(clinic, group_id, day):
    return {r.member_id for r in clinic.groups.roster(group_id, day)}


def test_admit_and_history(clinic) -> None:
    g = make_group(clinic)
    m = admit(clinic, "DEMO-1", g)
    member = clinic.members.get(m)
    assert member.status is MemberStatus.ACTIVE and member.admitted_on == D(2026, 11, 2)
    [item] = clinic.members.list()
    assert item.groups == ("Morning IOP",)
    history = clinic.members.history(m)
    assert history.days_in_program == 22 and history.target_minutes == 540
    assert history.minutes_this_week == 0 and history.below_target
    assert [v.group_name for v in history.enrollments] == ["Morning IOP"]


def test_duplicate_chart_id_is_refused_case_insensitively(clinic) -> None:
    admit(clinic, "MRN-77")
    with pytest.raises(ValidationError, match="already belongs to another member"):
        admit(clinic, "mrn-77", name="Jordan")
    assert clinic.store.scalar("SELECT count(*) FROM member") == 1


def test_move_closes_old_and_opens_new_on_the_move_date(clinic) -> None:
    morning, evening = make_group(clinic), make_group(clinic, "Evening IOP", start_time=dt.time(18))
    m = admit(clinic, "DEMO-1", morning)
    warning, changes = clinic.members.move(m, morning, evening, D(2026, 11, 16))
    assert changes.enrollment and warning == ""
    rows = [(e.group_id, e.start_on, e.end_on) for e in clinic.members.enrollments(m)]
    assert rows == [(morning, D(2026, 11, 2), D(2026, 11, 15)), (evening, D(2026, 11, 16), None)]
    assert m in roster_ids(clinic, morning, D(2026, 11, 15))
    assert m not in roster_ids(clinic, morning, D(2026, 11, 16))
    assert m in roster_ids(clinic, evening, D(2026, 11, 16))
    audit = clinic.store.one("SELECT * FROM audit_event WHERE action = 'member_move'")
    assert json.loads(audit["detail"])["to_group"] == evening and "Avery" not in audit["detail"]


def test_same_day_move_replaces_group(clinic) -> None:
    morning, evening = make_group(clinic), make_group(clinic, "Evening IOP")
    m = admit(clinic, "DEMO-1", morning, admitted=TODAY)
    clinic.members.move(m, morning, evening, TODAY)
    assert [(e.group_id, e.end_on) for e in clinic.members.enrollments(m)] == [(evening, None)]


def test_discharge_closes_every_enrollment(clinic) -> None:
    morning, family = make_group(clinic), make_group(clinic, "Family group", weekdays=(6,))
    m = admit(clinic, "DEMO-1", morning)
    clinic.members.enroll(m, family, D(2026, 11, 7))
    clinic.members.discharge(m, D(2026, 11, 20), DischargeReason.COMPLETED)
    member = clinic.members.get(m)
    assert (
        member.status is MemberStatus.DISCHARGED
        and member.discharge_reason is DischargeReason.COMPLETED
    )
    assert {e.end_on for e in clinic.members.enrollments(m)} == {D(2026, 11, 20)}
    assert m in roster_ids(clinic, morning, D(2026, 11, 20))
    assert m not in roster_ids(clinic, morning, D(2026, 11, 21))
    assert clinic.members.history(m).days_in_program == 19
    with pytest.raises(RuleViolation, match="discharged"):
        clinic.members.move(m, morning, family, TODAY)
    with pytest.raises(ValidationError, match="already discharged"):
        clinic.members.discharge(m, TODAY, DischargeReason.OTHER)


@pytest.mark.parametrize(
    ("day", "reason"),
    [(D(2026, 11, 1), "before the admission date"), (D(2026, 11, 30), "in the future")],
)
def test_bad_discharge_dates_change_nothing(clinic, day, reason) -> None:
    g = make_group(clinic)
    m = admit(clinic, "DEMO-1", g)
    before = clinic.store.query("SELECT * FROM enrollment")
    with pytest.raises(ValidationError, match=reason):
        clinic.members.discharge(m, day, DischargeReason.COMPLETED)
    assert clinic.store.query("SELECT * FROM enrollment") == before
    assert clinic.members.get(m).status is MemberStatus.ACTIVE


def test_past_roster_stays_true_after_later_admissions_and_discharges(clinic) -> None:
    morning, evening = make_group(clinic), make_group(clinic, "Evening IOP")
    early = admit(clinic, "DEMO-1", morning, admitted=D(2026, 11, 2))
    mover = admit(clinic, "DEMO-2", morning, admitted=D(2026, 11, 3), name="Jordan")
    past = D(2026, 11, 4)
    snapshot = roster_ids(clinic, morning, past)
    assert snapshot == {early, mover}
    late = admit(clinic, "DEMO-3", morning, admitted=D(2026, 11, 10), name="Riley")
    clinic.members.discharge(early, D(2026, 11, 12), DischargeReason.STEPPED_DOWN)
    clinic.members.move(mover, morning, evening, D(2026, 11, 16))
    assert roster_ids(clinic, morning, past) == snapshot
    assert roster_ids(clinic, morning, TODAY) == {late}
    assert roster_ids(clinic, evening, TODAY) == {mover}
    entries = {r.member_id: r.joined_on for r in clinic.groups.roster(morning, past)}
    assert entries == {early: D(2026, 11, 2), mover: D(2026, 11, 3)}
    # The SQL roster and the pure rule agree on every day of the month.
    all_rows = [enrollment_from_row(r) for r in clinic.store.query("SELECT * FROM enrollment")]
    for offset in range(30):
        day = D(2026, 11, 1) + dt.timedelta(days=offset)
        for g in (morning, evening):
            assert roster_ids(clinic, g, day) == set(roster_on(all_rows, g, day)), day


def test_size_cap_warns_but_never_blocks(clinic) -> None:
    g = make_group(clinic, size_cap=2)
    admit(clinic, "DEMO-1", g)
    admit(clinic, "DEMO-2", g)
    draft = MemberDraft(
        "Quinn", "Quinn Larkspur", "DEMO-3", Track.SUBSTANCE_USE, Phase.ENGAGEMENT, D(2026, 11, 2)
    )
    _m, warning, _c = clinic.members.admit(draft, g)
    assert "3 members, above its cap of 2" in warning
    assert clinic.groups.roster_count(g, TODAY) == 3


def test_group_validation_and_update(clinic) -> None:
    g = make_group(clinic)
    with pytest.raises(ValidationError, match="already a group called"):
        make_group(clinic, "morning iop")
    with pytest.raises(ValidationError, match="not a note format"):
        make_group(clinic, "Other", note_format="XYZ")
    clinic.groups.update(
        g,
        GroupDraft(
            "Morning IOP",
            Track.ADOLESCENT,
            (2, 4),
            dt.time(15, 30),
            minutes=120,
            room="Room 9",
            note_format="BIRP",
            size_cap=10,
            active=False,
        ),
    )
    group = clinic.groups.get(g)
    assert (
        group.schedule == "Tue, Thu 15:30-17:30"
        and not group.active
        and group.note_format == "BIRP"
    )
    assert [x.name for x in clinic.groups.list(include_inactive=False)] == []


def test_hours_this_week_from_attendance(clinic, clock) -> None:
    g = make_group(clinic)
    m = admit(clinic, "DEMO-1", g, track=Track.ADOLESCENT)
    now = clinic.ctx.now_iso()
    for day, minutes in ((D(2026, 11, 20), 180), (D(2026, 11, 23), 150), (D(2026, 11, 24), 0)):
        sid = clinic.store.insert(
            "session",
            {
                "group_id": g,
                "date": day.isoformat(),
                "planned_start": f"{day}T09:00",
                "planned_end": f"{day}T12:00",
                "created_at": now,
                "updated_at": now,
            },
        )
        clinic.store.insert(
            "attendance",
            {
                "session_id": sid,
                "member_id": m,
                "minutes": minutes,
                "updated_at": now,
                "status": "present" if minutes else "absent_excused",
            },
        )
    history = clinic.members.history(m)
    assert history.sessions_attended == 2 and history.enrollments[0].sessions_attended == 2
    assert history.minutes_this_week == 150 and history.target_minutes == 360


def test_update_on_hold_and_enroll_overlap(clinic) -> None:
    g = make_group(clinic)
    m = admit(clinic, "DEMO-1", g)
    clinic.members.update(
        m,
        MemberDraft(
            "Ave",
            "Avery Quillfeather",
            "DEMO-1b",
            Track.CO_OCCURRING,
            Phase.EARLY_RECOVERY,
            D(2026, 11, 1),
            facilitator_note="they/them",
        ),
    )
    member = clinic.members.get(m)
    assert (member.chart_id, member.preferred_name, member.facilitator_note) == (
        "DEMO-1b",
        "Ave",
        "they/them",
    )
    with pytest.raises(ValidationError, match="after the member joined"):
        clinic.members.update(
            m,
            MemberDraft(
                "Ave",
                "Avery Q",
                "DEMO-1b",
                Track.CO_OCCURRING,
                Phase.EARLY_RECOVERY,
                D(2026, 11, 5),
            ),
        )
    clinic.members.set_on_hold(m, True)
    assert clinic.members.get(m).status is MemberStatus.ON_HOLD
    with pytest.raises(RuleViolation, match="already enrolled"):
        clinic.members.enroll(m, g, D(2026, 11, 20))
    actions = [r["action"] for r in clinic.store.query("SELECT action FROM audit_event")]
    assert {"member_admit", "member_update", "member_status"} <= set(actions)
