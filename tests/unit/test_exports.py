"""Exports without Qt: note text, file naming, atomic writing, batches, CSV and weekly hours."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import json
import os

import pytest

from iop_facilitator.domain.attendance import weekly_totals
from iop_facilitator.domain.ids import GroupId
from iop_facilitator.errors import ExportFailed, RuleViolation, ValidationError
from iop_facilitator.export.csv_files import BOM
from iop_facilitator.export.naming import note_file_name, safe_part
from iop_facilitator.export.note_content import TEXT_WIDTH
from iop_facilitator.services.settings import PART2_SHORT_NOTICE
from iop_facilitator.storage import files
from tests.unit.export_fixtures import run_session, sign_all, signed_session
from tests.unit.test_sessions import FICTIONAL, seed_group


def no_pdf(_spec):  # these tests export text and CSV; a PDF here would be a bug
    raise AssertionError("no PDF expected")


@pytest.fixture
def signed(clinic, clock):
    clinic.exports.pdf = no_pdf
    return signed_session(clinic, clock)


@pytest.fixture
def out(tmp_path):
    """An export folder of its own (tmp_path also holds the clinic's data folder)."""
    return tmp_path / "out"


def other_names(notes, member_id) -> list[str]:
    names = []
    for n in notes:
        if n.member_id != member_id:
            names += [n.preferred_name, n.full_name]
    return names


# -- plain text ------------------------------------------------------------------------------------


def test_note_text_is_chartable_and_pastes_cleanly(clinic, signed, clock) -> None:
    _group, ids, _session_id, notes = signed
    note = next(n for n in notes if n.member_id == ids[1])  # the late one
    clock.set(dt.datetime(2026, 11, 25, 10, 0))
    clinic.notes.add_addendum(note.id, "Member called to report a lapse; safety plan reviewed.")
    text = clinic.exports.note_text(note.id)
    lines = text.splitlines()
    assert all(len(line) <= TEXT_WIDTH for line in lines)
    assert "\t" not in text and text.endswith(PART2_SHORT_NOTICE + "\n")
    for label in (
        "MEMBER: Blake Testperson",
        "CHART ID: T-09:00-1",
        "DATE OF SERVICE: 11/23/2026",
        "SERVICE TYPE: Alcohol and/or drug services, intensive outpatient (group) (H0015)",
        "SESSION TIME: 09:00-12:00",
        "MEMBER'S TIME: 09:20-12:00",
        "MINUTES ATTENDED: 160",
        "ATTENDANCE: Late",
        "MODALITY: In person",
        "LOCATION: Room 2",
        "TOPIC: Test topic",
        "PARTICIPANTS: 3",
        "FACILITATOR: Fac Testwell, LADC",
        "DATA:",
        "ASSESSMENT:",
        "PLAN:",
        "PARTICIPATION: active; supportive",
        "RISK: None reported",
        "STAGE OF CHANGE: Action",
        "Signed by Fac Testwell, LADC on 11/23/2026 12:30",
        f"Content hash (SHA-256): {clinic.notes.get(note.id).content_hash}",
        "LATE ENTRY - ADDENDUM 11/25/2026 10:00 BY FAC TESTWELL, LADC",
    ):
        assert label in " ".join(text.split()), label  # long values wrap onto indented lines
    for name in other_names(notes, note.member_id):
        assert name not in text


def test_unsigned_notes_only_as_marked_drafts(clinic, clock, out) -> None:
    clinic.exports.pdf = no_pdf
    group, _ids, topic = seed_group(clinic, members=3)
    session_id = run_session(clinic, clock, group, dt.date(2026, 11, 23), topic=topic)
    note = clinic.notes.for_session(session_id)[0]
    with pytest.raises(RuleViolation, match="not signed"):
        clinic.exports.export_note(note.id, out, "txt")
    assert not out.exists()
    path, _ = clinic.exports.export_note(note.id, out, "txt", allow_draft=True)
    assert path.name == "2026-11-23_T-09-00-0_Group-09-00_DAP-DRAFT.txt"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("DRAFT - NOT SIGNED") and "NOT SIGNED" in text


def test_a_name_in_an_addendum_blocks_the_export(clinic, signed, out) -> None:
    _group, _ids, _session_id, notes = signed
    note = notes[0]
    clinic.notes.add_addendum(note.id, "Later: Blake Testperson gave feedback.")
    with pytest.raises(RuleViolation, match=r"addendum .* names another"):
        clinic.exports.export_note(note.id, out, "txt")
    assert not out.exists()


def test_date_of_birth_only_when_the_clinic_turns_it_on(clinic, signed) -> None:
    _group, ids, _session_id, notes = signed
    clinic.store.execute("UPDATE member SET date_of_birth = '1990-04-05' WHERE id = ?", [ids[0]])
    note = next(n for n in notes if n.member_id == ids[0])
    assert "04/05/1990" not in clinic.exports.note_text(note.id)
    clinic.settings.update({"export_date_of_birth": True})
    assert "DATE OF BIRTH: 04/05/1990" in clinic.exports.note_text(note.id)


def test_clipboard_copy_is_audited_with_ids_only(clinic, signed) -> None:
    note = signed[3][0]
    text, changes = clinic.exports.copy_note_text(note.id)
    assert changes.audit and note.full_name in text
    row = clinic.store.one(
        "SELECT * FROM audit_event WHERE action = 'export' ORDER BY id DESC LIMIT 1"
    )
    assert row["entity"] == "member_note" and row["entity_id"] == str(note.id)
    assert json.loads(row["detail"]) == {"draft": False, "format": "clipboard"}


# -- names and files -------------------------------------------------------------------------------


def test_file_names_are_safe_everywhere() -> None:
    assert note_file_name(
        dt.date(2026, 11, 23), "MRN/12:34", "Morning IOP (Room 2)", "DAP", "pdf"
    ) == ("2026-11-23_MRN-12-34_Morning-IOP-Room-2_DAP.pdf")
    assert safe_part("../../etc/passwd") == "etc-passwd"
    assert safe_part("José Ñandú 😀\x00") == "Jose-Nandu"
    assert safe_part("😀😀😀") == "x" and safe_part("CON", "x") == "CON"
    assert len(safe_part("a" * 10_000)) == 40


def test_existing_files_are_never_overwritten(clinic, signed, out) -> None:
    note = signed[3][0]
    first, _ = clinic.exports.export_note(note.id, out, "txt")
    first.write_text("the facilitator's own edit", encoding="utf-8")
    second, _ = clinic.exports.export_note(note.id, out, "txt")
    third, _ = clinic.exports.export_note(note.id, out, "txt")
    assert second.name == first.name.replace(".txt", " (2).txt")
    assert third.name == first.name.replace(".txt", " (3).txt")
    assert first.read_text(encoding="utf-8") == "the facilitator's own edit"
    assert second.read_bytes() == third.read_bytes()


def test_an_unwritable_folder_gives_a_plain_message_and_no_file(clinic, signed, out) -> None:
    note = signed[3][0]
    out.mkdir()
    blocker = out / "a-file"
    blocker.write_text("x")
    with pytest.raises(ExportFailed) as caught:
        clinic.exports.export_note(note.id, blocker / "sub" / "folder", "txt")
    assert "cannot be created" in caught.value.message and caught.value.what_next
    assert note.full_name not in str(caught.value) and note.chart_id not in str(caught.value)
    assert sorted(p.name for p in out.iterdir()) == ["a-file"]


def test_a_full_disk_leaves_no_partial_file(clinic, signed, out, monkeypatch) -> None:
    note = signed[3][0]
    real_write = os.write

    def half_then_full(fd: int, data: bytes) -> None:
        real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "write_all", half_then_full)
    folder = out
    with pytest.raises(ExportFailed, match="disk is full") as caught:
        clinic.exports.export_note(note.id, folder, "txt")
    assert "Free some space" in caught.value.what_next
    assert list(folder.iterdir()) == []  # no temp file, no half file
    with pytest.raises(ExportFailed, match=r"disk is full.* 0 file\(s\) were written"):
        clinic.exports.export_notes(clinic.exports.notes_in(session_id=signed[2]), folder, "txt")
    assert list(folder.iterdir()) == []


