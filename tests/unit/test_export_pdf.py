"""PDF exports read back with pypdf: chartable elements, identity and notice on every page, privacy.

These render with Qt (QTextDocument + QPdfWriter), so they use the `qapp` fixture (marked gui).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader

from iop_facilitator.services.settings import PART2_SHORT_NOTICE
from tests.unit.export_fixtures import run_session, sign_all, signed_session
from tests.unit.test_sessions import seed_group

LETTER = (612, 792)
A4 = (595, 842)


def pages_text(path) -> list[str]:
    """Each page's text with whitespace collapsed (Qt spaces words with tabs in the PDF)."""
    reader = PdfReader(path)
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def page_size(path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.fixture
def long_signed(qapp, clinic, clock):
    """Four members; the first (Avery) has a note long enough for several pages."""
    cosigner, _ = clinic.facilitators.create("Sam Cosignwell", "CADC")
    group, ids, session_id, notes = signed_session(clinic, clock, long_for_first=True)
    note = next(n for n in notes if n.member_id == ids[0])
    clinic.store.execute(
        "INSERT INTO cosignature (note_id, facilitator_id, signed_at, content_hash)"
        " VALUES (?, ?, ?, ?)",
        [note.id, cosigner, "2026-11-23T13:05:00", note.content_hash],
    )
    clinic.notes.add_addendum(note.id, "Same-day clarification: the worksheet was handed out.")
    clock.set(dt.datetime(2026, 11, 26, 9, 15))
    clinic.notes.add_addendum(note.id, "Member called to report a lapse; safety plan reviewed.")
    return group, ids, session_id, clinic.notes.for_session(session_id), note


def test_member_note_pdf_shows_every_chartable_element_on_every_page(
    clinic, long_signed, tmp_path
) -> None:
    _group, _ids, _session_id, notes, note = long_signed
    path, changes = clinic.exports.export_note(note.id, tmp_path / "out", "pdf")
    assert path.name == "2026-11-23_T-09-00-0_Group-09-00_DAP.pdf" and changes.audit
    assert page_size(path) == LETTER
    pages = pages_text(path)
    assert len(pages) >= 3  # the long note really spans pages
    for number, text in enumerate(pages, start=1):
        assert "Test Clinic - Intensive Outpatient Program" in text
        assert "Member: Avery Testperson" in text and "Chart ID: T-09:00-0" in text
        assert "Date of service: 11/23/2026" in text
        assert PART2_SHORT_NOTICE in text
        assert f"Page {number} of {len(pages)}" in text
        assert "DRAFT" not in text and "DOB" not in text
    whole = " ".join(pages)
    for element in (
        "Service type Alcohol and/or drug services, intensive outpatient (group) (H0015)",
        "Session time 09:00-12:00",
        "Member's time 09:00-12:00",
        "Minutes attended 180",
        "Attendance Present",
        "Modality In person",
        "Location Room 2",
        "Topic Test topic",
        "Participants 3",
        "Facilitator Fac Testwell, LADC",
        "Note format DAP (Data, Assessment, Plan)",
        "Data",
        "Paragraph 39:",
        "Assessment Engaged; insight growing",
        "Plan Continue IOP",
        "Participation active; supportive",
        "Risk None reported",
        "Stage of change Action",
        "Signed by Fac Testwell, LADC on 11/23/2026 12:30",
        "Co-signed by Sam Cosignwell, CADC on 11/23/2026 13:05",
        f"Content hash (SHA-256): {note.content_hash}",
        "Addendum 11/23/2026 12:30 by Fac Testwell, LADC",
        "Same-day clarification",
        "LATE ENTRY - Addendum 11/26/2026 09:15 by Fac Testwell, LADC",
        "Member called to report a lapse",
    ):
        assert element in whole, element
    for other in notes:
        if other.member_id != note.member_id:
            assert other.preferred_name not in whole and other.full_name not in whole


def test_every_note_of_a_session_exports_privately_on_a4_with_dob(
    qapp, clinic, clock, tmp_path
) -> None:
    clinic.settings.update({"paper_size": "A4", "export_date_of_birth": True})
    _group, ids, session_id, notes = signed_session(clinic, clock)
    clinic.store.execute("UPDATE member SET date_of_birth = '1990-04-05' WHERE id = ?", [ids[2]])
    result, _ = clinic.exports.export_notes(
        clinic.exports.notes_in(session_id=session_id), tmp_path / "batch"
    )
    assert len(result.written) == 4 and not result.problems
    for path, note in zip(result.written, notes, strict=True):
        assert page_size(path) == A4
        pages = pages_text(path)
        for text in pages:
            assert f"Member: {note.full_name}" in text and PART2_SHORT_NOTICE in text
            assert ("DOB: 04/05/1990" in text) is (note.member_id == ids[2])
        for other in notes:
            if other.member_id != note.member_id:
                assert all(other.preferred_name not in text for text in pages)
    absent = result.written[-1]  # Devon, marked absent
    assert "Attendance Absent, excused" in pages_text(absent)[0]
    assert "did not attend" in pages_text(absent)[0]


def test_drafts_are_watermarked_on_every_page(qapp, clinic, clock, tmp_path) -> None:
    group, _ids, topic = seed_group(clinic, members=2)
    session_id = run_session(clinic, clock, group, dt.date(2026, 11, 23), topic=topic)
    sign_all(clinic, clock, session_id, leave_unsigned=2)
    from tests.unit.export_fixtures import LONG_DATA

    note = clinic.notes.for_session(session_id)[0]
    clinic.notes.update(note.id, sections={"data": LONG_DATA})
    path, _ = clinic.exports.export_note(note.id, tmp_path, "pdf", allow_draft=True)
    assert path.name.endswith("_DAP-DRAFT.pdf")
    pages = pages_text(path)
    assert len(pages) >= 2
    assert all("DRAFT" in text and "Member: Avery Testperson" in text for text in pages)
    assert "NOT SIGNED" in " ".join(pages)


def test_group_summary_is_internal_and_totals_add_up(qapp, clinic, clock, tmp_path) -> None:
    _group, _ids, session_id, notes = signed_session(clinic, clock)
    clinic.store.insert(
        "group_note",
        {
            "session_id": session_id,
            "interventions": json.dumps(["Motivational interviewing", "Role play"]),
            "group_process": "Cohesive; members gave each other feedback.",
            "updated_at": "2026-11-23T12:40:00",
        },
    )
    path, changes = clinic.exports.export_summary(session_id, tmp_path)
    assert path.name == "2026-11-23_Group-09-00_group-summary-INTERNAL.pdf" and changes.audit
    pages = pages_text(path)
    assert all("INTERNAL" in text and PART2_SHORT_NOTICE in text for text in pages)
    whole = " ".join(pages)
    for note in notes:
        assert note.full_name in whole and note.chart_id in whole
    assert "Blake Testperson T-09:00-1 Late 09:20 12:00 160 Signed" in whole
    assert "4 on the roster, 3 attended, 1 absent; 520 member-minutes" in whole
    assert "Motivational interviewing" in whole and "Role play" in whole and "Cohesive;" in whole
    assert "Topic Test topic" in whole


def test_sign_in_sheet_lists_the_roster_with_columns(qapp, clinic, clock, tmp_path) -> None:
    group, _ids, topic = seed_group(clinic, members=12)
    session_id, _ = clinic.sessions.plan(group, dt.date(2026, 11, 30), topic_id=topic)
    path, _ = clinic.exports.export_signin(session_id, tmp_path)
    assert path.name == "2026-11-30_Group-09-00_sign-in.pdf"
    pages = pages_text(path)
    whole = " ".join(pages)
    assert "Name Signature Time in Time out" in whole
    for entry in clinic.sessions.roster(session_id):
        assert entry.full_name in whole
    assert "11/30/2026, 09:00-12:00, Room 2. Topic: Test topic" in whole
    assert all(PART2_SHORT_NOTICE in text for text in pages)
    audit = clinic.store.one(
        "SELECT * FROM audit_event WHERE action = 'export' ORDER BY id DESC LIMIT 1"
    )
    assert json.loads(audit["detail"]) == {"kind": "sign_in", "members": 12}
