"""Report figures on a seeded clinic whose answers are worked out by hand (fictional names only).

The seed (today is Monday 2026-11-23, 08:30):
- Morning Test (adults, Mon/Wed/Thu 09:00, 180 min) held 6 sessions in the weeks of 11-09 and 11-16.
  Ava attends everything (9 h a week). Ben: week 1 present, present, late by 40 min (500 min);
  week 2 present then absent twice (180 min). Cal: all of week 1, then present, present, left
  after 120 min; discharged (completed) Friday 11-20, so week 2 is not a full week for him.
  Fay attends everything and has a safety flag on 11-19; her expected discharge is Thu 11-26.
  Eve is admitted today.
- Teen Test (adolescent, Tue/Thu 16:00, 120 min): Dee attends all 4 sessions (4 h a week) and
  drops in to Morning Test on 11-18 (3 h), so week 2 is 7 h across groups.
- Gus and Hal (admitted 10-01) were discharged against advice on 11-05 and 11-10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from iop_facilitator.domain.enums import DischargeReason
from iop_facilitator.domain.reports import Level, TodayStatus, WatchKind
from iop_facilitator.errors import ValidationError
from tests.unit.test_curriculum_service import CS, RP

DAY = dt.date(2026, 11, 23)
A_DAYS = ["2026-11-09", "2026-11-11", "2026-11-12", "2026-11-16", "2026-11-18", "2026-11-19"]
B_DAYS = ["2026-11-10", "2026-11-12", "2026-11-17", "2026-11-19"]


def _member(w, name: str, track: str, admitted: str, **extra) -> int:
    return w.insert(
        "member",
        {
            "preferred_name": name,
            "full_name": f"{name} Reportson",
            "chart_id": f"R-{name}",
            "track": track,
            "phase": "early_recovery",
            "admitted_on": admitted,
            "created_at": "2026-10-01T09:00:00",
            "updated_at": "2026-10-01T09:00:00",
            **extra,
        },
    )


def _group(w, name: str, track: str, days: str, start: str, minutes: int, room: str) -> int:
    return w.insert(
        "therapy_group",
        {
            "name": name,
            "track": track,
            "weekdays": days,
            "start_time": start,
            "minutes": minutes,
            "room": room,
            "created_at": "2026-10-01T09:00:00",
        },
    )


def _session(w, group: int, day: str, start: str, minutes: int, topic: int | None = None) -> int:
    begin = dt.datetime.fromisoformat(f"{day}T{start}")
    end = begin + dt.timedelta(minutes=minutes)
    return w.insert(
        "session",
        {
            "group_id": group,
            "date": day,
            "planned_start": begin.isoformat(),
            "planned_end": end.isoformat(),
            "actual_start": begin.isoformat(),
            "actual_end": end.isoformat(),
            "topic_id": topic,
            "status": "signed",
            "created_at": "x",
            "updated_at": "x",
        },
    )


def _attend(w, session: int, member: int, status: str, minutes: int, **extra) -> None:
    w.insert(
        "attendance",
        {
            "session_id": session,
            "member_id": member,
            "status": status,
            "minutes": minutes,
            "updated_at": "x",
            **extra,
        },
    )


def seed(clinic) -> dict[str, int]:
    topics = {key: clinic.curriculum.current(key).id for key in (RP, CS)}
    with clinic.ctx.write() as w:
        a = _group(w, "Morning Test", "substance_use", "1,3,4", "09:00", 180, "Room 2")
        b = _group(w, "Teen Test", "adolescent", "2,4", "16:00", 120, "Room 7")
        m = {
            "Ava": _member(w, "Ava", "substance_use", "2026-11-02"),
            "Ben": _member(w, "Ben", "substance_use", "2026-11-02"),
            "Cal": _member(
                w,
                "Cal",
                "substance_use",
                "2026-11-02",
                discharged_on="2026-11-20",
                discharge_reason="completed",
                status="discharged",
            ),
            "Dee": _member(w, "Dee", "adolescent", "2026-11-02"),
            "Eve": _member(w, "Eve", "substance_use", "2026-11-23"),
            "Fay": _member(
                w, "Fay", "substance_use", "2026-11-02", expected_discharge="2026-11-26"
            ),
            "Gus": _member(
                w,
                "Gus",
                "substance_use",
                "2026-10-01",
                discharged_on="2026-11-05",
                discharge_reason="against_advice",
                status="discharged",
            ),
            "Hal": _member(
                w,
                "Hal",
                "substance_use",
                "2026-10-01",
                discharged_on="2026-11-10",
                discharge_reason="against_advice",
                status="discharged",
            ),
        }
        for name in ("Ava", "Ben", "Fay"):
            w.insert("enrollment", {"member_id": m[name], "group_id": a, "start_on": "2026-11-02"})
        w.insert(
            "enrollment",
            {
                "member_id": m["Cal"],
                "group_id": a,
                "start_on": "2026-11-02",
                "end_on": "2026-11-20",
            },
        )
        w.insert("enrollment", {"member_id": m["Eve"], "group_id": a, "start_on": "2026-11-23"})
        w.insert("enrollment", {"member_id": m["Dee"], "group_id": b, "start_on": "2026-11-02"})
        ben = [
            ("present", 180),
            ("present", 180),
            ("late", 140),
            ("present", 180),
            ("absent_unexcused", 0),
            ("absent_unexcused", 0),
        ]
        cal = [("present", 180)] * 5 + [("left_early", 120)]
        for i, day in enumerate(A_DAYS):
            topic = topics[RP] if i == 0 else topics[CS] if i == 1 else None
            s = _session(w, a, day, "09:00", 180, topic)
            _attend(w, s, m["Ava"], "present", 180)
            _attend(w, s, m["Ben"], *ben[i])
            _attend(w, s, m["Cal"], *cal[i])
            _attend(w, s, m["Fay"], "present", 180)
            w.insert(
                "check_in",
                {
                    "session_id": s,
                    "member_id": m["Fay"],
                    "craving": i,
                    "safety_flag": 1 if day == "2026-11-19" else 0,
                    "updated_at": "x",
                },
            )
            if day == "2026-11-18":
                _attend(w, s, m["Dee"], "present", 180, drop_in=1)
        for day in B_DAYS:
            s = _session(w, b, day, "16:00", 120)
            _attend(w, s, m["Dee"], "present", 120)
    return {"a": a, "b": b, **m}


@pytest.fixture
def seeded(curriculum_clinic):
    return curriculum_clinic, seed(curriculum_clinic)


def test_group_report_known_answers(seeded) -> None:
    clinic, ids = seeded
    report = clinic.reports.group_report(ids["a"], dt.date(2026, 11, 9), dt.date(2026, 11, 22))
    w1, w2 = report.weeks
    assert (w1.week, w1.sessions, w1.attended, w1.marked, w1.minutes, w1.members) == (
        dt.date(2026, 11, 9),
        3,
        12,
        12,
        540 + 500 + 540 + 540,
        4,
    )
    assert (w2.week, w2.sessions, w2.attended, w2.marked, w2.minutes, w2.members) == (
        dt.date(2026, 11, 16),
        3,
        11,
        13,
        540 + 180 + 480 + 540 + 180,
        5,
    )
    assert w1.rate == 1.0
    assert report.attendance_rate == pytest.approx(23 / 25)
    assert w1.hours_per_member == pytest.approx(8.83, abs=0.01)
    assert w2.hours_per_member == pytest.approx(6.4)
    # Only Ben: Ava and Fay have exactly 9 h, Cal's second week was not a full week enrolled,
    # and Dee is not enrolled in this group.
    (ben,) = report.below_target
    assert (ben.preferred_name, ben.weeks_counted, ben.weeks_below) == ("Ben", 2, 2)
    assert ben.average_hours == pytest.approx(5.67, abs=0.01)
    assert ben.lowest_hours == 3.0
    # Coverage: Ava, Ben and Fay are enrolled on 11-22 and all three had both topics.
    assert report.roster_size == 3
    had = {c.key: c.had for c in report.coverage}
    assert had[RP] == 3 and had[CS] == 3
    assert sum(had.values()) == 6
    assert report.coverage_rate == pytest.approx(6 / (3 * len(report.coverage)))
    (flag,) = report.safety
    assert (flag.date, flag.preferred_name, flag.what) == (
        dt.date(2026, 11, 19),
        "Fay",
        "Safety flag",
    )


def test_hours_count_across_groups_for_the_below_target_list(seeded) -> None:
    clinic, ids = seeded
    report = clinic.reports.group_report(ids["b"], dt.date(2026, 11, 9), dt.date(2026, 11, 22))
    (dee,) = report.below_target
    # 4 h in week 1 (below 6), 4 h + 3 h drop-in in week 2 (not below).
    assert (dee.preferred_name, dee.target_hours, dee.weeks_counted, dee.weeks_below) == (
        "Dee",
        6.0,
        2,
        1,
    )
    assert (dee.average_hours, dee.lowest_hours) == (5.5, 4.0)
    assert report.target_hours == 6.0


def test_unfinished_weeks_are_not_judged(seeded, clock) -> None:
    clinic, ids = seeded
    clock.set(dt.datetime(2026, 11, 20, 8, 0))  # Friday of week 2: only week 1 has ended
    report = clinic.reports.group_report(ids["a"], dt.date(2026, 11, 9), dt.date(2026, 11, 22))
    (ben,) = report.below_target
    assert (ben.weeks_counted, ben.weeks_below) == (1, 1)


def test_program_report_census_and_attendance(seeded) -> None:
    clinic, _ids = seeded
    report = clinic.reports.program_report(dt.date(2026, 11, 2), dt.date(2026, 11, 22))
    assert report.admissions == 5  # Ava, Ben, Cal, Dee, Fay (Eve comes on 11-23)
    assert dict(report.discharges) == {
        DischargeReason.COMPLETED: 1,
        DischargeReason.AGAINST_ADVICE: 2,
    }
    assert report.discharged == 3
    assert report.active == 4  # Ava, Ben, Dee, Fay
    lines = {g.name: g for g in report.groups}
    assert (
        lines["Morning Test"].sessions,
        lines["Morning Test"].attended,
        lines["Morning Test"].marked,
    ) == (6, 23, 25)
    assert (lines["Teen Test"].sessions, lines["Teen Test"].minutes) == (4, 480)
    assert report.attendance_rate == pytest.approx(27 / 29)
    assert report.unsigned == ()


def test_a_reversed_range_is_refused(seeded) -> None:
    clinic, ids = seeded
    with pytest.raises(ValidationError):
        clinic.reports.group_report(ids["a"], dt.date(2026, 11, 22), dt.date(2026, 11, 9))


def test_member_progress(seeded) -> None:
    clinic, ids = seeded
    progress = clinic.reports.member_progress(ids["Ben"])
    assert progress.start == dt.date(2026, 11, 2) and progress.end == DAY
    assert [(w.week.isoformat(), w.minutes, w.below) for w in progress.weeks] == [
        ("2026-11-02", 0, True),
        ("2026-11-09", 500, True),
        ("2026-11-16", 180, True),
        ("2026-11-23", 0, True),
    ]
    assert [s.status.value for s in progress.sessions][-2:] == ["absent_unexcused"] * 2
    fay = clinic.reports.member_progress(ids["Fay"])
    assert fay.cravings == [(dt.date.fromisoformat(d), i) for i, d in enumerate(A_DAYS)]
    assert [t.topic.key for t in fay.topics.had] == [CS, RP]
    assert RP not in [t.key for t in fay.topics.to_have]
    assert "Attended 6 of 6 sessions" in fay.summary()
    dee = clinic.reports.member_progress(ids["Dee"])
    assert [w.minutes for w in dee.weeks][1:3] == [240, 420]
    assert dee.target_hours == 6.0


def test_today_lists_the_groups_meeting_today(seeded, clock) -> None:
    clinic, ids = seeded
    (row,) = clinic.reports.today_groups()
    assert (row.group_name, row.room, row.expected, row.status, row.session_id) == (
        "Morning Test",
        "Room 2",
        4,
        TodayStatus.UPCOMING,
        None,
    )
    assert row.start == dt.time(9, 0) and row.end == dt.time(12, 0)
    assert row.topic_title and row.topic_reason.endswith(".")
    assert row.action == "start"
    # Tuesday: the teen group.
    (tue,) = clinic.reports.today_groups(dt.date(2026, 11, 24))
    assert (tue.group_name, tue.expected) == ("Teen Test", 1)
    # Started, then ended: running, then notes unsigned.
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(ids["a"], DAY)
    assert clinic.reports.today_groups()[0].status is TodayStatus.UPCOMING
    clinic.sessions.start(session_id)
    row = clinic.reports.today_groups()[0]
    assert (row.status, row.session_id, row.action) == (TodayStatus.RUNNING, session_id, "resume")
    clock.set(dt.datetime(2026, 11, 23, 12, 0))
    clinic.sessions.end(session_id)
    row = clinic.reports.today_groups()[0]
    assert (row.status, row.status_text, row.action) == (
        TodayStatus.NOTES_UNSIGNED,
        "Notes unsigned (4 of 4)",
        "notes",
    )


def test_members_to_watch_with_reasons(seeded) -> None:
    clinic, _ids = seeded
    watch = clinic.reports.members_to_watch()
    names = [w.preferred_name for w in watch]
    assert names == ["Fay", "Dee", "Ben", "Eve"]  # Ava needs no attention
    fay, dee, ben, eve = watch
    assert [r.kind for r in fay.reasons] == [WatchKind.SAFETY, WatchKind.DISCHARGE]
    assert fay.level is Level.ALERT
    assert "Safety flag at their last session (Thu 11/19)" in fay.reason_text
    assert "Expected discharge Thu 11/26" in fay.reason_text
    # Teen Test meets Tue and Thu for 2 h: at most 4 h of 6 this week.
    assert [(r.kind, r.level, r.text) for r in dee.reasons] == [
        (WatchKind.HOURS, Level.ALERT, "0 h this week; at most 4 h of 6 possible")
    ]
    assert [(r.kind, r.text) for r in ben.reasons] == [
        (WatchKind.ABSENCES, "Missed the last 2 sessions")
    ]
    assert [(r.kind, r.level) for r in eve.reasons] == [(WatchKind.NEW, Level.INFO)]


def test_hours_warning_after_a_short_session_this_week(seeded, clock) -> None:
    clinic, ids = seeded
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(ids["a"], DAY)
    clinic.sessions.start(session_id)
    clinic.sessions.mark_all_present(session_id)
    clock.set(dt.datetime(2026, 11, 23, 10, 0))
    from iop_facilitator.domain.enums import AttendanceStatus

    clinic.sessions.set_attendance(session_id, ids["Ava"], AttendanceStatus.LEFT_EARLY)
    clock.set(dt.datetime(2026, 11, 23, 12, 0))
    clinic.sessions.end(session_id)
    ava = next(w for w in clinic.reports.members_to_watch() if w.preferred_name == "Ava")
    # 1 h today, Wed and Thu left (6 h): 7 h at most.
    assert [(r.kind, r.level, r.text) for r in ava.reasons] == [
        (WatchKind.HOURS, Level.ALERT, "1 h this week; at most 7 h of 9 possible")
    ]


def test_back_after_absences(seeded, clock) -> None:
    clinic, ids = seeded
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(ids["a"], DAY)
    clinic.sessions.start(session_id)
    from iop_facilitator.domain.enums import AttendanceStatus

    clinic.sessions.set_attendance(session_id, ids["Ben"], AttendanceStatus.PRESENT)
    ben = next(w for w in clinic.reports.members_to_watch() if w.preferred_name == "Ben")
    assert ben.reasons[0].text == "Back today after 2 missed sessions"


def test_unsigned_notes_age_warning_and_alert(seeded, clock) -> None:
    clinic, ids = seeded
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(ids["a"], DAY)
    clinic.sessions.start(session_id)
    clock.set(dt.datetime(2026, 11, 23, 12, 0))
    clinic.sessions.end(session_id)
    (row,) = clinic.reports.unsigned_notes()
    assert (row.session_id, row.unsigned, row.roster, row.level) == (session_id, 4, 4, Level.OK)
    clock.set(dt.datetime(2026, 11, 24, 13, 0))
    (row,) = clinic.reports.unsigned_notes()
    assert (row.age_hours, row.level, row.age_text, row.level_text) == (
        25.0,
        Level.WARNING,
        "1 day 1 h",
        "Over 24 h",
    )
    clock.set(dt.datetime(2026, 11, 26, 12, 0))
    assert clinic.reports.unsigned_notes()[0].level is Level.ALERT
    clinic.settings.update({"note_deadline_hours": 100})
    assert clinic.reports.unsigned_notes()[0].level is Level.WARNING
    (fac,) = clinic.reports.unsigned_by_facilitator()
    assert (fac.facilitator, fac.sessions, fac.unsigned, fac.overdue) == ("Fac Testwell", 1, 4, 0)


def test_hours_warning_when_no_more_sessions_can_be_missed(seeded, clock) -> None:
    clinic, _ids = seeded
    with clinic.ctx.write() as w:
        g = _group(w, "Long Test", "substance_use", "1,2,3,4", "13:00", 180, "Room 9")
        ivy = _member(w, "Ivy", "substance_use", "2026-11-02")
        w.insert("enrollment", {"member_id": ivy, "group_id": g, "start_on": "2026-11-02"})
        s = _session(w, g, "2026-11-23", "13:00", 180)
        _attend(w, s, ivy, "late", 150)
    clock.set(dt.datetime(2026, 11, 24, 8, 0))
    found = next(w for w in clinic.reports.members_to_watch() if w.preferred_name == "Ivy")
    assert [(r.kind, r.level, r.text) for r in found.reasons] == [
        (
            WatchKind.HOURS,
            Level.WARNING,
            "2.5 h this week (missed 0.5 h); needs all 3 sessions left to reach 9 h",
        )
    ]


def test_partial_weeks_are_not_judged(seeded, clock) -> None:
    clinic, _ids = seeded
    clock.set(dt.datetime(2026, 11, 25, 8, 0))
    with clinic.ctx.write() as w:
        kit = _member(w, "Kit", "substance_use", "2026-11-11")  # a Wednesday
    progress = clinic.reports.member_progress(kit)
    assert [(w.week.isoformat(), progress.judged(w)) for w in progress.weeks] == [
        ("2026-11-09", False),
        ("2026-11-16", True),
        ("2026-11-23", False),
    ]
    assert "1 of 1 completed weeks below target" in progress.summary()
