"""Ten years of a fictional clinic, generated fast for the benchmarks.

4 groups meeting 4 times a week, 12 members each with rolling turnover (one long-stay member in
the first group is the worst case for a member's history), attendance, check-ins, one signed
DAP note of about 1,200 characters per member per session, and a signed group note per session:
about 8,300 sessions and 100,000 member notes. Every name is invented ("Bench Member 0042").

The database is made by `create_clinic` (the app's own schema and migrations), then filled in one
transaction with `storage.bulk.executemany`. The file is cached under bench-results/ with a name
keyed by GENERATOR_VERSION and the app's migration names, so reruns reuse it and a schema change
makes a new one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iop_facilitator.clock import ManualClock
from iop_facilitator.domain.notes import content_hash
from iop_facilitator.paths import DataPaths
from iop_facilitator.services.clinic import create_clinic
from iop_facilitator.storage import Key, Passphrase
from iop_facilitator.storage.bulk import executemany
from iop_facilitator.storage.migrations import migration_names

GENERATOR_VERSION = 1
# Fictional data only; this passphrase opens nothing but the benchmark's own database.
BENCH_PASSPHRASE = "bench only kettle river blue mango"
START = dt.date(2016, 1, 4)  # a Monday
WEEKS = 522  # ten years
ROSTER = 12
GROUPS = (
    # name, track, ISO weekdays, start time, minutes
    ("Bench Morning Group", "substance_use", (1, 2, 3, 4), "09:00", 180),
    ("Bench Afternoon Group", "co_occurring", (1, 2, 3, 4), "13:00", 180),
    ("Bench Evening Group", "substance_use", (1, 2, 3, 4), "18:00", 180),
    ("Bench Friday-Start Group", "mental_health", (2, 3, 4, 5), "09:30", 180),
)
ATTENDANCE = (  # status, weight, share of the session's minutes
    ("present", 80, 1.0),
    ("late", 5, 0.85),
    ("left_early", 3, 0.6),
    ("telehealth", 2, 1.0),
    ("absent_excused", 6, 0.0),
    ("absent_unexcused", 4, 0.0),
)
MOODS = ("calm", "tired", "anxious", "hopeful", "flat", "irritable", "steady", "upbeat")
DATA_LINES = (
    "{n} arrived on time and joined the check-in, describing the week as uneven but manageable.",
    "{n} reported two days of strong cravings after a family visit and used urge surfing.",
    "{n} listened attentively during the psychoeducation segment and asked how triggers build up.",
    "{n} shared a high-risk situation at work and how the plan from last week helped.",
    "{n} described sleeping poorly and feeling on edge; denied any use since the last session.",
    "{n} gave feedback to a peer about setting boundaries, in a supportive and specific way.",
    "{n} completed the decisional balance worksheet and read two items aloud to the group.",
    "{n} was quiet in the first hour and engaged more once the role-play began.",
    "{n} identified three early warning signs and one person to call when they show up.",
    "{n} talked about attending two mutual-help meetings and finding one of them useful.",
)
ASSESSMENT_LINES = (
    "Engagement was good; insight into the link between stress and cravings is growing.",
    "Affect was congruent with content. No safety concerns were raised or observed today.",
    "Stage of change appears to be action: the member tries skills between sessions.",
    "Ambivalence about abstinence remains; importance rated higher than confidence.",
    "Participation was moderate and appropriate; the member responded well to peer support.",
    "Progress toward the treatment-plan goal on coping skills is steady this week.",
    "Some minimisation of recent risk; will revisit the relapse prevention plan next time.",
)
PLAN_LINES = (
    "Continue IOP as scheduled. Practise urge surfing daily and log cravings on the card.",
    "Review the relapse prevention plan with the primary counselor before Friday.",
    "Homework: list three supportive contacts and one activity for the weekend.",
    "Next session: bring the completed worksheet and one example of a boundary kept.",
    "Coordinate with the case manager about transportation for next week's sessions.",
)


@dataclass
class _Member:
    id: int
    group: int
    admitted: dt.date
    leaves_after_week: int
    discharged: dt.date | None = None
    long_stay: bool = False


@dataclass
class Generated:
    """What was generated, for the report."""

    counts: dict[str, int] = field(default_factory=dict)
    long_stay_member_id: int = 0
    typical_member_id: int = 0
    last_week_start: str = ""


def cache_key() -> str:
    """Changes when the generator or the app's schema changes."""
    schema = hashlib.sha256("|".join(migration_names()).encode()).hexdigest()[:10]
    return f"v{GENERATOR_VERSION}-{schema}"


