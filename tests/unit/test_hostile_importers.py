"""Every importer of an outside file, fed the worst files there are (tests/helpers/fuzz.py).

Curriculum topic files, topic packs, member CSVs and the backup chosen for a restore. Whatever
the file holds: no crash but our own UserFacingError (or, for topic files, a `Problem`), a message
in plain words that says what to do, and nothing written to the database when it is refused.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iop_facilitator import errors
from iop_facilitator.domain.curriculum import Problem
from iop_facilitator.domain.member_csv import ImportOptions, guess_mapping
from iop_facilitator.domain.topic_files import load_topic_file, parse_toml_topic
from iop_facilitator.domain.topic_pack import toml_string, write_pack
from iop_facilitator.services.backups import inspect_backup, restore
from iop_facilitator.services.curriculum import CurriculumService
from iop_facilitator.storage import create_database
from tests.conftest import CURRICULUM_FIXTURES, TEST_KEY
from tests.helpers.fuzz import (
    JUNK_10K,
    assert_plain_words,
    check_hostile,
    hostile_documents,
    hostile_text,
)

# IOP_FUZZ_EXAMPLES=2000 for a deep run; the default keeps the suite fast.
FUZZ = settings(
    max_examples=int(os.environ.get("IOP_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SAMPLE = CURRICULUM_FIXTURES / "coping-skills" / "cs-sample-urge-surfing.toml"
SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
JUNK = pytest.mark.parametrize("junk", list(JUNK_10K.values()), ids=list(JUNK_10K))


def snapshot(clinic) -> Any:
    """Everything an importer could write: members, enrollments, topics and the audit trail."""
    store = clinic.store
    return (
        store.query("SELECT * FROM member ORDER BY id"),
        store.query("SELECT * FROM enrollment ORDER BY id"),
        store.query("SELECT id, key, version, content_hash, is_current FROM topic ORDER BY id"),
        store.scalar("SELECT count(*) FROM audit_event"),
    )


def plain_refusal(exc: errors.UserFacingError) -> None:
    assert_plain_words(str(exc))


def problems_in_plain_words(problems: list[Problem] | tuple[Problem, ...]) -> None:
    for problem in problems:
        assert_plain_words(problem.text)


# -- documents -----------------------------------------------------------------------------------
def _replace_line(text: str, name: str, value: str) -> str:
    lines = text.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{name} = "))
    lines[index] = f"{name} = {value}"
    return "\n".join(lines) + "\n"


def hostile_topic_text() -> st.SearchStrategy[str]:
    """A well-formed topic file with one field's value hostile: it reaches the schema check."""
    fields = ["key", "title", "series", "group_model", "activity", "handout", "prompts"]

    def build(field: str, text: str) -> str:
        value = toml_string(text, multiline=field in ("activity", "handout"))
        return _replace_line(SAMPLE_TEXT, field, f"[{value}]" if field == "prompts" else value)

    return st.builds(build, st.sampled_from(fields), hostile_text())


