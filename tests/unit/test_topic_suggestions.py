"""Next-topic suggestion on a seeded roster whose histories are known."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.unit.test_curriculum_service import CS, GS, RP, add_group, add_member, add_session

DAY = dt.date(2026, 11, 23)


def seed(clinic) -> dict[str, int]:
    """Group G on DAY expects Ava, Ben, Cal and Dee (Eve left, Fay starts later)."""
    lib = clinic.curriculum
    ids = {key: lib.current(key).id for key in (RP, CS, GS)}
    rp_copy, _ = lib.duplicate(ids[RP])
    cs_copy, _ = lib.duplicate(ids[CS])
    cs_copy2, _ = lib.duplicate(ids[CS])
    with clinic.ctx.write() as w:
        g, other = add_group(w, "Morning Test"), add_group(w, "Evening Test")
        m = {
            "Ava": add_member(w, "Ava", g, "2026-10-01"),
            "Ben": add_member(w, "Ben", g, "2026-10-01", None),
            "Cal": add_member(w, "Cal", g, "2026-11-01"),
            "Dee": add_member(w, "Dee", g, "2026-11-23"),  # starts today: expected
            "Eve": add_member(w, "Eve", g, "2026-10-01", "2026-11-22"),  # left yesterday
            "Fay": add_member(w, "Fay", g, "2026-11-24"),  # starts tomorrow
        }
        w.insert("enrollment", {"member_id": m["Cal"], "group_id": other, "start_on": "2026-11-01"})

        def attend(session_id: int, name: str, status: str) -> None:
            w.insert(
                "attendance",
                {
                    "session_id": session_id,
                    "member_id": m[name],
                    "status": status,
                    "updated_at": "x",
                },
            )

        s1 = add_session(w, g, "2026-11-13", ids[RP])
        attend(s1, "Ava", "present")
        attend(s1, "Ben", "absent_excused")
        attend(s1, "Eve", "present")
        s2 = add_session(w, other, "2026-11-18", ids[CS])
        attend(s2, "Ava", "late")
        attend(s2, "Cal", "telehealth")
        s3 = add_session(w, g, "2026-11-20", ids[GS])
        attend(s3, "Dee", "left_early")  # a drop-in before her enrollment still counts as had
        s4 = add_session(w, g, "2026-11-03", cs_copy)
        attend(s4, "Ben", "absent_unexcused")
        s5 = add_session(w, g, "2026-11-24", ids[RP], status="planned")
        attend(s5, "Cal", "present")  # after the date: not had yet
    return {"group": g, "rp_copy": rp_copy, "cs_copy": cs_copy, "cs_copy2": cs_copy2, **m}


def test_ranks_by_members_who_have_not_had_it(curriculum_clinic) -> None:
    clinic = curriculum_clinic
    s = seed(clinic)
    # A changed version of the RP topic is still the same topic for "had".
    lib = clinic.curriculum
    key = lib.get(s["rp_copy"]).topic.key
    ranked = clinic.topic_suggestions.suggest(s["group"], DAY)
    assert [(x.topic.key, x.not_had) for x in ranked] == [
        (key, 4),  # never had, Relapse Prevention first
        (f"{CS}-copy-2", 4),  # never had by the group
        (f"{CS}-copy", 4),  # the group had it on 11-03 but nobody attended
        (GS, 3),  # Dee had it; planned for 180 minutes like this group: before RP
        (RP, 3),  # Ava had it (Eve is no longer expected); planned for 90 minutes
        (CS, 2),  # Ava and Cal had it in another group
    ]
    assert all(x.expected == 4 for x in ranked)
    by_key = {x.topic.key: x for x in ranked}
    assert by_key[RP].reason == (
        "3 of 4 have not had this; the group last had it on 2026-11-13. Planned for 90 minutes: "
        "its agenda is stretched to fill this 180-minute session with a break."
    )
    assert by_key[GS].reason == "3 of 4 have not had this; the group last had it on 2026-11-20."
    assert by_key[GS].fits
    assert by_key[key].reason.startswith("None of the 4 have had this. Planned for 90 minutes")
    assert by_key[f"{CS}-copy"].group_last_had == "2026-11-03"
    assert len(clinic.topic_suggestions.suggest(s["group"], DAY, limit=2)) == 2


def test_new_version_retired_and_empty_group(curriculum_clinic) -> None:
    clinic = curriculum_clinic
    s = seed(clinic)
    lib = clinic.curriculum
    lib.set_retired(f"{CS}-copy-2", True)
    copy_key = lib.get(s["cs_copy"]).topic.key
    lib.save(replace(lib.get(s["cs_copy"]).topic, title="Urge surfing v2"))
    ranked = clinic.topic_suggestions.suggest(s["group"], DAY)
    keys = [x.topic.key for x in ranked]
    assert f"{CS}-copy-2" not in keys
    assert ranked[1].topic.key == copy_key and ranked[1].topic.version == 2
    with clinic.ctx.write() as w:
        empty = add_group(w, "Nobody Test")
    ranked = clinic.topic_suggestions.suggest(empty, DAY)
    assert ranked[0].reason == "No members are enrolled in this group on this date."


def test_member_view_had_and_still_to_have(curriculum_clinic) -> None:
    clinic = curriculum_clinic
    s = seed(clinic)
    view = clinic.topic_suggestions.member_topics(s["Ava"], DAY)
    assert [(h.topic.key, h.last_had, h.times) for h in view.had] == [
        (CS, "2026-11-18", 1),
        (RP, "2026-11-13", 1),
    ]
    assert [t.key for t in view.to_have] == [
        f"{RP}-copy",
        f"{CS}-copy",
        f"{CS}-copy-2",
        GS,
    ]
    cal = clinic.topic_suggestions.member_topics(s["Cal"], dt.date(2026, 11, 24))
    assert [h.topic.key for h in cal.had] == [RP, CS]


def test_ranking_runs_in_sql_on_a_large_history(curriculum_clinic) -> None:
    """40 members x 300 sessions stays one query; the answer still counts unseen members."""
    clinic = curriculum_clinic
    lib = clinic.curriculum
    ids = [t.id for t in lib.list()]
    with clinic.ctx.write() as w:
        g = add_group(w, "Big Test")
        members = [add_member(w, f"M{i:02d}", g, "2026-01-01") for i in range(40)]
        start = dt.date(2026, 1, 5)
        for n in range(300):
            day = (start + dt.timedelta(days=n)).isoformat()
            sid = add_session(w, g, day, ids[n % 2])  # only the first two topics ever run
            for member in members[: 20 + n % 5]:
                w.insert(
                    "attendance",
                    {
                        "session_id": sid,
                        "member_id": member,
                        "status": "present",
                        "updated_at": "x",
                    },
                )
    ranked = clinic.topic_suggestions.suggest(g, DAY)
    assert ranked[0].topic.key == GS and ranked[0].not_had == 40
    assert {x.topic.id: x.not_had for x in ranked}[ids[0]] == 16


def test_demo_sessions_run_topics_and_get_suggestions(curriculum_clinic) -> None:
    from iop_facilitator.services import demo

    demo.build(curriculum_clinic, DAY)
    store = curriculum_clinic.store
    assert store.scalar("SELECT count(*) FROM session WHERE topic_id IS NULL") == 0
    group = store.scalar("SELECT min(id) FROM therapy_group")
    ranked = curriculum_clinic.topic_suggestions.suggest(group, DAY)
    assert len(ranked) == 3 and all(0 <= x.not_had <= x.expected for x in ranked)
    assert "have" in ranked[0].reason


def test_topics_whose_length_fits_the_session_come_first(curriculum_clinic) -> None:
    """A new 3-hour group (nobody has had anything): the 180-minute topic first, not a 90-minute
    one; a 60-minute session gets the 60-minute topic first. Coverage still comes before fit."""
    clinic = curriculum_clinic
    with clinic.ctx.write() as w:
        g = add_group(w, "Fresh Test")  # 180 minutes, the schema's default
        add_member(w, "Ava", g, "2026-11-01")
    first = clinic.topic_suggestions.suggest(g, DAY)
    assert (first[0].topic.key, first[0].topic.minutes, first[0].fits) == (GS, 180, True)
    assert [x.topic.minutes for x in first] == sorted(
        (x.topic.minutes for x in first), key=lambda m: abs(m - 180)
    )
    short = clinic.topic_suggestions.suggest(g, DAY, session_minutes=60)
    assert short[0].topic.minutes == 60 and short[0].fits
    assert "shortened to fill this 60-minute session." in short[-1].reason