def cached_database(
    cache_dir: Path, *, weeks: int = WEEKS, log: Any = print
) -> tuple[DataPaths, Generated]:
    """The cached data folder (ten years unless `weeks` says less), generated first if missing."""
    size = "10y" if weeks == WEEKS else f"{weeks}w"
    folder = cache_dir / f"db-{size}-{cache_key()}"
    meta_file = folder / "bench-meta.json"
    paths = DataPaths(folder)
    if meta_file.exists() and paths.database.exists():
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        return paths, Generated(**meta)
    if folder.exists():
        shutil.rmtree(folder)
    log(f"Generating a {weeks}-week database in {folder} (once; reruns reuse it)...")
    generated = generate(paths, weeks=weeks)
    meta_file.write_text(json.dumps(generated.__dict__, indent=2), encoding="utf-8")
    return paths, generated


def _note_sections(rng: random.Random, name: str, status: str) -> dict[str, str]:
    if status.startswith("absent"):
        data = [f"{name} did not attend today's session ({status.replace('_', ' ')})."]
        data += [line.format(n=name) for line in rng.sample(DATA_LINES, 6)]
        data[1] = "At the previous session: " + data[1]
    else:
        data = [line.format(n=name) for line in rng.sample(DATA_LINES, 7)]
    return {
        "data": " ".join(data),
        "assessment": " ".join(rng.sample(ASSESSMENT_LINES, 3)),
        "plan": " ".join(rng.sample(PLAN_LINES, 3)),
    }