def encoded(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def hostile_files() -> st.SearchStrategy[bytes]:
    """Random bytes and hostile text (from fuzz.py), plus the 10,000-character junk."""
    return st.one_of(hostile_documents(), st.sampled_from(list(JUNK_10K.values())))


def _topic_pack(clinic, field: str, text: str, fmt: str) -> str:
    topic = clinic.curriculum.list()[0]
    stored = clinic.curriculum.get(topic.id).topic
    hostile = replace(stored, **{"key": "clinic-hostile", field: text})
    return write_pack([hostile], fmt, "2026-11-23T08:30:00")


def _csv(cells: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["MRN", "Last Name", "First Name", "DOB", "Admit Date", "Program"])
    writer.writerow(cells)
    return encoded(out.getvalue())


def hostile_csvs() -> st.SearchStrategy[bytes]:
    """A real EHR header and one row whose cells are hostile: it reaches the row checks."""
    good = ["DEMO-3001", "Brightwater", "Jordan", "04/12/1990", "11/02/2026", "SUD"]
    return st.builds(
        lambda i, t: _csv([*good[:i], t, *good[i + 1 :]]),
        st.integers(0, len(good) - 1),
        hostile_text(),
    )


# -- curriculum topic files ----------------------------------------------------------------------
@FUZZ
@given(doc=st.one_of(hostile_files(), hostile_topic_text().map(encoded)))
def test_a_topic_file_never_raises_and_names_what_is_wrong(doc: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cs-sample-urge-surfing.toml"
        path.write_bytes(doc)
        topic, problems = load_topic_file(path)
    assert (topic is None) == bool(problems)
    problems_in_plain_words(problems)


@FUZZ
@given(text=st.one_of(hostile_text(), hostile_topic_text()))
def test_topic_text_never_raises(text: str) -> None:
    topic, problems = parse_toml_topic(text, "pasted.toml")
    assert (topic is None) == bool(problems)
    problems_in_plain_words(problems)


@FUZZ
@given(doc=st.one_of(hostile_files(), hostile_topic_text().map(encoded)))
def test_a_hostile_builtin_file_writes_nothing(curriculum_clinic, doc: bytes) -> None:
    """A library folder holding only a bad file: the sync reports it and writes nothing."""
    before = snapshot(curriculum_clinic)
    with tempfile.TemporaryDirectory() as folder:
        series = Path(folder) / "coping-skills"
        series.mkdir()
        (series / "cs-sample-urge-surfing.toml").write_bytes(doc)
        service = CurriculumService(curriculum_clinic.ctx, Path(folder))
        result = service.sync_builtin()
    problems_in_plain_words(result.problems)
    if result.problems:
        assert snapshot(curriculum_clinic) == before


@JUNK
def test_ten_thousand_characters_of_junk_as_a_topic_file(tmp_path, junk: bytes) -> None:
    path = tmp_path / "junk.toml"
    path.write_bytes(junk)
    topic, problems = load_topic_file(path)
    assert topic is None and problems
    problems_in_plain_words(problems)


# -- topic packs ---------------------------------------------------------------------------------
def _import_pack(clinic, folder: Path, name: str) -> Callable[[bytes], Any]:
    def apply(doc: bytes) -> Any:
        path = folder / name
        path.write_bytes(doc)
        preview_before = snapshot(clinic)
        clinic.topic_packs.preview(path)
        assert snapshot(clinic) == preview_before, "a preview wrote to the database"
        return clinic.topic_packs.import_pack(path)

    return apply


@FUZZ
@given(
    doc=st.one_of(
        hostile_files(),
        st.tuples(
            st.sampled_from(["title", "activity", "handout", "series", "key"]),
            hostile_text(),
            st.sampled_from(["toml", "json"]),
        ),
    ),
    suffix=st.sampled_from([".toml", ".json"]),
)
def test_a_hostile_topic_pack_is_refused_whole(curriculum_clinic, doc, suffix: str) -> None:
    if isinstance(doc, tuple):
        field, text, fmt = doc
        suffix = f".{fmt}"
        doc = encoded(_topic_pack(curriculum_clinic, field, text, fmt))
    with tempfile.TemporaryDirectory() as folder:
        apply = _import_pack(curriculum_clinic, Path(folder), f"pack{suffix}")
        check_hostile(apply, lambda: snapshot(curriculum_clinic), doc, plain_refusal)


@JUNK
@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_ten_thousand_characters_of_junk_as_a_topic_pack(
    curriculum_clinic, tmp_path, junk: bytes, suffix: str
) -> None:
    apply = _import_pack(curriculum_clinic, tmp_path, f"junk{suffix}")
    outcome = check_hostile(apply, lambda: snapshot(curriculum_clinic), junk, plain_refusal)
    assert outcome == "refused"


# -- member CSV ----------------------------------------------------------------------------------
def _import_csv(clinic) -> Callable[[bytes], Any]:
    def apply(doc: bytes) -> Any:
        loaded = clinic.member_import.load_bytes(doc)
        plan = clinic.member_import.preview(
            loaded, ImportOptions(guess_mapping(loaded.table.headers))
        )
        for row in plan.rows:
            for problem in row.problems:  # shown under "Problem: not imported"
                assert_plain_words(problem, needs_action=False)
        return clinic.member_import.commit(plan, [r.row for r in plan.rows])

    return apply


@FUZZ
@given(doc=st.one_of(hostile_files(), hostile_csvs()))
def test_a_hostile_member_csv_imports_nothing_it_refuses(clinic, doc: bytes) -> None:
    outcome = check_hostile(_import_csv(clinic), lambda: snapshot(clinic), doc, plain_refusal)
    if outcome == "saved":  # the one good-enough row went in, and only that row
        assert clinic.store.scalar("SELECT count(*) FROM member") >= 1


@JUNK
def test_ten_thousand_characters_of_junk_as_a_member_csv(clinic, tmp_path, junk: bytes) -> None:
    path = tmp_path / "members.csv"
    path.write_bytes(junk)
    apply = _import_csv(clinic)
    outcome = check_hostile(
        lambda p: apply(p.read_bytes()), lambda: snapshot(clinic), path, plain_refusal
    )
    assert outcome == "refused"
    assert clinic.store.scalar("SELECT count(*) FROM member") == 0


# -- the backup chosen for a restore -------------------------------------------------------------
@FUZZ
@given(doc=hostile_files())
def test_a_hostile_backup_file_is_refused_in_plain_words(tmp_path, doc: bytes) -> None:
    path = tmp_path / "iop-facilitator-20261123-083000.db"
    path.write_bytes(doc)
    with pytest.raises(errors.UserFacingError) as refused:
        inspect_backup(path, TEST_KEY)
    plain_refusal(refused.value)


def _refused_restore(clinic, clock, backup: Path) -> errors.UserFacingError:
    paths = clinic.paths
    clinic.close()
    before = paths.database.read_bytes()
    with pytest.raises(errors.UserFacingError) as refused:
        restore(paths, TEST_KEY, backup, clock)
    assert paths.database.read_bytes() == before, "a refused restore changed the database"
    assert not list(paths.root.glob("*.before-restore-*")), "a refused restore set it aside"
    plain_refusal(refused.value)
    return refused.value


@JUNK
def test_restoring_ten_thousand_characters_of_junk_touches_nothing(
    clinic, clock, tmp_path, junk: bytes
) -> None:
    backup = tmp_path / "iop-facilitator-20261123-083000.db"
    backup.write_bytes(junk)
    _refused_restore(clinic, clock, backup)


def test_restoring_a_database_that_is_not_a_clinic_touches_nothing(clinic, clock, tmp_path) -> None:
    """Opens with the clinic's key and passes its check, but is not an IOP Facilitator clinic."""
    other = tmp_path / "iop-facilitator-20261123-083000.db"
    store = create_database(other, TEST_KEY)
    store.execute("DROP TABLE _sqlite_migrations")
    store.checkpoint()
    store.close()
    refused = _refused_restore(clinic, clock, other)
    assert "not a backup" in refused.message


def test_restoring_a_backup_from_a_newer_version_touches_nothing(clinic, clock) -> None:
    clinic.store.insert(
        "_sqlite_migrations",
        {"migration_set": "iop_facilitator", "name": "9999_from_the_future", "applied_at": "x"},
    )
    info, _ = clinic.backups.back_up()
    refused = _refused_restore(clinic, clock, info.path)
    assert isinstance(refused, errors.NewerDatabase)
