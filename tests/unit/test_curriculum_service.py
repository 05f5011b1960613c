"""The curriculum library through the real services and a real encrypted database."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from iop_facilitator.domain.changes import NOTHING
from iop_facilitator.domain.curriculum import Segment
from iop_facilitator.domain.enums import TopicOrigin
from iop_facilitator.errors import ExportFailed, RuleViolation, ValidationError
from iop_facilitator.services.clinic import create_clinic, open_clinic
from tests.conftest import CURRICULUM_FIXTURES, TEST_KEY

RP, CS, GS = "rp-sample-high-risk", "cs-sample-urge-surfing", "gs-sample-smart-goals"


def audit_actions(clinic) -> list[str]:
    return [r["action"] for r in clinic.store.query("SELECT action FROM audit_event ORDER BY id")]


def test_sync_adds_builtins_once(curriculum_clinic) -> None:
    lib = curriculum_clinic.curriculum
    assert [t.key for t in lib.list()] == [RP, CS, GS]  # series order
    assert all(t.origin is TopicOrigin.BUILTIN and t.is_current for t in lib.list())
    assert audit_actions(curriculum_clinic).count("curriculum_sync") == 1
    again = lib.sync_builtin()
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert audit_actions(curriculum_clinic).count("curriculum_sync") == 1
    assert curriculum_clinic.store.scalar("SELECT count(*) FROM topic") == 3


def test_unchanged_builtin_files_are_not_parsed_again(curriculum_clinic, monkeypatch) -> None:
    """Parsing 38 topic files cost ~100 ms of every start; the same files are only hashed."""
    from iop_facilitator.services import curriculum as service

    lib = curriculum_clinic.curriculum
    parsed = []
    real = service.load_folder
    monkeypatch.setattr(
        service, "load_folder", lambda folder: parsed.append(folder) or real(folder)
    )
    assert lib.sync_builtin().unchanged == 3
    assert parsed == []  # the fingerprint matched
    curriculum_clinic.store.execute(
        "DELETE FROM setting WHERE key = ?", [service.SYNC_KEY]
    )  # e.g. a backup restored from before the memo
    assert lib.sync_builtin().unchanged == 3
    assert len(parsed) == 1


def test_changed_builtin_file_adds_a_version_on_next_open(tmp_path, data_paths, clock) -> None:
    lib_dir = tmp_path / "lib"
    shutil.copytree(CURRICULUM_FIXTURES, lib_dir)
    clinic = create_clinic(
        data_paths,
        TEST_KEY,
        clinic_name="C",
        facilitator_name="Fac Testwell",
        clock=clock,
        curriculum=lib_dir,
    )
    old = clinic.curriculum.current(RP)
    clinic.curriculum.set_retired(RP, True)
    clinic.close()
    path = lib_dir / "relapse-prevention" / f"{RP}.toml"
    path.write_text(path.read_text().replace("Sample: Identifying", "Sample: Spotting"))
    (lib_dir / "coping-skills" / "cs-broken.toml").write_text("key = [")
    clinic = open_clinic(data_paths, TEST_KEY, clock, curriculum=lib_dir)
    try:
        lib = clinic.curriculum
        new = lib.current(RP)
        # The file still says version 1, so the database numbers the change 2.
        assert (new.summary.version, new.topic.title) == (
            2,
            "Sample: Spotting High-Risk Situations",
        )
        assert new.summary.retired  # retiring survives a content update
        assert lib.get(old.id).topic.title == "Sample: Identifying High-Risk Situations"
        assert not lib.get(old.id).summary.is_current
        assert [v.version for v in lib.versions(RP)] == [2, 1]
        assert "coping-skills/cs-broken.toml, line 1" in lib.load_problems[0].text
        assert [t.key for t in lib.list()] == [CS, GS]  # the good topics still open
    finally:
        clinic.close()


def test_list_by_series_and_search_text(curriculum_clinic) -> None:
    lib = curriculum_clinic.curriculum
    assert [t.key for t in lib.list(series="Goal Setting")] == [GS]
    assert [t.key for t in lib.list(search="urge")] == [CS]
    assert [t.key for t in lib.list(search="Payday cousin")] == [RP]  # a facilitator tip
    assert [t.key for t in lib.list(search="Measurable")] == [GS]  # handout text
    assert lib.list(search="100%_") == []
    lib.set_retired(CS, True)
    assert CS not in [t.key for t in lib.list()]
    assert CS in [t.key for t in lib.list(include_retired=True)]


def test_builtins_are_read_only_and_duplicate_is_editable(curriculum_clinic) -> None:
    lib = curriculum_clinic.curriculum
    source = lib.current(RP)
    with pytest.raises(RuleViolation, match="read-only"):
        lib.save(replace(source.topic, title="Changed"))
    copy_id, changes = lib.duplicate(source.id)
    assert changes.topics and changes.audit
    copy = lib.get(copy_id)
    assert copy.topic.key == f"{RP}-copy" and copy.summary.editable and copy.summary.version == 1
    assert (
        copy.topic.title.endswith("(clinic copy)") and copy.topic.segments == source.topic.segments
    )
    second, _ = lib.duplicate(source.id)
    assert lib.get(second).topic.key == f"{RP}-copy-2"


def test_editing_a_clinic_topic_versions_each_save(curriculum_clinic) -> None:
    lib = curriculum_clinic.curriculum
    copy_id, _ = lib.duplicate(lib.current(CS).id)
    copy = lib.get(copy_id).topic
    assert lib.save(copy) == (copy_id, NOTHING)  # unchanged: no new version
    v2_id, changes = lib.save(replace(copy, title="Urge surfing, our way"))
    assert changes.topics and lib.get(v2_id).summary.version == 2
    assert lib.current(copy.key).id == v2_id and lib.get(copy_id).topic.title == copy.title
    short = replace(copy, segments=(*copy.segments[:2], Segment("Practise", 15, "Pairs.")))
    with pytest.raises(ValidationError, match=r"add up to 55 minutes but the session lasts 60"):
        lib.save(short)
    with pytest.raises(ValidationError, match="minutes"):
        lib.save(replace(copy, minutes=45))
    assert [v.version for v in lib.versions(copy.key)] == [2, 1]
    assert (
        curriculum_clinic.store.scalar(
            "SELECT count(*) FROM topic WHERE key = ? AND is_current = 1", [copy.key]
        )
        == 1
    )


def test_create_clinic_topic_checks_everything(curriculum_clinic) -> None:
    lib = curriculum_clinic.curriculum
    base = lib.current(GS).topic
    with pytest.raises(ValidationError, match="already used"):
        lib.create(base)
    with pytest.raises(ValidationError, match="lowercase letters"):
        lib.create(replace(base, key="Our Topic"))
    with pytest.raises(ValidationError, match="NUL"):
        lib.create(replace(base, key="clinic-nul", title="a\x00b"))
    with pytest.raises(ValidationError, match="larger than 256 KB"):
        lib.create(replace(base, key="clinic-huge", handout="😀" * 70_000))
    new_id, _ = lib.create(replace(base, key="clinic-goals", version=7))
    assert lib.get(new_id).summary.version == 1 and lib.get(new_id).summary.editable


def add_session(store, group_id: int, day: str, topic_id: int, status: str = "signed") -> int:
    return store.insert(
        "session",
        {
            "group_id": group_id,
            "date": day,
            "planned_start": f"{day}T09:00:00",
            "planned_end": f"{day}T12:00:00",
            "topic_id": topic_id,
            "status": status,
            "created_at": day,
            "updated_at": day,
        },
    )


def add_group(store, name: str) -> int:
    return store.insert(
        "therapy_group", {"name": name, "track": "substance_use", "created_at": "x"}
    )


def add_member(store, name: str, group_id: int, start: str, end: str | None = None) -> int:
    member_id = store.insert(
        "member",
        {
            "preferred_name": name,
            "full_name": f"{name} Testperson",
            "chart_id": f"TEST-{name}",
            "track": "substance_use",
            "phase": "early_recovery",
            "admitted_on": start,
            "created_at": "x",
            "updated_at": "x",
        },
    )
    store.insert(
        "enrollment",
        {"member_id": member_id, "group_id": group_id, "start_on": start, "end_on": end},
    )
    return member_id


def test_retire_keeps_the_exact_version_a_session_used(curriculum_clinic) -> None:
    clinic = curriculum_clinic
    lib = clinic.curriculum
    copy_id, _ = lib.duplicate(lib.current(RP).id)
    key = lib.get(copy_id).topic.key
    with clinic.ctx.write() as w:
        session_id = add_session(w, add_group(w, "Morning Test"), "2026-11-20", copy_id)
    lib.save(replace(lib.get(copy_id).topic, title="Newer"))
    with pytest.raises(RuleViolation, match="Retire it instead"):
        lib.delete(key)
    lib.set_retired(key, True)
    used = clinic.store.scalar("SELECT topic_id FROM session WHERE id = ?", [session_id])
    assert used == copy_id and lib.get(used).summary.version == 1
    assert lib.times_used(key) == 1
    unused, _ = lib.duplicate(lib.current(GS).id)
    lib.delete(lib.get(unused).topic.key)
    assert not lib.key_exists(lib.get(copy_id).topic.key + "x")
    with pytest.raises(RuleViolation, match="cannot be deleted"):
        lib.delete(GS)


# -- packs -------------------------------------------------------------------------------------
@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_pack_round_trip_into_an_empty_database(curriculum_clinic, tmp_path, clock, suffix) -> None:
    lib = curriculum_clinic.curriculum
    copy_id, _ = lib.duplicate(lib.current(CS).id)
    v2, _ = lib.save(
        replace(lib.get(copy_id).topic, handout='Quotes " and \\ and\ttabs\n# Ünïcode ✓')
    )
    ids = [t.id for t in lib.list()]
    pack = tmp_path / f"pack{suffix}"
    assert curriculum_clinic.topic_packs.export(ids, pack).audit
    expected = [lib.get(i).topic for i in ids]

    from iop_facilitator.paths import DataPaths

    other_paths = DataPaths(tmp_path / "other").ensure()
    empty = tmp_path / "no-builtins"
    other = create_clinic(
        other_paths,
        TEST_KEY,
        clinic_name="Other",
        facilitator_name="Fac Other",
        clock=clock,
        curriculum=empty,
    )
    try:
        preview = other.topic_packs.preview(pack)
        assert len(preview.new) == 4 and preview.importable
        result, changes = other.topic_packs.import_pack(pack)
        assert (result.added, result.updated, result.skipped) == (4, 0, 0) and changes.topics
        got = [other.curriculum.current(t.key).topic for t in expected]
        assert got == expected  # every field, every version number
        assert other.curriculum.current(lib.get(v2).topic.key).summary.version == 2
        assert audit_actions(other).count("topic_pack_import") == 1
        again = other.topic_packs.preview(pack)
        assert len(again.unchanged) == 4 and not again.importable
    finally:
        other.close()
    assert audit_actions(curriculum_clinic).count("topic_pack_export") == 1


def test_pack_preview_sorts_new_changed_conflicting(curriculum_clinic, tmp_path) -> None:
    lib, packs = curriculum_clinic.curriculum, curriculum_clinic.topic_packs
    copy_id, _ = lib.duplicate(lib.current(RP).id)
    copy = lib.get(copy_id).topic
    pack = tmp_path / "pack.toml"
    from iop_facilitator.domain.topic_pack import write_pack

    newer = replace(copy, version=3, title="Colleague's version")
    older = replace(copy, key="x-" + copy.key, title="Brand new")
    clash = replace(lib.current(GS).topic, title="Edited built-in")
    pack.write_text(write_pack([newer, older, clash, lib.current(CS).topic], "toml", "now"))
    preview = packs.preview(pack)
    assert [t.key for t in preview.new] == [older.key]
    assert [t.key for t in preview.changed] == [copy.key]
    assert [t.key for t in preview.unchanged] == [CS]
    assert [c.topic.key for c in preview.conflicts] == [GS]
    assert "built-in" in preview.conflicts[0].reason
    assert "1 new, 1 changed, 1 already here, 1 conflicting" in preview.summary()
    result, _ = packs.import_pack(pack)
    assert (result.added, result.updated, result.skipped) == (1, 1, 2)
    assert lib.current(copy.key).topic.title == "Colleague's version"
    assert lib.current(copy.key).summary.version == 3
    stale = replace(copy, version=2, title="Stale")
    pack.write_text(write_pack([stale], "toml", "now"))
    assert "already at version 3" in packs.preview(pack).conflicts[0].reason


@pytest.mark.parametrize(
    "content",
    [
        "format = 'iop-facilitator-topic-pack'\nformat_version = 1\n[[topics]]\nkey = 'only-key'\n",
        "😀" * 10_000,
        "\x00\x01 not a pack",
        '{"format": "iop-facilitator-topic-pack"',
    ],
)
def test_a_bad_pack_changes_nothing(curriculum_clinic, tmp_path, content) -> None:
    good = curriculum_clinic.curriculum.current(RP).topic
    from iop_facilitator.domain.topic_pack import write_pack

    pack = tmp_path / "bad.toml"
    text = write_pack([replace(good, key="fine-one")], "toml", "now") + "\n" + content
    pack.write_text(text, encoding="utf-8")
    before = (
        curriculum_clinic.store.scalar("SELECT count(*) FROM topic"),
        curriculum_clinic.store.scalar("SELECT count(*) FROM audit_event"),
    )
    with pytest.raises(ValidationError) as info:
        curriculum_clinic.topic_packs.import_pack(pack)
    assert "bad.toml" in info.value.message and "Nothing was imported" in info.value.what_next
    after = (
        curriculum_clinic.store.scalar("SELECT count(*) FROM topic"),
        curriculum_clinic.store.scalar("SELECT count(*) FROM audit_event"),
    )
    assert before == after


def test_pack_file_problems_in_plain_words(curriculum_clinic, tmp_path) -> None:
    packs = curriculum_clinic.topic_packs
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b"title = 'caf\xe9'")
    assert "not UTF-8" in packs.preview(latin).summary()
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"hello": 1}))
    assert "not an IOP Facilitator topic pack" in packs.preview(other).summary()
    with pytest.raises(ExportFailed, match="could not be saved"):
        packs.export([curriculum_clinic.curriculum.list()[0].id], tmp_path / "missing" / "p.toml")
    assert not (tmp_path / "missing").exists()
    with pytest.raises(ValidationError, match="at least one"):
        packs.export([], tmp_path / "p.toml")


def test_empty_resources_folder_opens_an_empty_library(clinic) -> None:
    assert isinstance(clinic.curriculum.builtin_dir, Path)
    assert clinic.curriculum.load_problems == ()
