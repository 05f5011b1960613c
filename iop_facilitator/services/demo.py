"""A fictional demo clinic, so every screen has something real to show.

Every name is invented and every chart id starts with DEMO-. The demo lives in its own data folder,
marked as such; it is never written into a folder that holds a real clinic.
"""

from __future__ import annotations

import datetime as dt
import json
import random

from iop_facilitator.domain.enums import AttendanceStatus
from iop_facilitator.domain.notes import content_hash
from iop_facilitator.services.clinic import Clinic

DEMO_PASSPHRASE = "demo-clinic"

# Invented first names (a few that are also ordinary words, as real rosters have) and surnames
# that are obviously made up.
FIRST = [
    "Avery",
    "Jordan",
    "Riley",
    "Quinn",
    "Morgan",
    "Hope",
    "Will",
    "Casey",
    "Dakota",
    "Rowan",
    "Emerson",
    "Skyler",
    "Harper",
    "Finley",
    "Sage",
    "Reese",
    "Kai",
    "Jules",
    "Marlow",
    "Tatum",
]
LAST = [
    "Quillfeather",
    "Brightwater",
    "Maplewood",
    "Stonebridge",
    "Fernhollow",
    "Larkspur",
    "Thistledown",
    "Copperfield",
    "Willowmere",
    "Ashgrove",
    "Birchwell",
    "Cloverdale",
    "Duskmoor",
    "Elmstead",
    "Foxglen",
    "Glimmerby",
    "Hazelrigg",
    "Ivybrook",
    "Juniperlee",
    "Kestrelton",
]
OPENINGS = [
    "Member arrived on time and checked in first.",
    "Member was quiet during check-in and warmed up during the topic.",
    "Member joined the discussion readily.",
    "Member listened closely and spoke twice during the skills practice.",
    "Member was restless early on and settled after the break.",
    "Member offered feedback to peers during role play.",
    "Member asked several questions about the handout.",
    "Member shared openly during the last half hour.",
]
DETAILS = [
    "described a stressful week at work and named two triggers noticed early",
    "reported using the craving log and two urges that passed without use",
    "talked about a conflict at home and leaving the room to cool down",
    "reported attending two mutual-help meetings and calling a sponsor once",
    "practised the refusal-skills script and rated confidence higher afterwards",
    "described boredom on weekends as the main risk and listed three plans",
    "talked about guilt over missed family events and wanting to repair trust",
    "noticed an urge after payday and used delay and distract",
    "described sleeping better since the last session",
    "identified a drinking friend's invitation as a high-risk situation",
]
ASSESSMENTS = [
    "Engaged and insightful; applying coping skills between sessions.",
    "Variable engagement; ambivalence about change remains.",
    "Active participation; growing confidence in refusal skills.",
    "Guarded but present; responded well to validation.",
    "Motivated; linking today's topic to personal triggers.",
    "Some minimising of risk; will revisit in individual session.",
]
PLANS = [
    "complete the trigger worksheet before next session",
    "practise urge surfing daily and report back at check-in",
    "review the relapse prevention plan with the primary counselor",
    "attend at least two mutual-help meetings this week",
    "keep the craving log every evening",
    "rehearse the refusal script with a support person",
]


PROGRESS = [
    "Uses the group to rehearse new responses.",
    "Can now name early warning signs without prompting.",
    "Still links cravings mainly to stress at work.",
    "Has begun to ask peers for support directly.",
    "Reports fewer arguments at home this week.",
    "Notices triggers sooner than at admission.",
]
FOCUS = [
    "weekend structure",
    "sleep routine",
    "sober supports",
    "money triggers",
    "family contact",
    "coping with anger",
    "work stress",
    "evening cravings",
]


def _individual_note(rng: random.Random, craving: int, stage: str) -> dict[str, str]:
    detail = rng.choice(DETAILS)
    return {
        "data": f"{rng.choice(OPENINGS)} In discussion the member {detail}. "
        f"Craving at check-in {craving}/10.",
        "assessment": f"{rng.choice(ASSESSMENTS)} {rng.choice(PROGRESS)} Stage of change: {stage}. "
        "No risk indicated.",
        "plan": f"{rng.choice(PLANS).capitalize()}; next focus: {rng.choice(FOCUS)}. "
        f"Next group as scheduled{rng.choice(['', ' (confirmed ride)', ' (may be late: work)'])}.",
    }