# -- batches ---------------------------------------------------------------------------------------


def test_batch_of_a_day_skips_unsigned_reports_and_audits(clinic, clock, out) -> None:
    clinic.exports.pdf = no_pdf
    group, _ids, topic = seed_group(clinic, members=5)
    session_id = run_session(clinic, clock, group, dt.date(2026, 11, 23), topic=topic)
    sign_all(clinic, clock, session_id, leave_unsigned=2)
    notes = clinic.exports.notes_in(start=dt.date(2026, 11, 23), end=dt.date(2026, 11, 23))
    assert len(notes) == 5 and sum(signed for _n, signed in notes) == 3
    seen: list[tuple[int, int]] = []
    result, changes = clinic.exports.export_notes(
        notes, out / "day", "txt", progress=lambda done, total: seen.append((done, total)) or True
    )
    assert changes.audit and len(result.written) == 3 and result.skipped_unsigned == 2
    assert seen == [(i, 5) for i in range(6)]
    assert "Wrote 3 of 5" in result.summary() and "Skipped 2 unsigned" in result.summary()
    for path in result.written:
        text = path.read_text(encoding="utf-8")
        assert path.name.startswith("2026-11-23_T-09-00-") and path.suffix == ".txt"
        assert text.count("MEMBER: ") == 1
    audit = clinic.store.one(
        "SELECT * FROM audit_event WHERE action = 'export' ORDER BY id DESC LIMIT 1"
    )
    detail = json.loads(audit["detail"])
    assert detail["written"] == 3 and detail["skipped"] == 2 and len(detail["note_ids"]) == 3
    for name in FICTIONAL[:5]:
        assert name not in audit["detail"]
    drafts, _ = clinic.exports.export_notes(notes, out / "drafts", "txt", drafts=True)
    assert len(drafts.written) == 5 and sum("DRAFT" in p.name for p in drafts.written) == 2


