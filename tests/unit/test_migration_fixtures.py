"""Every past schema version, as an old installation has it on disk, upgrades with all its data."""

from __future__ import annotations

import shutil

import pytest

from iop_facilitator import errors
from iop_facilitator.storage import open_database
from iop_facilitator.storage.migrations import MIGRATIONS, migration_names
from tests.conftest import TEST_KEY
from tests.fixtures import schema_fixtures


def test_there_is_a_committed_fixture_for_every_past_version() -> None:
    missing = [
        v for v in schema_fixtures.past_versions() if not schema_fixtures.fixture_path(v).exists()
    ]
    assert missing == [], "run: .venv/bin/python -m tests.fixtures.schema_fixtures"


@pytest.mark.parametrize("version", schema_fixtures.past_versions())
def test_a_past_version_upgrades_with_all_data(tmp_path, version: str) -> None:
    copy = tmp_path / "iop-facilitator.db"
    shutil.copyfile(schema_fixtures.fixture_path(version), copy)
    store = open_database(copy, TEST_KEY)
    try:
        assert [m.name for m in MIGRATIONS.applied(store.db)] == migration_names()
        for table, rows in schema_fixtures.expected_rows().items():
            key = "id" if "id" in rows[0] else None
            on_disk = store.query(f'SELECT * FROM "{table}"' + (" ORDER BY id" if key else ""))
            if table == "audit_event":
                on_disk = [r for r in on_disk if r["id"] in {row["id"] for row in rows}]
            assert len(on_disk) == len(rows), table
            for expected, actual in zip(rows, on_disk, strict=True):
                assert {k: actual[k] for k in expected} == expected, table
        assert store.scalar("PRAGMA integrity_check") == "ok"
        assert store.scalar("PRAGMA foreign_key_check") is None
    finally:
        store.close()


def test_the_generator_reproduces_the_committed_data(tmp_path) -> None:
    """The fixture really is what the generator makes (its data, not its bytes)."""
    version = schema_fixtures.past_versions()[0]
    fresh = tmp_path / "fresh.db"
    schema_fixtures.build(fresh, version)
    a = open_database(fresh, TEST_KEY, migrate_schema=False)
    shutil.copyfile(schema_fixtures.fixture_path(version), tmp_path / "committed.db")
    b = open_database(tmp_path / "committed.db", TEST_KEY, migrate_schema=False)
    try:
        for table in schema_fixtures.expected_rows():
            assert a.query(f'SELECT * FROM "{table}"') == b.query(f'SELECT * FROM "{table}"')
    finally:
        a.close()
        b.close()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path) -> None:
    copy = tmp_path / "iop-facilitator.db"
    shutil.copyfile(schema_fixtures.fixture_path(schema_fixtures.past_versions()[0]), copy)
    store = open_database(copy, TEST_KEY)
    with store.atomic():
        store.insert(
            "_sqlite_migrations",
            {
                "migration_set": "iop_facilitator",
                "name": "9999_from_the_future",
                "applied_at": "2030",
            },
        )
    store.checkpoint()
    store.close()
    before = copy.read_bytes()
    with pytest.raises(errors.NewerDatabase, match="newer version"):
        open_database(copy, TEST_KEY)
    assert copy.read_bytes() == before
