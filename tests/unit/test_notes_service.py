"""Notes through the services: prefill, edit, apply-to-all, confidentiality, sign, addenda."""

from __future__ import annotations

import datetime as dt

import pytest

from iop_facilitator.domain.enums import AttendanceStatus as A
from iop_facilitator.domain.enums import NoteStatus, SessionStatus
from iop_facilitator.errors import RuleViolation, ValidationError
from tests.unit.test_sessions import seed_group


@pytest.fixture
def ended(clinic, clock):
    group, members, topic = seed_group(clinic, members=4)
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(group, dt.date(2026, 11, 23), topic_id=topic)
    clinic.sessions.start(session_id)
    clinic.sessions.mark_all_present(session_id)
    clinic.sessions.set_attendance(session_id, members[3], A.ABSENT_EXCUSED)
    clinic.sessions.set_check_in(session_id, members[0], craving=3, use_since_last="no")
    clinic.sessions.set_quick_note(session_id, members[0], "Talked about weekends.")
    clock.set(dt.datetime(2026, 11, 23, 12, 0))
    clinic.sessions.end(session_id)
    clinic.notes.prepare(session_id)
    return session_id, members


def complete(
    clinic, note_id, data="Member described two triggers and a plan to avoid them."
) -> None:
    clinic.notes.update(
        note_id,
        sections={"data": data, "assessment": "Engaged; insight growing.", "plan": "Continue IOP."},
        participation_level="active",
        risk="none",
    )


def test_prefill_carries_the_chartable_facts(clinic, ended) -> None:
    session_id, members = ended
    notes = clinic.notes.for_session(session_id)
    assert len(notes) == 4
    first = next(n for n in notes if n.member_id == members[0])
    data = first.sections["data"]
    assert "09:00-12:00" in data and "180 minutes" in data and "Test topic" in data
    assert "craving 3/10" in data and "Talked about weekends." in data
    absent = next(n for n in notes if n.member_id == members[3])
    assert "Absent, excused" in absent.sections["data"]
    assert clinic.notes.prepare(session_id) == clinic.notes.prepare(session_id)  # idempotent
    assert len(clinic.notes.for_session(session_id)) == 4


def test_status_follows_what_is_missing_and_sign_locks(clinic, ended) -> None:
    session_id, _members = ended
    note = clinic.notes.for_session(session_id)[0]
    assert note.status is NoteStatus.DRAFT
    assert "Participation level" in clinic.notes.missing(note)
    with pytest.raises(RuleViolation, match="not ready"):
        clinic.notes.sign(note.id)
    complete(clinic, note.id)
    assert clinic.notes.get(note.id).status is NoteStatus.READY
    clinic.notes.sign(note.id)
    signed = clinic.notes.get(note.id)
    assert (
        signed.signed
        and signed.signed_by == clinic.ctx.actor_id
        and clinic.notes.verify_signed(note.id)
    )
    with pytest.raises(RuleViolation, match="signed"):
        clinic.notes.update(note.id, plan="changed")
    with pytest.raises(RuleViolation), clinic.store.atomic():  # the database refuses too
        clinic.store.update("member_note", note.id, {"plan": "changed"})
    assert clinic.notes.progress(session_id) == (1, 4)


def test_apply_to_all_present_and_clone_warning(clinic, ended) -> None:
    session_id, _ = ended
    clinic.notes.apply_to_all_present(session_id, "assessment", "Shared assessment text for all.")
    notes = clinic.notes.for_session(session_id)
    attended = [n for n in notes if n.attended]
    assert all(n.sections["assessment"] == "Shared assessment text for all." for n in attended)
    absent = [n for n in notes if not n.attended]
    assert "assessment" not in absent[0].sections
    # Identical individual sections are flagged as likely clones (once the notes are complete).
    assert clinic.notes.clone_warnings(session_id) == []
    for note in attended:
        complete(clinic, note.id)
        clinic.notes.update(note.id, sections={"assessment": "Shared assessment text for all."})
    warnings = clinic.notes.clone_warnings(session_id)
    assert any(section == "Assessment" for _a, _b, section in warnings)


def test_confidentiality_blocks_signing_until_fixed_or_dismissed(clinic, ended) -> None:
    session_id, members = ended
    notes = {n.member_id: n for n in clinic.notes.for_session(session_id)}
    note = notes[members[0]]  # Avery; Blake is another member
    complete(clinic, note.id, data="Member gave Blake feedback about his plan for the weekend.")
    flags = clinic.notes.flags(clinic.notes.get(note.id))
    assert [f.text for f in flags["data"]] == ["Blake"]
    with pytest.raises(RuleViolation, match="names another group member"):
        clinic.notes.sign(note.id)
    clinic.notes.replace_names_with_peer(note.id)
    assert clinic.notes.get(note.id).sections["data"].startswith("Member gave a peer feedback")
    clinic.notes.sign(note.id)
    # Dismissing works too, for a flag that is not a person.
    other = notes[members[1]]
    complete(clinic, other.id, data="Member said Cory (the dog) is a comfort at home these days.")
    flag = clinic.notes.flags(clinic.notes.get(other.id))["data"][0]
    clinic.notes.dismiss_flag(other.id, flag.key)
    clinic.notes.sign(other.id)


