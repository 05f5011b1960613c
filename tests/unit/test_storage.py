"""Storage: how the database opens, the migrations, and the rules the database itself enforces."""

from __future__ import annotations

import sqlite3

import pytest
import sqlcipher3
import sqlite_utils

from iop_facilitator import errors
from iop_facilitator.storage import Passphrase, RawKey, create_database, open_database
from iop_facilitator.storage.migrations import MIGRATIONS, migration_names
from tests.conftest import TEST_KEY
from tests.helpers import records


def raw_connection(path):
    """A connection that bypasses all of our code: only the key, then plain SQL."""
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = {TEST_KEY.pragma_literal()}")
    return conn


def signed_note(clinic) -> int:
    store = clinic.store
    now = "2026-11-23T12:00:00"
    with store.atomic():
        group = records.add_group(store, "G")
        member = records.add_member(store, "C1", "P Q")
        note = records.add_note(store, records.add_session(store, group), member, "x")
        store.update(
            "member_note",
            note,
            {
                "status": "signed",
                "signed_by": clinic.ctx.actor_id,
                "signed_at": now,
                "content_hash": "h",
            },
        )
    return note


def test_connection_rules(clinic) -> None:
    store = clinic.store
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA synchronous") == 2  # FULL


def test_foreign_keys_are_enforced(clinic) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"):
        clinic.store.insert(
            "enrollment", {"member_id": 999, "group_id": 999, "start_on": "2026-01-01"}
        )


def test_signed_note_refuses_update_and_delete_through_raw_sql(clinic) -> None:
    note = signed_note(clinic)
    path = clinic.store.path
    clinic.close()
    conn = raw_connection(path)
    with pytest.raises(sqlcipher3.IntegrityError, match="signed note cannot be changed"):
        conn.execute("UPDATE member_note SET sections = '{}' WHERE id = ?", [note])
    with pytest.raises(sqlcipher3.IntegrityError, match="cannot be deleted"):
        conn.execute("DELETE FROM member_note WHERE id = ?", [note])
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("UPDATE member_note SET status = 'draft' WHERE id = ?", [note])
    assert (
        conn.execute("SELECT status FROM member_note WHERE id = ?", [note]).fetchone()[0]
        == "signed"
    )
    conn.close()


def test_signed_note_refusal_reaches_services_as_a_rule_violation(clinic) -> None:
    note = signed_note(clinic)
    with (
        pytest.raises(errors.RuleViolation, match="signed note cannot be changed"),
        clinic.store.atomic(),
    ):
        clinic.store.update("member_note", note, {"plan": "changed"})


def test_audit_trail_is_append_only(clinic) -> None:
    path = clinic.store.path
    count = clinic.store.scalar("SELECT count(*) FROM audit_event")
    assert count >= 2  # facilitator created, database created
    clinic.close()
    conn = raw_connection(path)
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("UPDATE audit_event SET action = 'x'")
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("DELETE FROM audit_event")
    assert conn.execute("SELECT count(*) FROM audit_event").fetchone()[0] == count
    conn.close()


def test_notes_cannot_be_inserted_already_signed(clinic) -> None:
    signed_note(clinic)
    with pytest.raises(errors.RuleViolation), clinic.store.atomic():
        clinic.store.execute(
            "INSERT INTO member_note (session_id, member_id, format, status, signed_by, signed_at,"
            " content_hash, created_at, updated_at) SELECT session_id, member_id + 1000, format,"
            " 'signed', signed_by, signed_at, 'h', created_at, updated_at FROM member_note"
        )


def test_migrations_applied_twice_change_nothing(clinic) -> None:
    def snapshot():
        return clinic.store.query("SELECT type, name, sql FROM sqlite_master ORDER BY name")

    before = snapshot()
    applied = [m.name for m in MIGRATIONS.applied(clinic.store.db)]
    MIGRATIONS.apply(clinic.store.db)
    assert snapshot() == before
    assert [m.name for m in MIGRATIONS.applied(clinic.store.db)] == applied == migration_names()


def test_every_migration_step_in_turn(tmp_path) -> None:
    """Walk the chain one step at a time, as an old database upgrading would."""
    path = tmp_path / "steps.db"
    names = migration_names()
    conn = raw_connection(path)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    for index, name in enumerate(names):
        MIGRATIONS.apply(db, stop_before=name)
        assert [m.name for m in MIGRATIONS.applied(db)] == names[:index]
    MIGRATIONS.apply(db)
    assert [m.name for m in MIGRATIONS.applied(db)] == names
    assert {"member", "member_note", "audit_event", "session"} <= set(db.table_names())
    conn.close()


def test_a_database_from_a_newer_app_is_refused(clinic) -> None:
    path = clinic.store.path
    clinic.store.insert(
        "_sqlite_migrations",
        {"migration_set": "iop_facilitator", "name": "9999_from_the_future", "applied_at": "x"},
    )
    clinic.close()
    with pytest.raises(errors.NewerDatabase, match="newer version"):
        open_database(path, TEST_KEY)


def test_wrong_key_is_refused_and_changes_nothing(clinic) -> None:
    path = clinic.store.path
    clinic.close()
    before = path.read_bytes()
    with pytest.raises(errors.WrongPassphrase):
        open_database(path, RawKey("00" * 32))
    assert path.read_bytes() == before
    open_database(path, TEST_KEY).close()


def test_passphrase_database_is_unreadable_without_it(tmp_path) -> None:
    path = tmp_path / "secret.db"
    store = create_database(path, Passphrase("kettle river blue mango"))
    store.insert("setting", {"key": "probe", "value": '"DISTINCTIVE-PLAINTEXT-MARKER"'})
    store.checkpoint()
    store.close()
    plain = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()
    assert b"DISTINCTIVE-PLAINTEXT-MARKER" not in path.read_bytes()
    with pytest.raises(errors.WrongPassphrase):
        open_database(path, Passphrase("kettle river blue mangoes"))
    reopened = open_database(path, Passphrase("kettle river blue mango"))
    assert (
        reopened.scalar("SELECT value FROM setting WHERE key = 'probe'")
        == '"DISTINCTIVE-PLAINTEXT-MARKER"'
    )
    reopened.close()


def test_create_refuses_to_overwrite(clinic) -> None:
    with pytest.raises(errors.ValidationError, match="already exists"):
        create_database(clinic.store.path, TEST_KEY)


def test_missing_database_is_a_plain_message(tmp_path) -> None:
    with pytest.raises(errors.NotFound, match="no database"):
        open_database(tmp_path / "absent.db", TEST_KEY)


def test_garbage_file_is_reported_not_crashed(tmp_path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not a database at all" * 500)
    with pytest.raises(errors.WrongPassphrase, match="does not open"):
        open_database(path, TEST_KEY)


def test_passphrase_quoting_is_safe(tmp_path) -> None:
    tricky = Passphrase('it\'s a "quoted" pass; DROP TABLE x; --')
    store = create_database(tmp_path / "q.db", tricky)
    store.close()
    open_database(tmp_path / "q.db", tricky).close()
    with pytest.raises(errors.ValidationError):
        Passphrase("nul\x00inside").pragma_literal()
    assert "hidden" in repr(tricky) and "quoted" not in repr(tricky)
