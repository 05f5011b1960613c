"""Note formats as data: a clinic adds its own (SIRP), uses it for notes and exports, and can
remove it only while nothing uses it."""

from __future__ import annotations

import datetime as dt

import pytest

from iop_facilitator.domain.enums import AttendanceStatus as A
from iop_facilitator.domain.enums import Track
from iop_facilitator.domain.groups import GroupDraft
from iop_facilitator.domain.notes import section_key
from iop_facilitator.errors import RuleViolation, ValidationError
from tests.unit.test_sessions import seed_group

SIRP = [
    ("Situation", "What brought the member to group today; what they reported."),
    ("Intervention", "What you did: techniques, topic, skills taught."),
    ("Response", "How the member responded."),
    ("Plan", "Next steps, homework, next session."),
]


def test_builtin_formats_are_listed_read_only(clinic) -> None:
    infos = clinic.note_formats.list()
    assert [i.format.key for i in infos] == ["BIRP", "DAP", "GIRP", "SOAP"]
    assert all(i.builtin and not i.deletable for i in infos)
    dap = next(i for i in infos if i.format.key == "DAP")
    assert [s.title for s in dap.format.sections] == ["Data", "Assessment", "Plan"]
    assert dap.is_default and all(s.hint for s in dap.format.sections)


def test_add_a_format_keeps_section_order_hints_and_is_audited(clinic) -> None:
    key, changes = clinic.note_formats.add("SIRP", SIRP)
    assert key == "SIRP" and changes.settings and changes.audit
    info = next(i for i in clinic.note_formats.list() if i.format.key == "SIRP")
    assert not info.builtin and info.deletable
    assert [s.key for s in info.format.sections] == [
        "situation",
        "intervention",
        "response",
        "plan",
    ]
    assert info.format.sections[0].hint.startswith("What brought")
    assert info.format.name == "SIRP (Situation, Intervention, Response, Plan)"
    # The intervention is the facilitator's: it may be written once for all present.
    assert info.format.individual_keys == ("situation", "response", "plan")
    assert ("SIRP", info.format.name) in clinic.groups.note_formats()
    row = clinic.store.one("SELECT * FROM audit_event WHERE action = 'note_format_create'")
    assert row is not None and row["entity_id"] == "SIRP"


@pytest.mark.parametrize(
    ("name", "sections", "message"),
    [
        ("", SIRP, "short name"),
        ("S I R P", SIRP, "letters and numbers"),
        ("dap", SIRP, "already a note format called dap"),
        ("SP", [("Plan", "")], "at least 2 sections"),
        ("BIG", [(f"Part {i}", "") for i in range(8)] + [("Plan", "")], "at most 8 sections"),
        ("SIRP", [("Situation", ""), ("", "a hint"), ("Plan", "")], "Section 2 has no name"),
        ("SIRP", [("Response", ""), ("response ", ""), ("Plan", "")], 'both called "Response"'),
        ("SIR", SIRP[:3], "Add a section called Plan"),
        ("SIRP", [("Situation", "x" * 300), ("Plan", "")], "one line"),
        ("SIRP", [("Risk follow-up", ""), ("Plan", "")], "already a field"),
    ],
)
def test_a_bad_format_is_refused_in_plain_words(clinic, name, sections, message) -> None:
    before = clinic.store.query("SELECT * FROM note_format ORDER BY key")
    with pytest.raises(ValidationError, match=message):
        clinic.note_formats.add(name, sections)
    assert clinic.store.query("SELECT * FROM note_format ORDER BY key") == before


def test_section_keys_come_from_titles() -> None:
    assert section_key("Plan") == "plan"
    assert section_key("  Goal / objective ") == "goal_objective"


