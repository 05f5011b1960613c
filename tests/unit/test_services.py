"""Services: validation in plain words, atomic writes, Changes, audit."""

from __future__ import annotations

import json

import pytest

from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.passphrase import assess
from iop_facilitator.errors import ValidationError
from iop_facilitator.services.settings import PART2_SHORT_NOTICE


def test_settings_defaults_and_update(clinic) -> None:
    values = clinic.settings.all()
    assert values["clinic_name"] == "Test Clinic"
    assert values["auto_lock_minutes"] == 10
    assert values["redisclosure_notice"] == PART2_SHORT_NOTICE
    changes = clinic.settings.update({"auto_lock_minutes": "15", "paper_size": "A4"})
    assert changes.settings and changes.audit
    assert clinic.settings.get("auto_lock_minutes") == 15
    assert clinic.settings.get("paper_size") == "A4"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("auto_lock_minutes", "ten", "whole number"),
        ("auto_lock_minutes", 0, "at least 1"),
        ("paper_size", "Legal", "one of"),
        ("export_date_of_birth", "yes", "on or off"),
        ("clinic_name", "😀" * 10_000, "too long"),
    ],
)
def test_bad_setting_is_refused_and_nothing_is_written(clinic, key, value, message) -> None:
    before = clinic.settings.all()
    with pytest.raises(ValidationError, match=message):
        clinic.settings.update({"clinic_name": "Changed", key: value})
    assert clinic.settings.all() == before


def test_settings_change_is_audited_without_values(clinic) -> None:
    clinic.settings.update({"clinic_name": "Sunrise Program"})
    row = clinic.store.one(
        "SELECT * FROM audit_event WHERE action = 'settings_change' ORDER BY id DESC"
    )
    assert row is not None and row["actor_id"] == clinic.ctx.actor_id
    assert json.loads(row["detail"]) == {"keys": ["clinic_name"]}
    assert "Sunrise" not in row["detail"]


def test_facilitators(clinic) -> None:
    first = clinic.facilitators.active
    assert first is not None and first.display == "Fac Testwell, LADC"
    new_id, changes = clinic.facilitators.create("  Co   Helper ", "CADC")
    assert changes.facilitators
    assert clinic.facilitators.get(new_id).name == "Co Helper"
    clinic.facilitators.set_active(new_id)
    assert clinic.ctx.actor_id == new_id
    with pytest.raises(ValidationError, match="name"):
        clinic.facilitators.create("   ")


def test_changes_combine() -> None:
    combined = Changes(members=True) | Changes(notes=True)
    assert combined.members and combined.notes and not combined.groups
    assert combined.names == ("members", "notes")
    assert not Changes()


@pytest.mark.parametrize(
    ("text", "ok"),
    [("", False), ("short", False), ("password1", True), ("kettle river blue mango", True)],
)
def test_passphrase_strength(text, ok) -> None:
    assert assess(text).acceptable is ok


def test_clock_is_injected(clinic, clock) -> None:
    clock.advance(hours=2)
    clinic.settings.update({"program_name": "Evening IOP"})
    row = clinic.store.one("SELECT at FROM audit_event ORDER BY id DESC")
    assert row is not None and row["at"].startswith("2026-11-23T10:30:00")


def test_identity_is_confirmed_with_the_passphrase(tmp_path, clock) -> None:
    from iop_facilitator.paths import DataPaths
    from iop_facilitator.services.clinic import create_clinic
    from iop_facilitator.storage import Passphrase

    c = create_clinic(
        DataPaths(tmp_path / "d"),
        Passphrase("kettle river blue mango"),
        clinic_name="",
        facilitator_name="Fac Testwell",
        clock=clock,
    )
    assert c.confirm_identity("kettle river blue mango")
    assert not c.confirm_identity("wrong one")
    actions = [r["action"] for r in c.store.query("SELECT action FROM audit_event ORDER BY id")]
    assert actions[-2:] == ["identity_confirmed", "identity_refused"]
    c.close()


def test_identity_is_confirmed_with_the_pin_too(clinic) -> None:
    clinic.facilitators.set_pin(clinic.ctx.actor_id, "4826")
    assert clinic.confirm_identity("4826")
    assert not clinic.confirm_identity("4827")
