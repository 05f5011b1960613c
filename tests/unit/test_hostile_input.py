"""Hostile input on every free-text path there is: no crash, no partial write, a clear message."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_facilitator import errors
from iop_facilitator.services.settings import SPECS
from tests.helpers.fuzz import SPECIALS, check_hostile, hostile_text

TEXT_SETTINGS = [s.key for s in SPECS if s.type is str and not s.choices]
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def snapshot(clinic) -> Any:
    store = clinic.store
    return (
        store.query("SELECT key, value FROM setting ORDER BY key"),
        store.query("SELECT id, name, credentials FROM facilitator ORDER BY id"),
    )


@FUZZ
@given(key=st.sampled_from(TEXT_SETTINGS), text=hostile_text())
def test_text_settings(clinic, key: str, text: str) -> None:
    outcome = check_hostile(
        lambda v: clinic.settings.update({key: v}), lambda: snapshot(clinic), text
    )
    if outcome == "saved":
        assert clinic.settings.get(key) == text.strip()


@FUZZ
@given(good=hostile_text(), bad=st.sampled_from(["x" * 100_000, "a\x00b", "\ud800"]))
def test_one_bad_value_saves_nothing_of_the_others(clinic, good: str, bad: str) -> None:
    before = snapshot(clinic)
    with pytest.raises(errors.ValidationError) as caught:
        clinic.settings.update({"clinic_name": good, "program_name": bad, "auto_lock_minutes": 30})
    assert caught.value.message
    assert snapshot(clinic) == before


@FUZZ
@given(name=hostile_text(), credentials=hostile_text(max_size=40))
def test_facilitator_names(clinic, name: str, credentials: str) -> None:
    outcome = check_hostile(
        lambda v: clinic.facilitators.create(*v), lambda: snapshot(clinic), (name, credentials)
    )
    if outcome == "saved":
        newest = max(clinic.facilitators.list(), key=lambda f: f.id)
        assert newest.name == " ".join(name.split())


@pytest.mark.parametrize("text", SPECIALS, ids=range(len(SPECIALS)))
def test_each_special_string_in_every_text_setting(clinic, text: str) -> None:
    for key in TEXT_SETTINGS:
        check_hostile(
            lambda v, k=key: clinic.settings.update({k: v}), lambda: snapshot(clinic), text
        )
    assert clinic.store.scalar("PRAGMA integrity_check") == "ok"
    assert clinic.store.scalar("SELECT count(*) FROM member") == 0  # the SQL did nothing


def test_nul_and_broken_characters_get_a_plain_message(clinic) -> None:
    with pytest.raises(errors.ValidationError, match="NUL"):
        clinic.settings.update({"clinic_name": "a\x00b"})
    with pytest.raises(errors.ValidationError, match="broken character"):
        clinic.facilitators.create("Fay \ud83d Fiction")
    clinic.settings.update({"clinic_name": "مرحبا 👩🏽‍⚕️"})
    assert clinic.settings.get("clinic_name") == "مرحبا 👩🏽‍⚕️"
