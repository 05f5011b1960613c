"""Note formats, cloned-note detection and the chartable-elements check."""

from __future__ import annotations

import dataclasses

import pytest

from iop_facilitator.domain.notes import (
    ChartFacts,
    content_hash,
    missing_elements,
    near_identical,
    parse_format,
)

BIRP = parse_format(
    "BIRP",
    "BIRP",
    '[{"key": "behavior", "title": "Behavior"}, {"key": "intervention", "title": "Intervention"},'
    ' {"key": "response", "title": "Response"}, {"key": "plan", "title": "Plan"}]',
)
COMPLETE = ChartFacts(
    attended=True,
    session_start="2026-11-23T09:00:00",
    session_end="2026-11-23T12:00:00",
    minutes=180,
    sections={"behavior": "b", "intervention": "i", "response": "r", "plan": "p"},
    format=BIRP,
    participation_level="active",
    risk="none",
    risk_follow_up="",
    plan="",
    goal="",
)


def test_formats_know_shared_sections() -> None:
    assert BIRP.individual_keys == ("behavior", "response", "plan")


def test_a_complete_note_lacks_nothing() -> None:
    assert missing_elements(COMPLETE) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"session_start": None}, "Session start and stop times"),
        ({"minutes": 0}, "Minutes attended"),
        (
            {"sections": {"behavior": "b", "intervention": "i", "response": "", "plan": "p"}},
            "Response section",
        ),
        (
            {"sections": {"behavior": "b", "intervention": "i", "response": "r", "plan": " "}},
            "Plan",
        ),
        ({"participation_level": None}, "Participation level"),
        ({"risk": None}, "Risk (choose 'None reported' if none)"),
        ({"risk": "ideation"}, "Follow-up for the risk marked"),
    ],
)
def test_each_missing_element_is_caught(change, expected) -> None:
    assert missing_elements(dataclasses.replace(COMPLETE, **change)) == [expected]


def test_girp_needs_a_goal_and_absence_needs_a_note() -> None:
    girp = parse_format("GIRP", "GIRP", '[{"key": "intervention", "title": "Intervention"}]')
    facts = dataclasses.replace(COMPLETE, format=girp, sections={"intervention": "i"}, plan="p")
    assert missing_elements(facts) == ["Treatment-plan goal"]
    absent = dataclasses.replace(COMPLETE, attended=False, minutes=0, sections={})
    assert missing_elements(absent) == ["A short absence note"]
    assert (
        missing_elements(
            dataclasses.replace(absent, sections={"data": "Absent, excused: illness."})
        )
        == []
    )


def test_near_identical_notes() -> None:
    a = "Member described a stressful week at work and named two triggers they noticed early on."
    b = "Member described a stressful week at work and named two triggers they noticed early."
    c = "Member was quiet, then spoke about a conflict at home and how they left the room calmly."
    assert near_identical(a, b)
    assert not near_identical(a, c)
    assert near_identical("Engaged.", "Engaged.") and not near_identical("", "")


def test_content_hash_is_stable_and_sensitive() -> None:
    assert content_hash({"a": 1, "b": "x"}) == content_hash({"b": "x", "a": 1})
    assert content_hash({"a": 1}) != content_hash({"a": 2})
