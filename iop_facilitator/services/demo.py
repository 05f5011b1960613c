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
    "Avery", "Jordan", "Riley", "Quinn", "Morgan", "Hope", "Will", "Casey", "Dakota", "Rowan",
    "Emerson", "Skyler", "Harper", "Finley", "Sage", "Reese", "Kai", "Jules", "Marlow", "Tatum",
]
LAST = [
    "Quillfeather", "Brightwater", "Maplewood", "Stonebridge", "Fernhollow", "Larkspur",
    "Thistledown", "Copperfield", "Willowmere", "Ashgrove", "Birchwell", "Cloverdale",
    "Duskmoor", "Elmstead", "Foxglen", "Glimmerby", "Hazelrigg", "Ivybrook", "Juniperlee", "Kestrelton",
]
DATA_LINES = [
    "Member described a stressful week at work and named two triggers they noticed early.",
    "Member shared about using a craving log and reported two urges that passed without use.",
    "Member was quiet at first, then described a conflict at home and how they left the room.",
    "Member reported attending two mutual-help meetings and called their sponsor once.",
    "Member practised the refusal-skills role play and gave feedback to a peer.",
]
ASSESS_LINES = [
    "Engaged and insightful; applying coping skills between sessions. No risk indicated.",
    "Variable engagement; ambivalence about change remains. Denies safety concerns.",
    "Active participation; growing confidence in refusal skills. No risk indicated.",
]
PLAN_LINES = [
    "Continue IOP as scheduled; complete the trigger worksheet before next session.",
    "Continue IOP; practise urge surfing daily and report back at check-in.",
    "Continue IOP; review relapse prevention plan with primary counselor this week.",
]


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
                        "name": name, "track": track, "weekdays": days, "start_time": start,
                        "minutes": 180, "room": room, "note_format": "DAP",
                        "billing_code": "H0015", "created_at": now,
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
                    "preferred_name": FIRST[i], "full_name": f"{FIRST[i]} {LAST[i]}",
                    "chart_id": f"DEMO-{1001 + i}", "track": "substance_use" if i % 2 == 0 else "co_occurring",
                    "phase": "early_recovery", "admitted_on": admitted.isoformat(),
                    "expected_discharge": (admitted + dt.timedelta(days=90)).isoformat(),
                    "discharged_on": discharged.isoformat() if discharged else None,
                    "discharge_reason": "completed" if discharged else None,
                    "status": "discharged" if discharged else "active",
                    "created_at": now, "updated_at": now,
                },
            )
            store.insert(
                "enrollment",
                {"member_id": member_id, "group_id": group_id, "start_on": admitted.isoformat(),
                 "end_on": discharged.isoformat() if discharged else None},
            )
            members.append((member_id, group_id, admitted, discharged))
            counts["members"] += 1

        for (name, _track, days, start, room), group_id in zip(groups, group_ids, strict=True):
            weekdays = {int(d) for d in days.split(",")}
            day = start_of_history
            while day < today:
                if day.isoweekday() in weekdays:
                    counts["notes"] += _demo_session(
                        clinic, rng, group_id, day, start, room, members, lead_id, co_id
                    )
                    counts["sessions"] += 1
                day += dt.timedelta(days=1)
            del name
        # Run the built-in topics in order, so suggestions and members' topic histories show.
        topic_ids = [t.id for t in clinic.curriculum.list()]
        for n, row in enumerate(store.query("SELECT id FROM session ORDER BY date, id")):
            if topic_ids:
                store.update("session", row["id"], {"topic_id": topic_ids[n % len(topic_ids)]})
        ctx.audit("demo_created", "database", "", {k: v for k, v in counts.items()})
    return counts


def _demo_session(
    clinic: Clinic, rng: random.Random, group_id: int, day: dt.date, start: str, room: str,
    members: list[tuple[int, int, dt.date, dt.date | None]], lead_id: int, co_id: int,
) -> int:
    store = clinic.store
    begin = dt.datetime.combine(day, dt.time.fromisoformat(start))
    end = begin + dt.timedelta(minutes=180)
    stamp = end.isoformat(timespec="seconds")
    session_id = store.insert(
        "session",
        {
            "group_id": group_id, "date": day.isoformat(),
            "planned_start": begin.isoformat(timespec="seconds"), "planned_end": stamp,
            "actual_start": begin.isoformat(timespec="seconds"), "actual_end": stamp,
            "facilitator_id": lead_id, "modality": "in_person", "room": room,
            "note_format": "DAP", "status": "signed", "created_at": stamp, "updated_at": stamp,
        },
    )
    roster = [m for m in members if m[1] == group_id and m[2] <= day and (m[3] is None or m[3] >= day)]
    notes = 0
    for member_id, _g, _a, _d in roster:
        roll = rng.random()
        status = (
            AttendanceStatus.PRESENT if roll < 0.72 else
            AttendanceStatus.LATE if roll < 0.80 else
            AttendanceStatus.LEFT_EARLY if roll < 0.85 else
            AttendanceStatus.ABSENT_EXCUSED if roll < 0.93 else AttendanceStatus.ABSENT_UNEXCUSED
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
                "session_id": session_id, "member_id": member_id, "status": status.value,
                "arrived_at": arrived.isoformat(timespec="seconds") if attended else None,
                "left_at": left.isoformat(timespec="seconds") if attended else None,
                "minutes": minutes, "updated_at": stamp,
            },
        )
        if not attended:
            continue
        store.insert(
            "check_in",
            {
                "session_id": session_id, "member_id": member_id,
                "craving": max(0, min(10, int(rng.gauss(3, 2)))), "use_since_last": "no",
                "drug_screen": "not_collected", "mood": rng.choice(["calm", "tired", "hopeful", "anxious"]),
                "updated_at": stamp,
            },
        )
        sections = {
            "data": rng.choice(DATA_LINES), "assessment": rng.choice(ASSESS_LINES),
            "plan": rng.choice(PLAN_LINES),
        }
        note_id = store.insert(
            "member_note",
            {
                "session_id": session_id, "member_id": member_id, "format": "DAP",
                "sections": json.dumps(sections), "participation_level": "active",
                "risk": "none", "stage_of_change": rng.choice(["contemplation", "preparation", "action"]),
                "plan": sections["plan"], "status": "ready", "created_at": stamp, "updated_at": stamp,
            },
        )
        store.update(
            "member_note", note_id,
            {"status": "signed", "signed_by": lead_id, "signed_at": stamp,
             "content_hash": content_hash({"sections": sections, "member_id": member_id})},
        )
        notes += 1
    del co_id
    return notes