def test_rows_left_empty_are_not_sections(clinic) -> None:
    clinic.note_formats.add("SP", [("Summary", ""), ("", ""), ("  ", ""), ("Plan", ""), ("", "")])
    assert [s.title for s in clinic.note_formats.list()[-1].format.sections] == ["Summary", "Plan"]
    with pytest.raises(ValidationError, match="Section 3 has no name"):
        clinic.note_formats.add("SX", [("Summary", ""), ("", ""), ("", "hint"), ("Plan", "")])


@pytest.fixture
def sirp_session(clinic, clock):
    clinic.note_formats.add("SIRP", SIRP)
    group, members, topic = seed_group(clinic, members=2)
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(
        group, dt.date(2026, 11, 23), topic_id=topic, note_format="SIRP"
    )
    clinic.sessions.start(session_id)
    clinic.sessions.mark_all_present(session_id)
    clinic.sessions.set_attendance(session_id, members[1], A.ABSENT_EXCUSED)
    clock.set(dt.datetime(2026, 11, 23, 12, 0))
    clinic.sessions.end(session_id)
    clinic.notes.prepare(session_id)
    return session_id, group


def test_a_clinic_format_writes_checks_signs_and_exports_a_note(clinic, sirp_session) -> None:
    session_id, _group = sirp_session
    note = next(n for n in clinic.notes.for_session(session_id) if n.attended)
    assert note.format.key == "SIRP"
    assert "situation" in note.sections  # the prefilled facts go to the first section
    missing = clinic.notes.missing(note)
    assert "Intervention section" in missing and "Response section" in missing
    assert "Plan" in missing
    clinic.notes.update(
        note.id,
        sections={
            "situation": "Arrived on time; reported a calm week.",
            "intervention": "Taught urge surfing.",
            "response": "Practised it twice and named one trigger.",
        },
        participation_level="active",
        risk="none",
    )
    assert clinic.notes.missing(clinic.notes.get(note.id)) == ["Plan"]
    clinic.notes.update(note.id, sections={"plan": "Use urge surfing before the weekend."})
    assert clinic.notes.missing(clinic.notes.get(note.id)) == []
    clinic.notes.sign(note.id)
    assert clinic.notes.verify_signed(note.id)
    text = clinic.exports.note_text(note.id)
    assert "GROUP NOTE (SIRP)" in text
    positions = [text.index(t) for t in ("SITUATION:", "INTERVENTION:", "RESPONSE:", "PLAN:")]
    assert positions == sorted(positions)
    assert "Taught urge surfing." in text


def test_a_format_in_use_cannot_be_deleted(clinic, sirp_session) -> None:
    info = next(i for i in clinic.note_formats.list() if i.format.key == "SIRP")
    assert info.notes == 2 and not info.deletable
    with pytest.raises(RuleViolation, match="signed notes never change"):
        clinic.note_formats.delete("SIRP")
    with pytest.raises(RuleViolation, match="built in"):
        clinic.note_formats.delete("DAP")
    assert "SIRP" in clinic.note_formats.format_keys()


def test_an_unused_format_is_deleted_and_a_default_one_is_kept(clinic) -> None:
    clinic.note_formats.add("SIRP", SIRP)
    clinic.settings.update({"default_note_format": "SIRP"})
    with pytest.raises(RuleViolation, match="default note format"):
        clinic.note_formats.delete("SIRP")
    clinic.settings.update({"default_note_format": "DAP"})
    changes = clinic.note_formats.delete("SIRP")
    assert changes.settings and "SIRP" not in clinic.note_formats.format_keys()


def test_a_clinic_format_can_be_a_groups_format(clinic) -> None:
    clinic.note_formats.add("SIRP", SIRP)
    group_id, _ = clinic.groups.create(
        GroupDraft(
            name="Evening IOP",
            track=Track.SUBSTANCE_USE,
            weekdays=(1, 3),
            start_time=dt.time(17, 0),
            note_format="SIRP",
        )
    )
    assert clinic.groups.get(group_id).note_format == "SIRP"
    with pytest.raises(RuleViolation, match="group or session"):
        clinic.note_formats.delete("SIRP")
