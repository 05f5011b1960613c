"""The demo clinic: fictional, complete enough for every screen, never mixed with real data."""

from __future__ import annotations

import datetime as dt

from iop_facilitator.services import demo


def test_demo_builds_a_documented_clinic(clinic) -> None:
    counts = demo.build(clinic, dt.date(2026, 11, 23))
    assert counts["groups"] == 2 and counts["members"] == 20
    assert counts["sessions"] >= 30 and counts["notes"] > 100
    store = clinic.store
    assert store.scalar("SELECT count(*) FROM member WHERE chart_id NOT LIKE 'DEMO-%'") == 0
    # Only the evening group's last session still has notes to sign (Today lists it).
    unsigned = store.query("SELECT DISTINCT session_id FROM member_note WHERE status <> 'signed'")
    assert len(unsigned) == 1
    assert (
        store.scalar("SELECT status FROM session WHERE id = ?", [unsigned[0]["session_id"]])
        == "ended"
    )
    assert store.scalar("SELECT count(*) FROM member WHERE discharged_on IS NOT NULL") >= 1
    admitted = {r["admitted_on"] for r in store.query("SELECT admitted_on FROM member")}
    assert len(admitted) > 10  # rolling admissions, not one intake day
    assert store.scalar("PRAGMA foreign_key_check") is None