def test_cancel_stops_between_files(clinic, signed, out) -> None:
    notes = clinic.exports.notes_in(session_id=signed[2])
    result, _ = clinic.exports.export_notes(notes, out, "txt", progress=lambda done, _t: done < 2)
    assert result.cancelled and len(result.written) == 2
    assert sorted(os.listdir(out)) == sorted(p.name for p in result.written)
    assert "Cancelled" in result.summary()


def test_bad_ranges_and_formats_are_refused(clinic, signed, out) -> None:
    with pytest.raises(ValidationError, match="before the start"):
        clinic.exports.attendance_rows(dt.date(2026, 12, 1), dt.date(2026, 11, 1))
    with pytest.raises(ValidationError, match="pdf or txt"):
        clinic.exports.export_note(signed[3][0].id, out, "docx")
    with pytest.raises(ValidationError, match="session or a date range"):
        clinic.exports.notes_in()


# -- attendance and hours --------------------------------------------------------------------------


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(BOM.encode("utf-8"))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def two_weeks(clinic, clock):
    """Two groups; group A meets Mon/Wed/Thu over two weeks with absences and a late arrival."""
    clinic.exports.pdf = no_pdf
    group, ids, _topic = seed_group(clinic, members=3)
    clinic.store.execute(
        "UPDATE therapy_group SET billing_code = 'H0015', name = '=Morning, IOP' WHERE id = ?",
        [group],
    )
    other, other_ids, _t = seed_group(clinic, start="18:00", members=2)
    clinic.store.execute("UPDATE member SET track = 'adolescent' WHERE id = ?", [ids[2]])
    days = [
        dt.date(2026, 11, 23),
        dt.date(2026, 11, 25),
        dt.date(2026, 11, 26),
        dt.date(2026, 11, 30),
        dt.date(2026, 12, 2),
    ]
    sessions = []
    for i, day in enumerate(days):
        sessions.append(
            run_session(
                clinic,
                clock,
                group,
                day,
                absent=[ids[i % 3]] if i % 2 else [],
                late=ids[0] if i == 0 else None,
            )
        )
    run_session(clinic, clock, other, dt.date(2026, 11, 24))
    return group, ids, other, other_ids, sessions