def build(clinic: Clinic, today: dt.date, seed: int = 7) -> dict[str, int]:
    """Fill an empty clinic with 2 groups, 20 members and 6 weeks of documented sessions."""
    rng = random.Random(seed)
    store = clinic.store
    ctx = clinic.ctx
    now = ctx.now_iso()
    counts = {"groups": 0, "members": 0, "sessions": 0, "notes": 0}
    with ctx.write():
        clinic.settings.update({"clinic_name": "Demo Riverbend Recovery Center (fictional)"})
        co_id = store.insert(
            "facilitator", {"name": "Sam Demo-Okafor", "credentials": "CADC", "created_at": now}
        )
        lead_id = ctx.actor_id or co_id
        groups = [
            ("Morning IOP", "substance_use", "1,3,4", "09:00", "Room 2"),
            ("Evening IOP", "co_occurring", "1,2,4", "18:00", "Room 5"),
        ]
        group_ids = []
        for name, track, days, start, room in groups:
            group_ids.append(
                store.insert(
                    "therapy_group",
                    {
                        "name": name,
                        "track": track,
                        "weekdays": days,
                        "start_time": start,
                        "minutes": 180,
                        "room": room,
                        "note_format": "DAP",
                        "billing_code": "H0015",
                        "created_at": now,
                    },
                )
            )
            counts["groups"] += 1
        start_of_history = today - dt.timedelta(weeks=6)
        members: list[tuple[int, int, dt.date, dt.date | None]] = []
        for i in range(20):
            group_id = group_ids[i % 2]
            admitted = start_of_history + dt.timedelta(days=rng.randrange(-14, 35))
            discharged = None
            if i in (3, 8, 13):
                discharged = admitted + dt.timedelta(days=rng.randrange(14, 30))
                if discharged >= today:
                    discharged = None
            member_id = store.insert(
                "member",
                {
                    "preferred_name": FIRST[i],
                    "full_name": f"{FIRST[i]} {LAST[i]}",
                    "chart_id": f"DEMO-{1001 + i}",
                    "track": "substance_use" if i % 2 == 0 else "co_occurring",
                    "phase": "early_recovery",
                    "admitted_on": admitted.isoformat(),
                    "expected_discharge": (admitted + dt.timedelta(days=90)).isoformat(),
                    "discharged_on": discharged.isoformat() if discharged else None,
                    "discharge_reason": "completed" if discharged else None,
                    "status": "discharged" if discharged else "active",
                    "created_at": now,
                    "updated_at": now,
                },
            )
            store.insert(
                "enrollment",
                {
                    "member_id": member_id,
                    "group_id": group_id,
                    "start_on": admitted.isoformat(),
                    "end_on": discharged.isoformat() if discharged else None,
                },
            )
            members.append((member_id, group_id, admitted, discharged))
            counts["members"] += 1

        for (name, _track, days, start, room), group_id in zip(groups, group_ids, strict=True):
            weekdays = {int(d) for d in days.split(",")}
            # The evening group's last session still has its notes to write (Today shows it).
            last = max(
                today - dt.timedelta(days=n)
                for n in range(1, 8)
                if (today - dt.timedelta(days=n)).isoweekday() in weekdays
            )
            day = start_of_history
            while day < today:
                if day.isoweekday() in weekdays:
                    counts["notes"] += _demo_session(
                        clinic,
                        rng,
                        group_id,
                        day,
                        start,
                        room,
                        members,
                        lead_id,
                        co_id,
                        sign=not (name == "Evening IOP" and day == last),
                    )
                    counts["sessions"] += 1
                day += dt.timedelta(days=1)
            del name
        # Run the built-in topics in order, so suggestions and members' topic histories show.
        topic_ids = [t.id for t in clinic.curriculum.list()]
        for n, row in enumerate(store.query("SELECT id FROM session ORDER BY date, id")):
            if topic_ids:
                store.update("session", row["id"], {"topic_id": topic_ids[n % len(topic_ids)]})
        _highlights(clinic, today, members)
        ctx.audit("demo_created", "database", "", {k: v for k, v in counts.items()})
    return counts


