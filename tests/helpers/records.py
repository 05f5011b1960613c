"""Fictional records written straight through the Store (the member/session/note services are
other work): enough rows for counts, backups and the kill test to check."""

from __future__ import annotations

import json
from typing import Any

NOW = "2026-11-23T12:00:00"


def add_group(store: Any, name: str = "Fictional Tuesday Group") -> int:
    return int(
        store.insert("therapy_group", {"name": name, "track": "substance_use", "created_at": NOW})
    )


def add_member(store: Any, chart_id: str, name: str = "Testy McFiction") -> int:
    return int(
        store.insert(
            "member",
            {
                "preferred_name": name.split()[0],
                "full_name": name,
                "chart_id": chart_id,
                "track": "substance_use",
                "phase": "engagement",
                "admitted_on": "2026-11-01",
                "created_at": NOW,
                "updated_at": NOW,
            },
        )
    )


def add_session(store: Any, group_id: int, date: str = "2026-11-23") -> int:
    return int(
        store.insert(
            "session",
            {
                "group_id": group_id,
                "date": date,
                "planned_start": NOW,
                "planned_end": NOW,
                "created_at": NOW,
                "updated_at": NOW,
            },
        )
    )


def add_note(store: Any, session_id: int, member_id: int, text: str = "fictional") -> int:
    return int(
        store.insert(
            "member_note",
            {
                "session_id": session_id,
                "member_id": member_id,
                "format": "DAP",
                "sections": json.dumps({"data": text}),
                "created_at": NOW,
                "updated_at": NOW,
            },
        )
    )


def populate(clinic: Any, members: int, sessions: int, prefix: str = "M") -> None:
    """`members` members, `sessions` sessions, and a note for each (member, session) pair."""
    with clinic.ctx.write() as store:
        group = add_group(store, f"Fictional group {prefix}")
        member_ids = [add_member(store, f"{prefix}{i:04d}") for i in range(members)]
        for s in range(sessions):
            session = add_session(store, group, f"2026-11-{s + 1:02d}")
            for m in member_ids:
                add_note(store, session, m)


def counts(store: Any) -> tuple[int, int, int]:
    return (
        int(store.scalar("SELECT count(*) FROM member")),
        int(store.scalar("SELECT count(*) FROM session")),
        int(store.scalar("SELECT count(*) FROM member_note")),
    )
