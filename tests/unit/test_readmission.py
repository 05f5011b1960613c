"""Re-admission: a discharged member who comes back is the SAME record with a new episode.

Fictional people only. The clock fixture's day is Monday 2026-11-23; the first episode runs
2026-11-02 .. 2026-11-05 (one session attended and its note signed), the second starts 11-16.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from iop_facilitator.domain.enums import DischargeReason, MemberStatus, Phase, Track
from iop_facilitator.domain.groups import GroupDraft
from iop_facilitator.domain.members import MemberDraft, short_name
from iop_facilitator.errors import ValidationError
from iop_facilitator.services.members import ReadmissionOffer
from tests.unit.test_notes_service import complete

D = dt.date


FIRST_DAY = D(2026, 11, 2)


def draft(chart_id="MRN-7", admitted=FIRST_DAY, full="Avery Quillfeather", **kw):
    return MemberDraft(
        "Avery",
        full,
        chart_id,
        kw.pop("track", Track.SUBSTANCE_USE),
        Phase.ENGAGEMENT,
        admitted,
        **kw,
    )


@pytest.fixture
def first_episode(clinic, clock):
    """Avery admitted 11-02, attends and is charted on Wed 11-04, discharged (completed) 11-05."""
    group, _ = clinic.groups.create(
        GroupDraft("Morning IOP", Track.SUBSTANCE_USE, (1, 3, 4), dt.time(9))
    )
    evening, _ = clinic.groups.create(
        GroupDraft("Evening IOP", Track.SUBSTANCE_USE, (1, 2, 4), dt.time(18))
    )
    clock.set(dt.datetime(2026, 11, 2, 8, 0))
    member, _, _ = clinic.members.admit(
        draft(date_of_birth=D(1990, 2, 3), facilitator_note="she/her"), group
    )
    clock.set(dt.datetime(2026, 11, 4, 9, 0))
    session, _ = clinic.sessions.plan(group, D(2026, 11, 4))
    clinic.sessions.start(session)
    clinic.sessions.mark_all_present(session)
    clock.set(dt.datetime(2026, 11, 4, 12, 0))
    clinic.sessions.end(session)
    clinic.notes.prepare(session)
    [note] = clinic.notes.for_session(session)
    complete(clinic, note.id)
    clinic.notes.sign(note.id)
    clock.set(dt.datetime(2026, 11, 5, 17, 0))
    clinic.members.discharge(member, D(2026, 11, 5), DischargeReason.COMPLETED)
    clock.set(dt.datetime(2026, 11, 23, 8, 30))
    return member, group, evening, session, note.id


def test_short_name() -> None:
    assert short_name("Avery", "Avery Quillfeather") == "Avery Q."
    assert short_name("Jo", "Josephine de la Cruz") == "Jo C."
    assert short_name("Sam", "Sam") == "Sam"


def test_admitting_a_discharged_chart_id_offers_readmission_and_writes_nothing(
    clinic, first_episode
) -> None:
    member, _group, evening, _session, _note = first_episode
    audit_before = clinic.store.scalar("SELECT count(*) FROM audit_event")
    with pytest.raises(ReadmissionOffer) as caught:
        clinic.members.admit(draft("mrn-7", D(2026, 11, 16)), evening)  # case-insensitive
    offer = caught.value
    assert isinstance(offer, ValidationError)  # callers that do not know it still show a message
    assert (offer.member_id, offer.chart_id, offer.name) == (member, "MRN-7", "Avery Q.")
    assert offer.discharged_on == D(2026, 11, 5) and offer.differences == ()
    assert "Avery Q." in offer.message and "2026-11-05" in offer.message
    assert clinic.store.scalar("SELECT count(*) FROM member") == 1
    assert clinic.store.scalar("SELECT count(*) FROM audit_event") == audit_before


def test_readmission_is_a_new_episode_of_the_same_record(clinic, first_episode) -> None:
    member, group, evening, _session, note_id = first_episode
    new_id, warning, changes = clinic.members.readmit(
        member, draft("mrn-7", D(2026, 11, 16), track=Track.CO_OCCURRING), evening
    )
    assert new_id == member and warning == "" and changes.members and changes.enrollment
    m = clinic.members.get(member)
    assert m.status is MemberStatus.ACTIVE and m.admitted_on == D(2026, 11, 16)
    assert (m.discharged_on, m.discharge_reason) == (None, None)
    assert m.track is Track.CO_OCCURRING and m.chart_id == "MRN-7"
    assert m.date_of_birth == D(1990, 2, 3) and m.facilitator_note == "she/her"  # kept
    episodes = clinic.members.episodes(member)
    assert [(e.admitted_on, e.discharged_on, e.discharge_reason) for e in episodes] == [
        (D(2026, 11, 2), D(2026, 11, 5), DischargeReason.COMPLETED),
        (D(2026, 11, 16), None, None),
    ]
    # The old episode's enrollment, attendance and signed note are untouched.
    enrollments = clinic.members.enrollments(member)
    assert [(e.group_id, e.start_on, e.end_on) for e in enrollments] == [
        (group, D(2026, 11, 2), D(2026, 11, 5)),
        (evening, D(2026, 11, 16), None),
    ]
    history = clinic.members.history(member)
    assert [v.sessions_attended for v in history.enrollments] == [1, 0]
    assert history.sessions_attended == 1 and len(history.episodes) == 2
    assert history.days_in_program == 8  # the current episode: 11-16 .. 11-23
    note = clinic.notes.get(note_id)
    assert note.member_id == member and note.signed and clinic.notes.verify_signed(note_id)
    assert {r.member_id for r in clinic.groups.roster(group, D(2026, 11, 4))} == {member}
    assert clinic.groups.roster(group, D(2026, 11, 16)) == []
    assert [r.member_id for r in clinic.groups.roster(evening, D(2026, 11, 16))] == [member]
    # Audited with ids only.
    row = clinic.store.one(
        "SELECT entity_id, detail FROM audit_event WHERE action = 'member_readmit'"
    )
    assert row is not None and row["entity_id"] == str(member)
    assert json.loads(row["detail"]) == {"source": "admit", "group_id": evening}
    # Reports count each episode: two admissions, one discharge, one active member.
    report = clinic.reports.program_report(D(2026, 11, 1), D(2026, 11, 22))
    assert report.admissions == 2 and dict(report.discharges) == {DischargeReason.COMPLETED: 1}
    assert report.active == 1
    # A second discharge closes the second episode only.
    clinic.members.discharge(member, D(2026, 11, 20), DischargeReason.TRANSFERRED)
    episodes = clinic.members.episodes(member)
    assert episodes[0].discharged_on == D(2026, 11, 5)
    assert episodes[1].discharged_on == D(2026, 11, 20)
    report = clinic.reports.program_report(D(2026, 11, 1), D(2026, 11, 22))
    assert dict(report.discharges) == {DischargeReason.COMPLETED: 1, DischargeReason.TRANSFERRED: 1}
    assert report.admissions == 2 and report.active == 0


def test_readmission_dates_and_identity_are_checked(clinic, first_episode) -> None:
    member, _group, evening, _session, _note = first_episode
    with pytest.raises(ValidationError, match="not after the discharge date"):
        clinic.members.readmit(member, draft(admitted=D(2026, 11, 5)), evening)
    with pytest.raises(ValidationError, match="in the future"):
        clinic.members.readmit(member, draft(admitted=D(2026, 11, 24)), evening)
    with pytest.raises(ValidationError, match="is not Avery's chart id"):
        clinic.members.readmit(member, draft("MRN-8", D(2026, 11, 16)), evening)
    assert len(clinic.members.episodes(member)) == 1
    # A different name or date of birth is pointed out with the offer (a mistyped chart id).
    with pytest.raises(ReadmissionOffer) as caught:
        clinic.members.admit(
            draft(admitted=D(2026, 11, 16), full="Jordan Pellworth", date_of_birth=D(1985, 1, 1))
        )
    assert len(caught.value.differences) == 2
    assert "Jordan Pellworth" in caught.value.differences[0]
    # Once re-admitted, the same chart id is an active member: refused, naming the group.
    clinic.members.readmit(member, draft(admitted=D(2026, 11, 16)), evening)
    with pytest.raises(
        ValidationError, match=re.escape("Avery Q. (active, in Evening IOP)")
    ) as refused:
        clinic.members.admit(draft(admitted=D(2026, 11, 16)))
    assert not isinstance(refused.value, ReadmissionOffer)
    with pytest.raises(ValidationError, match="not discharged"):
        clinic.members.readmit(member, draft(admitted=D(2026, 11, 20)), evening)


def test_current_episode_dates_can_be_edited_without_touching_the_old_one(
    clinic, first_episode
) -> None:
    member, _group, evening, _session, _note = first_episode
    clinic.members.readmit(member, draft(admitted=D(2026, 11, 16)), evening)
    # Before: the first enrollment of the OLD episode (11-02) made any later date an error.
    clinic.members.update(member, draft(admitted=D(2026, 11, 12)))
    assert clinic.members.get(member).admitted_on == D(2026, 11, 12)
    assert clinic.members.episodes(member)[0].admitted_on == D(2026, 11, 2)
    with pytest.raises(ValidationError, match="previous episode"):
        clinic.members.update(member, draft(admitted=D(2026, 11, 5)))
    with pytest.raises(ValidationError, match="first group"):
        clinic.members.update(member, draft(admitted=D(2026, 11, 17)))


def test_on_hold_chart_id_is_refused_plainly(clinic, first_episode) -> None:
    _member, group, _evening, _session, _note = first_episode
    other, _, _ = clinic.members.admit(
        MemberDraft(
            "Quinn",
            "Quinn Larkspur",
            "MRN-9",
            Track.SUBSTANCE_USE,
            Phase.ENGAGEMENT,
            D(2026, 11, 16),
        ),
        group,
    )
    clinic.members.set_on_hold(other, True)
    with pytest.raises(ValidationError, match=re.escape("Quinn L. (on hold, in Morning IOP)")):
        clinic.members.admit(draft("mrn-9", D(2026, 11, 16)))


def test_upgrading_an_older_database_gives_every_member_their_episode(tmp_path) -> None:
    import shutil

    from iop_facilitator.storage import open_database
    from tests.conftest import TEST_KEY
    from tests.fixtures import schema_fixtures

    copy = tmp_path / "iop-facilitator.db"
    shutil.copyfile(schema_fixtures.fixture_path("0004_reports_indexes"), copy)
    store = open_database(copy, TEST_KEY)
    try:
        members = store.query(
            "SELECT id, admitted_on, discharged_on, discharge_reason FROM member ORDER BY id"
        )
        episodes = store.query(
            "SELECT member_id AS id, admitted_on, discharged_on, discharge_reason FROM admission "
            "ORDER BY member_id"
        )
        assert members and episodes == members
    finally:
        store.close()


def test_csv_row_for_a_discharged_member_is_offered_as_readmission(clinic, first_episode) -> None:
    from iop_facilitator.domain.member_csv import ImportOptions, RowStatus, guess_mapping

    member, _group, evening, _session, _note = first_episode
    text = (
        "MRN,Last Name,First Name,Admit Date\r\n"
        "mrn-7,Quillfeather,Avery,11/16/2026\r\n"  # back after discharge: offered
        "MRN-7,Quillfeather,Avery,11/02/2026\r\n"  # the old episode (an old export): repeated
        "DEMO-5,Brightwater,Jordan,11/16/2026\r\n"  # a new member
    )
    old_export = "MRN,Last Name,First Name,Admit Date\r\nMRN-7,Quillfeather,Avery,11/02/2026\r\n"
    wrong_name = "MRN,Last Name,First Name,Admit Date\r\nMRN-7,Pellworth,Jordan,11/16/2026\r\n"

    def preview(csv_text):
        loaded = clinic.member_import.load_bytes(csv_text.encode())
        options = ImportOptions(guess_mapping(loaded.table.headers))
        return clinic.member_import.preview(loaded, options)

    plan = preview(text)
    assert [r.status for r in plan.rows] == [RowStatus.READMIT, RowStatus.REPEATED, RowStatus.NEW]
    readmit = plan.rows[0]
    assert readmit.importable and not readmit.ticked_by_default
    assert "Discharged 2026-11-05" in readmit.problems[0]
    assert [r.status for r in preview(old_export).rows] == [RowStatus.ALREADY_HERE]
    [mismatch] = preview(wrong_name).rows
    assert mismatch.status is RowStatus.ERROR and "check the chart id" in mismatch.problems[0]
    # Only the new row ticked: the discharged member stays discharged.
    result, _ = clinic.member_import.commit(plan, [4])
    assert (result.imported, result.readmitted) == (1, 0)
    assert clinic.members.get(member).status is MemberStatus.DISCHARGED
    # Ticked: the same record comes back, in the chosen group, audited.
    result, _ = clinic.member_import.commit(plan, [2], evening)
    assert (result.imported, result.readmitted, result.skipped) == (1, 1, 0)
    assert clinic.store.scalar("SELECT count(*) FROM member WHERE chart_id = 'MRN-7'") == 1
    m = clinic.members.get(member)
    assert m.status is MemberStatus.ACTIVE and m.admitted_on == D(2026, 11, 16)
    assert len(clinic.members.episodes(member)) == 2
    assert [r.member_id for r in clinic.groups.roster(evening, D(2026, 11, 16))] == [member]
    assert (
        clinic.store.scalar("SELECT count(*) FROM audit_event WHERE action = 'member_readmit'") == 1
    )
    # A stale preview committed again re-admits nobody twice.
    result, _ = clinic.member_import.commit(plan, [2], evening)
    assert (result.imported, result.skipped) == (0, 1)
    assert len(clinic.members.episodes(member)) == 2