def generate(paths: DataPaths, *, weeks: int = WEEKS, key: Key | None = None) -> Generated:
    """Create the database in `paths` (must not exist) and fill it: ten years take a minute or so.

    `weeks` and `key` let tests make a small one quickly (default: the bench passphrase).
    """
    rng = random.Random(20160104)
    now = dt.datetime.combine(START + dt.timedelta(weeks=weeks), dt.time(17, 0)).astimezone()
    clinic = create_clinic(
        paths,
        key if key is not None else Passphrase(BENCH_PASSPHRASE),
        clinic_name="Bench clinic (fictional)",
        facilitator_name="Fac Benchmark",
        credentials="LADC",
        clock=ManualClock(now),
    )
    store = clinic.store
    facilitator_id = int(store.scalar("SELECT min(id) FROM facilitator"))
    stamp = now.isoformat(timespec="seconds")
    members: list[_Member] = []
    rosters: list[list[_Member]] = [[] for _ in GROUPS]

    def admit(group: int, week: int, long_stay: bool = False) -> _Member:
        stay = weeks + 1 if long_stay else rng.randint(6, 14)
        m = _Member(
            len(members) + 1,
            group,
            START + dt.timedelta(weeks=week),
            week + stay,
            long_stay=long_stay,
        )
        members.append(m)
        return m

    for g in range(len(GROUPS)):
        rosters[g] = [admit(g, 0, long_stay=(g == 0 and i == 0)) for i in range(ROSTER)]
        for m in rosters[g][1:]:  # stagger the first cohort's leaving weeks
            m.leaves_after_week = rng.randint(1, 14)

    sessions: list[tuple[Any, ...]] = []
    attendance: list[tuple[Any, ...]] = []  # (session_id, member_id, status, minutes, date)
    session_id = 0
    for week in range(weeks):
        monday = START + dt.timedelta(weeks=week)
        for g, (_name, _track, weekdays, start, minutes) in enumerate(GROUPS):
            roster = rosters[g]
            for i, m in enumerate(roster):
                if week >= m.leaves_after_week:
                    m.discharged = monday - dt.timedelta(days=3)
                    roster[i] = admit(g, week)
            for weekday in weekdays:
                day = monday + dt.timedelta(days=weekday - 1)
                begin = dt.datetime.combine(day, dt.time.fromisoformat(start))
                end = begin + dt.timedelta(minutes=minutes)
                session_id += 1
                sessions.append(
                    (
                        session_id,
                        g + 1,
                        day.isoformat(),
                        begin.isoformat(),
                        end.isoformat(),
                        begin.isoformat(),
                        end.isoformat(),
                        facilitator_id,
                        "signed",
                        stamp,
                        stamp,
                    )
                )
                for m in roster:
                    status, _w, share = rng.choices(ATTENDANCE, [a[1] for a in ATTENDANCE])[0]
                    attendance.append((session_id, m.id, status, int(minutes * share), day))

    def member_rows() -> Iterator[tuple[Any, ...]]:
        for m in members:
            track = GROUPS[m.group][1]
            status = "discharged" if m.discharged else "active"
            yield (
                m.id,
                f"Bench {m.id:04d}",
                f"Bench Member {m.id:04d}",
                f"BENCH-{m.id:05d}",
                track,
                "early_recovery",
                m.admitted.isoformat(),
                m.discharged.isoformat() if m.discharged else None,
                "completed" if m.discharged else None,
                status,
                stamp,
                stamp,
            )

    def note_rows() -> Iterator[tuple[Any, ...]]:
        for sid, mid, status, _minutes, day in attendance:
            sections = _note_sections(rng, f"Bench {mid:04d}", status)
            signed_at = f"{day.isoformat()}T20:00:00"
            digest = content_hash({"session_id": sid, "member_id": mid, "sections": sections})
            yield (
                sid,
                mid,
                "DAP",
                json.dumps(sections),
                "moderate",
                "none",
                facilitator_id,
                signed_at,
                digest,
                stamp,
                stamp,
            )

    def check_in_rows() -> Iterator[tuple[Any, ...]]:
        for sid, mid, status, _minutes, _day in attendance:
            if not status.startswith("absent"):
                yield (
                    sid,
                    mid,
                    rng.randint(0, 10),
                    "no",
                    "not_collected",
                    rng.choice(MOODS),
                    stamp,
                )

    with clinic.ctx.write():
        executemany(
            store,
            "INSERT INTO therapy_group (id, name, track, weekdays, start_time, "
            "minutes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (g + 1, n, t, ",".join(map(str, d)), s, mins, stamp)
                for g, (n, t, d, s, mins) in enumerate(GROUPS)
            ],
        )
        executemany(
            store,
            "INSERT INTO member (id, preferred_name, full_name, chart_id, track, "
            "phase, admitted_on, discharged_on, discharge_reason, status, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            member_rows(),
        )
        executemany(
            store,
            "INSERT INTO enrollment (member_id, group_id, start_on, end_on) VALUES (?, ?, ?, ?)",
            [
                (
                    m.id,
                    m.group + 1,
                    m.admitted.isoformat(),
                    m.discharged.isoformat() if m.discharged else None,
                )
                for m in members
            ],
        )
        executemany(
            store,
            "INSERT INTO session (id, group_id, date, planned_start, planned_end, "
            "actual_start, actual_end, facilitator_id, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            sessions,
        )
        executemany(
            store,
            "INSERT INTO attendance (session_id, member_id, status, minutes, "
            "updated_at) VALUES (?, ?, ?, ?, ?)",
            ((s, m, st, mins, stamp) for s, m, st, mins, _d in attendance),
        )
        executemany(
            store,
            "INSERT INTO check_in (session_id, member_id, craving, "
            "use_since_last, drug_screen, mood, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            check_in_rows(),
        )
        # Notes go in as 'ready' with their signature fields, then are signed in one statement:
        # the schema refuses a note inserted already signed.
        executemany(
            store,
            "INSERT INTO member_note (session_id, member_id, format, sections, "
            "participation_level, risk, signed_by, signed_at, content_hash, status, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ready', ?, ?)",
            note_rows(),
        )
        store.changes("UPDATE member_note SET status = 'signed' WHERE status = 'ready'")
        executemany(
            store,
            "INSERT INTO group_note (session_id, group_process, participants, "
            "status, updated_at) VALUES (?, ?, ?, 'draft', ?)",
            (
                (s[0], "The group worked on coping skills; cohesion was good.", ROSTER, stamp)
                for s in sessions
            ),
        )
    counts = {
        table: int(store.scalar(f'SELECT count(*) FROM "{table}"'))
        for table in (
            "therapy_group",
            "member",
            "session",
            "attendance",
            "check_in",
            "member_note",
            "group_note",
        )
    }
    clinic.close()
    typical = next(m for m in reversed(members) if m.discharged and not m.long_stay)
    last_monday = START + dt.timedelta(weeks=weeks - 1)
    return Generated(
        counts,
        long_stay_member_id=1,
        typical_member_id=typical.id,
        last_week_start=last_monday.isoformat(),
    )