def test_sign_all_ready_and_session_becomes_signed(clinic, ended) -> None:
    session_id, members = ended
    for note in clinic.notes.for_session(session_id):
        if note.attended:
            complete(
                clinic,
                note.id,
                data=f"Individual account number {note.member_id} of the member's week.",
            )
    signed, skipped, _ = clinic.notes.sign_all_ready(session_id)
    assert signed == 4 and skipped == []  # the absence note is chartable as prefilled
    assert clinic.sessions.get(session_id).status is SessionStatus.SIGNED
    with pytest.raises(RuleViolation):
        clinic.sessions.set_quick_note(session_id, members[0], "late change")


def test_addenda_are_dated_and_late_entries_labelled(clinic, ended, clock) -> None:
    session_id, _ = ended
    note = clinic.notes.for_session(session_id)[0]
    with pytest.raises(RuleViolation, match="addenda are for signed"):
        clinic.notes.add_addendum(note.id, "x")
    complete(clinic, note.id)
    clinic.notes.sign(note.id)
    clinic.notes.add_addendum(note.id, "Same-day clarification.")
    clock.set(dt.datetime(2026, 11, 25, 10, 0))
    clinic.notes.add_addendum(note.id, "Member called to report a lapse.")
    addenda = clinic.notes.addenda(note.id)
    assert [a.late for a in addenda] == [False, True]
    assert addenda[0].author == "Fac Testwell, LADC"
    with pytest.raises(ValidationError):
        clinic.notes.add_addendum(note.id, "   ")


def test_bad_values_are_refused(clinic, ended) -> None:
    session_id, _ = ended
    note = clinic.notes.for_session(session_id)[0]
    with pytest.raises(ValidationError, match="0 to 10"):
        clinic.notes.update(note.id, importance="ten")
    with pytest.raises(ValidationError, match="Participation level"):
        clinic.notes.update(note.id, participation_level="enthusiastic")
    with pytest.raises(RuleViolation, match="End the session"):
        group, _m, _t = seed_group(clinic, start="13:00", members=1)
        other, _ = clinic.sessions.plan(group, dt.date(2026, 11, 23))
        clinic.notes.prepare(other)


def test_full_text_search_finds_notes_and_follows_edits(clinic, ended) -> None:
    session_id, _members = ended
    note = clinic.notes.for_session(session_id)[0]
    complete(clinic, note.id, data="Member described the café near work as a trigger.")
    hits = clinic.notes.search("cafe trig")
    assert [h.note_id for h in hits] == [note.id]
    assert "[café]" in hits[0].snippet and hits[0].preferred_name == "Avery"
    clinic.notes.update(note.id, sections={"data": "Member talked about weekends."})
    assert clinic.notes.search("cafe") == []
    assert [h.note_id for h in clinic.notes.search("WEEKENDS")] == [note.id]
    for hostile in ('"', "NEAR(", "a* OR -b", "😀", "", "   "):
        clinic.notes.search(hostile)  # never an FTS syntax error


def test_few_matches_come_best_first_many_come_newest_first_page_by_page(
    clinic, ended, monkeypatch
) -> None:
    from iop_facilitator.services import note_search as notes_module

    session_id, _members = ended
    notes = sorted(clinic.notes.for_session(session_id), key=lambda n: n.id)
    assert len(notes) == 4
    # The oldest note says "relapse" three times: the best match, though written first.
    complete(clinic, notes[0].id, data="Relapse, relapse and relapse again were discussed.")
    for note in notes[1:]:
        complete(clinic, note.id, data="One relapse mentioned in passing, with other plans.")
    ranked = clinic.notes.search_results("relapse")
    assert not ranked.newest_first and ranked.total == 4
    assert ranked.hits[0].note_id == notes[0].id

    # More matches than are ranked: newest written first, pages that never overlap.
    monkeypatch.setattr(notes_module, "RANKED_UP_TO", 2)
    pages = [clinic.notes.search_results("relapse", limit=3, offset=o) for o in (0, 3, 6)]
    assert all(p.newest_first and p.total == 4 for p in pages)
    found = [h.note_id for p in pages for h in p.hits]
    assert found == [n.id for n in reversed(notes)]  # every match once, newest first
    assert [len(p.hits) for p in pages] == [3, 1, 0]
    assert clinic.notes.search("relapse", limit=3) == pages[0].hits
    empty = clinic.notes.search_results("  ")
    assert empty.hits == [] and empty.total == 0 and not empty.newest_first
