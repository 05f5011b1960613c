"""The confidentiality check, table-driven with the tricky names a real roster has."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iop_facilitator.domain.confidentiality import (
    PersonNames,
    find_names,
    open_flags,
    replace_all_with_peer,
)

ROSTER = [
    PersonNames(1, ("Sean", "Sean O'Brien")),
    PersonNames(2, ("José", "José Ramírez")),
    PersonNames(3, ("Mary-Kate", "Mary-Kate Lindqvist")),
    PersonNames(4, ("Hope", "Hope Adeyemi")),
    PersonNames(5, ("Will", "William Tran")),
    PersonNames(6, ("May", "May Fairweather")),
    PersonNames(7, ("Summer", "Summer Okonkwo")),
    PersonNames(8, ("Jordan", "Jordan Blake")),
]
OWN = ("Riley", "Riley Quinn")


def found(text: str) -> list[tuple[int, str]]:
    return [(f.member_id, f.text) for f in find_names(text, ROSTER, OWN)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Member gave feedback to Sean about his plan.", [(1, "Sean")]),
        ("Member agreed with O'Brien's point.", [(1, "O'Brien")]),
        ("Member agreed with O’Brien’s point.", [(1, "O’Brien")]),
        ("Member sat next to Jose.", [(2, "Jose")]),
        ("Member sat next to josé today.", [(2, "josé")]),
        ("JOSÉ RAMÍREZ was also there.", [(2, "JOSÉ RAMÍREZ")]),
        ("Mary-Kate shared first.", [(3, "Mary-Kate")]),
        ("Member thanked Mary-Kate's sister.", [(3, "Mary-Kate")]),
        ("Member talked with Mary Kate after group.", [(3, "Mary Kate")]),
        ("Member and Hope role-played refusal skills.", [(4, "Hope")]),
        ("Hope said the exercise helped.", [(4, "Hope")]),
        ("Hope's story moved the member.", [(4, "Hope")]),
        ("Member said she would call Will tonight.", [(5, "Will")]),
        ("Member disagreed with William.", [(5, "William")]),
        ("Member and May practised urge surfing.", [(6, "May")]),
        ("Member supported Summer during check-in.", [(7, "Summer")]),
        ("Member argued with jordan.", [(8, "jordan")]),
        ("Member met Jordan Blake's brother.", [(8, "Jordan Blake")]),
        ("Member said Sean and Hope helped; Will agreed.", [(1, "Sean"), (4, "Hope"), (5, "Will")]),
    ],
)
def test_real_mentions_are_found(text, expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Member expressed hope about staying sober.",
        "Hope is a theme the member returned to often.",
        "Member will attend a meeting tomorrow.",
        "Will power alone is not enough, member said.",
        "Member may need a referral.",
        "May is when the member's court date falls.",
        "Member plans to visit family in May.",
        "Member relapsed on May 3 and returned to group.",
        "Over the summer the member drank daily.",
        "Member has faith in the program.",
        "Member referred to a peer's comment about cravings.",
        "Riley described a stressful week.",  # the member's own name is fine
        "Member is seanchaí-like in storytelling.",  # part of another word is not a name
        "",
    ],
)
def test_ordinary_sentences_raise_no_flag(text) -> None:
    assert found(text) == []


def test_replacement_with_a_peer() -> None:
    text = "Hope said Sean's idea helped. Member agreed with Mary-Kate."
    flags = find_names(text, ROSTER, OWN)
    assert replace_all_with_peer(text, flags) == (
        "A peer said a peer's idea helped. Member agreed with a peer."
    )


def test_dismissed_flags_stay_dismissed_for_that_name_only() -> None:
    text = "Member thanked Hope. Sean was absent."
    flags = find_names(text, ROSTER, OWN)
    remaining = open_flags(flags, [flags[0].key])
    assert [f.text for f in remaining] == ["Sean"]


@given(st.text(max_size=300))
def test_never_crashes_and_spans_are_real(text) -> None:
    for flag in find_names(text, ROSTER, OWN):
        assert text[flag.start : flag.end] == flag.text
        assert 0 <= flag.start < flag.end <= len(text)