def _demo_session(
    clinic: Clinic,
    rng: random.Random,
    group_id: int,
    day: dt.date,
    start: str,
    room: str,
    members: list[tuple[int, int, dt.date, dt.date | None]],
    lead_id: int,
    co_id: int,
    sign: bool = True,
) -> int:
    store = clinic.store
    begin = dt.datetime.combine(day, dt.time.fromisoformat(start))
    end = begin + dt.timedelta(minutes=180)
    stamp = end.isoformat(timespec="seconds")
    session_id = store.insert(
        "session",
        {
            "group_id": group_id,
            "date": day.isoformat(),
            "planned_start": begin.isoformat(timespec="seconds"),
            "planned_end": stamp,
            "actual_start": begin.isoformat(timespec="seconds"),
            "actual_end": stamp,
            "facilitator_id": lead_id,
            "modality": "in_person",
            "room": room,
            "note_format": "DAP",
            "status": "signed" if sign else "ended",
            "created_at": stamp,
            "updated_at": stamp,
        },
    )
    roster = [
        m for m in members if m[1] == group_id and m[2] <= day and (m[3] is None or m[3] >= day)
    ]
    notes = 0
    for member_id, _g, _a, _d in roster:
        roll = rng.random()
        status = (
            AttendanceStatus.PRESENT
            if roll < 0.72
            else AttendanceStatus.LATE
            if roll < 0.80
            else AttendanceStatus.LEFT_EARLY
            if roll < 0.85
            else AttendanceStatus.ABSENT_EXCUSED
            if roll < 0.93
            else AttendanceStatus.ABSENT_UNEXCUSED
        )
        arrived, left = begin, end
        if status is AttendanceStatus.LATE:
            arrived = begin + dt.timedelta(minutes=rng.choice([10, 15, 25, 40]))
        if status is AttendanceStatus.LEFT_EARLY:
            left = end - dt.timedelta(minutes=rng.choice([30, 45, 60]))
        attended = status.attended
        minutes = int((left - arrived).total_seconds() // 60) if attended else 0
        store.insert(
            "attendance",
            {
                "session_id": session_id,
                "member_id": member_id,
                "status": status.value,
                "arrived_at": arrived.isoformat(timespec="seconds") if attended else None,
                "left_at": left.isoformat(timespec="seconds") if attended else None,
                "minutes": minutes,
                "updated_at": stamp,
            },
        )
        if not attended:
            reason = rng.choice(
                ["called ahead (illness)", "no contact", "work conflict", "medical appointment"]
            )
            _signed_note(
                store,
                session_id,
                member_id,
                {"data": f"{status.label}: did not attend; {reason}."},
                None,
                lead_id,
                stamp,
                sign,
            )
            notes += 1
            continue
        craving = max(0, min(10, int(rng.gauss(3, 2))))
        store.insert(
            "check_in",
            {
                "session_id": session_id,
                "member_id": member_id,
                "craving": craving,
                "use_since_last": "no",
                "drug_screen": "not_collected",
                "mood": rng.choice(["calm", "tired", "hopeful", "anxious"]),
                "updated_at": stamp,
            },
        )
        stage = rng.choice(["contemplation", "preparation", "action"])
        _signed_note(
            store,
            session_id,
            member_id,
            _individual_note(rng, craving, stage),
            stage,
            lead_id,
            stamp,
            sign,
        )
        notes += 1
    del co_id
    return notes


def _signed_note(
    store: object,
    session_id: int,
    member_id: int,
    sections: dict[str, str],
    stage: str | None,
    lead_id: int,
    stamp: str,
    sign: bool = True,
) -> None:
    attended = stage is not None
    note_id = store.insert(  # type: ignore[attr-defined]
        "member_note",
        {
            "session_id": session_id,
            "member_id": member_id,
            "format": "DAP",
            "sections": json.dumps(sections),
            "participation_level": "active" if attended else None,
            "risk": "none" if attended else None,
            "stage_of_change": stage,
            "status": "ready",
            "created_at": stamp,
            "updated_at": stamp,
        },
    )
    if not sign:
        return
    store.update(  # type: ignore[attr-defined]
        "member_note",
        note_id,
        {
            "status": "signed",
            "signed_by": lead_id,
            "signed_at": stamp,
            "content_hash": content_hash({"sections": sections, "member_id": member_id}),
        },
    )


def _highlights(
    clinic: Clinic, today: dt.date, members: list[tuple[int, int, dt.date, dt.date | None]]
) -> None:
    """What Today should point at: a safety flag at a member's last session, a discharge due."""
    store = clinic.store
    active = [m for m in members if m[3] is None and m[2] < today]
    if not active:
        return
    flagged = active[0][0]
    last = store.one(
        "SELECT c.session_id FROM check_in c JOIN session s ON s.id = c.session_id"
        " WHERE c.member_id = ? ORDER BY s.date DESC LIMIT 1",
        [flagged],
    )
    if last:
        store.execute(
            "UPDATE check_in SET safety_flag = 1 WHERE session_id = ? AND member_id = ?",
            [last["session_id"], flagged],
        )
    if len(active) > 3:
        sunday = today + dt.timedelta(days=6 - today.weekday())
        store.update(
            "member",
            active[3][0],
            {"expected_discharge": min(today + dt.timedelta(days=2), sunday).isoformat()},
        )
