"""Member CSV import: decoding, mapping, a row-by-row report, and only accepted rows imported."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from iop_facilitator.domain.dates import DateOrder
from iop_facilitator.domain.enums import Track
from iop_facilitator.domain.groups import GroupDraft
from iop_facilitator.domain.member_csv import (
    ImportOptions,
    RowStatus,
    decode,
    guess_mapping,
    read_table,
)
from iop_facilitator.errors import ValidationError

HEADER = "MRN,Last Name,First Name,DOB,Admit Date,Program\r\n"
GOOD = (
    HEADER
    + "DEMO-2001,Brightwater,Jordan,04/12/1990,11/02/2026,SUD\r\n"
    + "DEMO-2002,Maplewood,Riley,1985-07-30,2026-11-09,co-occurring\r\n"
)


def options(loaded, **kw) -> ImportOptions:
    return ImportOptions(guess_mapping(loaded.table.headers), **kw)


def preview(clinic, text: str | bytes, **kw):
    data = text.encode("utf-8") if isinstance(text, str) else text
    loaded = clinic.member_import.load_bytes(data)
    return loaded, clinic.member_import.preview(loaded, options(loaded, **kw))


def test_guess_mapping_from_ehr_headers() -> None:
    table = read_table(HEADER)
    mapping = guess_mapping(table.headers)
    assert mapping["chart_id"] == 0 and mapping["last_name"] == 1 and mapping["first_name"] == 2
    assert mapping["date_of_birth"] == 3 and mapping["admitted_on"] == 4 and mapping["track"] == 5
    assert mapping["full_name"] is None
    semi = read_table("Chart #;Patient Name;Admission date\n1;A B;2026-01-01\n")
    assert guess_mapping(semi.headers)["chart_id"] == 0 and len(semi.rows) == 1


def test_import_good_file_then_reimport_adds_nobody(clinic) -> None:
    group_id, _ = clinic.groups.create(
        GroupDraft("Morning IOP", Track.SUBSTANCE_USE, (1,), dt.time(9))
    )
    _loaded, plan = preview(clinic, GOOD)
    assert [r.status for r in plan.rows] == [RowStatus.NEW, RowStatus.NEW]
    assert [r.row for r in plan.rows] == [2, 3]
    first = plan.rows[0].draft
    assert first.full_name == "Jordan Brightwater" and first.preferred_name == "Jordan"
    assert (
        first.date_of_birth == dt.date(1990, 4, 12)
        and plan.rows[1].draft.track is Track.CO_OCCURRING
    )
    assert clinic.store.scalar("SELECT count(*) FROM member") == 0  # preview writes nothing
    result, changes = clinic.member_import.commit(plan, [r.row for r in plan.rows], group_id)
    assert result.imported == 2 and changes.members
    assert clinic.groups.roster_count(group_id, dt.date(2026, 11, 23)) == 2
    _loaded, again = preview(clinic, GOOD.lower())  # same file, chart ids in another case
    assert {r.status for r in again.rows} == {RowStatus.ALREADY_HERE}
    with pytest.raises(ValidationError, match="No rows"):
        clinic.member_import.commit(again, [r.row for r in again.rows])
    # committing a stale preview does not duplicate either
    result, _ = clinic.member_import.commit(plan, [r.row for r in plan.rows])
    assert result.imported == 0 and result.skipped == 2
    assert clinic.store.scalar("SELECT count(*) FROM member") == 2


def test_bad_rows_are_reported_by_row_and_only_accepted_rows_import(clinic) -> None:
    text = (
        HEADER
        + "DEMO-3001,Stonebridge,Quinn,,11/02/2026,SUD\r\n"  # row 2: fine
        + ",Fernhollow,Morgan,,11/02/2026,SUD\r\n"  # row 3: no chart id
        + "DEMO-3003,Larkspur,Hope,02/30/1990,11/02/2026,SUD\r\n"  # row 4: impossible birth date
        + "DEMO-3004,Thistledown,Will,,13/45/2026,SUD\r\n"  # row 5: impossible admission date
        + "DEMO-3001,Copperfield,Casey,,11/02/2026,SUD\r\n"  # row 6: chart id repeated in file
        + "DEMO-3006,Willowmere,Dakota,,12/25/2026,SUD\r\n"  # row 7: admitted in the future
        + "DEMO-3007,Ashgrove,Rowan,,11/03/2026,pottery\r\n"  # row 8: unknown track
        + "DEMO-3008,Birchwell,Emerson,,11/03/2026,\r\n"  # row 9: fine, default track
    )
    _loaded, plan = preview(clinic, text)
    report = {r.row: (r.status, " ".join(r.problems)) for r in plan.rows}
    assert report[2][0] is RowStatus.NEW and report[9][0] is RowStatus.NEW
    assert report[3] == (RowStatus.ERROR, "The chart id is missing.")
    assert "not a real date" in report[4][1] and "Date of birth" in report[4][1]
    assert "not a real date" in report[5][1] and "Admission date" in report[5][1]
    assert report[6][0] is RowStatus.REPEATED
    assert "in the future" in report[7][1]
    assert "pottery" in report[8][1]
    assert plan.count(RowStatus.ERROR) == 5
    # the facilitator accepts row 9 only (and names an error row, which is ignored)
    result, _ = clinic.member_import.commit(plan, [3, 9])
    assert result.imported == 1
    assert [r["chart_id"] for r in clinic.store.query("SELECT chart_id FROM member")] == [
        "DEMO-3008"
    ]
    audit = clinic.store.one("SELECT detail FROM audit_event WHERE action = 'member_import'")
    assert '"imported": 1' in audit["detail"] and "Emerson" not in audit["detail"]


def test_non_utf8_bytes_fall_back_to_cp1252_and_say_so(clinic) -> None:
    data = (HEADER + "DEMO-4001,Glimmerby,Zoë,,11/02/2026,SUD\r\n").encode("cp1252")
    loaded, plan = preview(clinic, data)
    assert loaded.encoding == "cp1252" and "not UTF-8" in loaded.encoding_note
    assert plan.rows[0].draft.preferred_name == "Zoë"
    bom = decode(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    assert bom.encoding == "utf-8" and bom.note == "" and bom.text.startswith("MRN")
    nul = decode(GOOD.encode("utf-8").replace(b"DEMO-2001", b"DEMO-\x002001"))
    assert "NUL" in nul.note and "DEMO-2001" in nul.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"   \r\n", "empty"), ("MRN".encode("utf-16"), "UTF-16")],
)
def test_unreadable_files_are_refused(clinic, data, reason) -> None:
    with pytest.raises(ValidationError, match=reason):
        clinic.member_import.load_bytes(data)


def test_mapping_must_name_chart_id_and_name(clinic) -> None:
    loaded = clinic.member_import.load_bytes(b"Foo,Bar\r\n1,2\r\n")
    with pytest.raises(ValidationError, match="chart id"):
        clinic.member_import.preview(loaded, options(loaded))


def test_day_first_dates_and_default_admission(clinic) -> None:
    loaded = clinic.member_import.load_bytes(b"Chart,Name,DOB\r\nX1,Ana Fern,03/09/1990\r\n")
    plan = clinic.member_import.preview(
        loaded,
        ImportOptions(
            guess_mapping(loaded.table.headers),
            DateOrder.DAY_FIRST,
            default_admitted_on=dt.date(2026, 11, 16),
        ),
    )
    draft = plan.rows[0].draft
    assert draft.date_of_birth == dt.date(1990, 9, 3) and draft.admitted_on == dt.date(2026, 11, 16)


def test_five_thousand_rows_in_one_transaction_quickly(clinic) -> None:
    lines = [HEADER]
    for i in range(5000):
        chart = "" if i % 250 == 7 else f"DEMO-{10000 + i}"
        admit = "02/30/2026" if i % 500 == 3 else "11/02/2026"
        lines.append(f"{chart},Surname{i},First{i},01/15/1980,{admit},SUD\r\n")
    data = "".join(lines).encode("utf-8")
    started = time.perf_counter()
    loaded = clinic.member_import.load_bytes(data)
    plan = clinic.member_import.preview(loaded, options(loaded))
    preview_s = time.perf_counter() - started
    assert plan.count(RowStatus.ERROR) == 20 + 10
    accepted = [r.row for r in plan.rows if r.importable]
    started = time.perf_counter()
    result, _ = clinic.member_import.commit(plan, accepted)
    commit_s = time.perf_counter() - started
    assert result.imported == 4970 == clinic.store.scalar("SELECT count(*) FROM member")
    assert preview_s < 3 and commit_s < 5, (preview_s, commit_s)