def test_attendance_csv_round_trips(clinic, two_weeks, out) -> None:
    group, _ids, _other, _other_ids, sessions = two_weeks
    path, changes = clinic.exports.export_attendance(
        dt.date(2026, 11, 23), dt.date(2026, 12, 6), out, [group]
    )
    assert path.name == "attendance_2026-11-23_to_2026-12-06.csv" and changes.audit
    rows = read_csv(path)
    assert list(rows[0]) == [
        "date",
        "group",
        "chart_id",
        "status",
        "arrived",
        "left",
        "minutes",
        "billing_code",
    ]
    assert len(rows) == 5 * 3
    expected = {}
    for session_id in sessions:
        info = clinic.sessions.get(session_id)
        for entry in clinic.sessions.roster(session_id):
            expected[(info.date.isoformat(), entry.chart_id)] = entry
    for row in rows:
        entry = expected[(row["date"], row["chart_id"])]
        assert int(row["minutes"]) == entry.minutes
        assert row["status"] == entry.status.label and row["billing_code"] == "H0015"
        assert row["group"] == "'=Morning, IOP"  # never a live formula in a spreadsheet
        assert row["arrived"] == (entry.arrived_at.strftime("%H:%M") if entry.arrived_at else "")
    late = next(r for r in rows if r["date"] == "2026-11-23" and r["chart_id"] == "T-09:00-0")
    assert (late["status"], late["arrived"], late["left"], late["minutes"]) == (
        "Late",
        "09:20",
        "12:00",
        "160",
    )
    everyone = read_csv(
        clinic.exports.export_attendance(dt.date(2026, 11, 23), dt.date(2026, 12, 6), out)[0]
    )
    assert len(everyone) == 15 + 2
    assert sum(int(r["minutes"]) for r in rows) == clinic.store.scalar(
        "SELECT sum(minutes) FROM attendance a JOIN session s ON s.id = a.session_id"
        " WHERE s.group_id = ?",
        [group],
    )


def test_weekly_hours_match_the_domain_arithmetic(clinic, two_weeks, out) -> None:
    group, ids, _other, _other_ids, sessions = two_weeks
    # A range starting mid-week is widened to whole weeks.
    rows = clinic.exports.weekly_hours(
        dt.date(2026, 11, 25), dt.date(2026, 12, 2), [GroupId(group)]
    )
    assert {r.chart_id for r in rows} == {f"T-09:00-{i}" for i in range(3)}
    for i, member in enumerate(ids):
        per_session = []
        for session_id in sessions:
            entry = next(e for e in clinic.sessions.roster(session_id) if e.member_id == member)
            per_session.append((clinic.sessions.get(session_id).date, entry.minutes))
        track = "adolescent" if i == 2 else "substance_use"
        expected = weekly_totals(per_session, track)
        got = [r.weekly for r in rows if r.chart_id == f"T-09:00-{i}"]
        assert got == expected
    path, _ = clinic.exports.export_hours(dt.date(2026, 11, 25), dt.date(2026, 12, 2), out, [group])
    csv_rows = read_csv(path)
    assert list(csv_rows[0]) == [
        "chart_id",
        "week_starting",
        "hours",
        "target_hours",
        "below_target",
    ]
    for row, computed in zip(csv_rows, rows, strict=True):
        assert (
            row["chart_id"] == computed.chart_id
            and row["week_starting"] == computed.weekly.week.isoformat()
        )
        assert float(row["hours"]) == computed.weekly.hours
        assert float(row["target_hours"]) == computed.weekly.target_hours
        assert row["below_target"] == ("yes" if computed.weekly.below_target else "no")
    week1 = {r["chart_id"]: r for r in csv_rows if r["week_starting"] == "2026-11-23"}
    assert week1["T-09:00-0"]["hours"] == "8.67" and week1["T-09:00-0"]["below_target"] == "yes"
    assert week1["T-09:00-2"]["target_hours"] == "6" and week1["T-09:00-2"]["below_target"] == "no"
    # The evening group's members are not in group A's report; they are in everyone's.
    everyone = clinic.exports.weekly_hours(dt.date(2026, 11, 23), dt.date(2026, 12, 6))
    assert {"T-18:00-0", "T-18:00-1"} <= {r.chart_id for r in everyone}
