"""Encryption at rest, re-keying that survives a crash at every step, PINs, the audit trail."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3

import pytest
import sqlcipher3

from iop_facilitator import errors
from iop_facilitator.app import Bootstrap
from iop_facilitator.domain import pin as pin_rules
from iop_facilitator.services.audit import AuditFilter, _safe_cell
from iop_facilitator.services.clinic import create_clinic, open_clinic
from iop_facilitator.storage import Passphrase, RawKey, open_database
from iop_facilitator.storage.rekey import STEPS, rekey, rekey_path
from tests.conftest import TEST_KEY
from tests.helpers import records

OLD = Passphrase("kettle river blue mango")
NEW = Passphrase("lantern orchard quiet seven")
NOTE_TEXT = "ZEPHYRINE-OBLONSKY-PLAINTEXT shared about her cravings"


class SimulatedCrash(BaseException):
    """Not an Exception: cleanup code that catches Exception does not run, as in a real crash."""


def add_note(clinic, text: str = NOTE_TEXT) -> None:
    store = clinic.store
    with store.atomic():
        group = records.add_group(store, "G")
        member = records.add_member(store, "FIC-1", "Zephyrine Oblonsky")
        records.add_note(store, records.add_session(store, group), member, text)


@pytest.fixture
def pass_clinic(data_paths, clock):
    """A clinic under a real passphrase (SQLCipher's KDF), with one member note."""
    c = create_clinic(
        data_paths, OLD, clinic_name="C", facilitator_name="Fac Testwell", clock=clock
    )
    add_note(c)
    yield c
    c.close()


def note_count(store) -> int:
    return store.scalar("SELECT count(*) FROM member_note")


# -- encryption at rest ---------------------------------------------------------------------------
def test_file_is_unreadable_by_sqlite3_and_holds_no_note_plaintext(pass_clinic) -> None:
    path = pass_clinic.store.path
    pass_clinic.close()
    raw = path.read_bytes()
    assert b"ZEPHYRINE" not in raw and b"Oblonsky" not in raw and b"SQLite format 3" not in raw
    plain = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_wrong_passphrase_refused_right_one_opens(pass_clinic, data_paths, clock) -> None:
    pass_clinic.close()
    boot = Bootstrap(data_paths, clock)
    for _ in range(3):
        with pytest.raises(errors.WrongPassphrase):
            boot.open(Passphrase("kettle river blue mangoes"))
    assert boot.failed_unlocks == 3
    clinic = boot.open(OLD)
    try:
        assert note_count(clinic.store) == 1 and boot.failed_unlocks == 0
        rows = clinic.store.query(
            "SELECT action, detail FROM audit_event WHERE action IN ('unlock', 'failed_unlock')"
            " ORDER BY id DESC LIMIT 2"
        )
        assert [r["action"] for r in rows] == ["unlock", "failed_unlock"]
        assert json.loads(rows[1]["detail"]) == {"attempts": 3}
    finally:
        clinic.close()


def test_unencrypted_open_still_works_for_benchmarks(tmp_path, clock) -> None:
    from iop_facilitator.paths import DataPaths

    paths = DataPaths(tmp_path / "plain").ensure()
    c = create_clinic(paths, None, clinic_name="", facilitator_name="Bench Person", clock=clock)
    assert not c.store.encrypted
    c.close()
    again = open_clinic(paths, None, clock)
    assert again.facilitators.active is not None
    again.close()
    assert paths.database.read_bytes().startswith(b"SQLite format 3")


# -- change passphrase -----------------------------------------------------------------------------
def test_change_passphrase_rekeys_and_the_store_keeps_working(pass_clinic) -> None:
    path = pass_clinic.store.path
    changes = pass_clinic.security.change_passphrase(OLD, NEW, NEW.text)
    assert changes.audit
    # The same Store object now works on the re-keyed file.
    assert note_count(pass_clinic.store) == 1
    pass_clinic.settings.update({"clinic_name": "After"})
    row = pass_clinic.store.one("SELECT * FROM audit_event WHERE action = 'passphrase_change'")
    assert row is not None and row["actor_id"] == pass_clinic.ctx.actor_id
    assert pass_clinic.store.scalar("PRAGMA journal_mode") == "wal"
    pass_clinic.close()
    assert not rekey_path(path).exists()
    with pytest.raises(errors.WrongPassphrase):
        open_database(path, OLD)
    store = open_database(path, NEW)
    assert note_count(store) == 1
    # The database's own rules came along with the copy.
    with pytest.raises(errors.RuleViolation), store.atomic():
        store.execute("DELETE FROM audit_event")
    store.close()


@pytest.mark.parametrize(
    ("current", "new", "confirm", "error", "message"),
    [
        (OLD, NEW, "different", errors.ValidationError, "not the same"),
        (OLD, Passphrase("short"), "short", errors.ValidationError, "Too short"),
        (OLD, OLD, OLD.text, errors.ValidationError, "same as the current"),
        (Passphrase("not the current one"), NEW, NEW.text, errors.WrongPassphrase, "not right"),
    ],
)
def test_change_passphrase_refusals_change_nothing(
    pass_clinic, current, new, confirm, error, message
) -> None:
    path = pass_clinic.store.path
    audit_before = pass_clinic.store.scalar("SELECT count(*) FROM audit_event")
    with pytest.raises(error, match=message):
        pass_clinic.security.change_passphrase(current, new, confirm)
    assert pass_clinic.store.scalar("SELECT count(*) FROM audit_event") == audit_before
    assert not rekey_path(path).exists()
    pass_clinic.close()
    open_database(path, OLD).close()


@pytest.mark.parametrize("crash_at", STEPS)
def test_rekey_interrupted_at_each_step_leaves_a_usable_database(pass_clinic, crash_at) -> None:
    path = pass_clinic.store.path

    def hook(step: str) -> None:
        if step == crash_at:
            raise SimulatedCrash(step)

    with pytest.raises(SimulatedCrash):
        pass_clinic.security.change_passphrase(OLD, NEW, NEW.text, checkpoint=hook)
    pass_clinic.store.close()  # the process died: its connection is gone
    replaced = STEPS.index(crash_at) >= STEPS.index("replaced")
    good, other = (NEW, OLD) if replaced else (OLD, NEW)
    store = open_database(path, good)
    assert note_count(store) == 1
    assert store.scalar("PRAGMA integrity_check") == "ok"
    store.close()
    assert not rekey_path(path).exists()  # a leftover copy is removed once the real file opened
    with pytest.raises(errors.WrongPassphrase):
        open_database(path, other)


def test_a_failure_before_the_replace_cleans_up_and_keeps_the_old_key(pass_clinic) -> None:
    def hook(step: str) -> None:
        if step == "verified":
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        pass_clinic.security.change_passphrase(OLD, NEW, NEW.text, checkpoint=hook)
    assert not rekey_path(pass_clinic.store.path).exists()
    assert note_count(pass_clinic.store) == 1  # still open on the old file
    assert pass_clinic.security.verify_passphrase(OLD)


def test_rekey_with_raw_keys(clinic) -> None:
    other = RawKey("a1" * 32)
    rekey(clinic.store, TEST_KEY, other)
    assert clinic.store.scalar("SELECT count(*) FROM facilitator") == 1
    clinic.close()
    open_database(clinic.store.path, other).close()
    with pytest.raises(errors.WrongPassphrase):
        open_database(clinic.store.path, TEST_KEY)


# -- PINs and facilitator profiles -------------------------------------------------------------
def test_pin_hashing() -> None:
    stored = pin_rules.hash_pin("4821")
    assert "4821" not in stored and stored.startswith("scrypt$")
    assert pin_rules.hash_pin("4821") != stored  # a fresh salt every time
    assert pin_rules.verify("4821", stored)
    for wrong in ("4822", "", "48210", "abcd", "４８２１", "4821\x00", "9" * 10_000):
        assert not pin_rules.verify(wrong, stored)
    assert not pin_rules.verify("4821", "garbage") and not pin_rules.verify("4821", None)
    for bad in ("123", "123456789", "12a4", "1111", " 1234"):
        with pytest.raises(errors.ValidationError):
            pin_rules.hash_pin(bad)


def test_profiles_pins_and_attribution(clinic) -> None:
    first = clinic.ctx.actor_id
    second, _ = clinic.facilitators.create("Co Helper", "CADC", pin="2468")
    stored = clinic.store.scalar("SELECT pin_hash FROM facilitator WHERE id = ?", [second])
    assert "2468" not in stored
    assert clinic.facilitators.get(second).has_pin
    with pytest.raises(errors.ValidationError, match="not Co Helper's PIN"):
        clinic.facilitators.set_active(second, "1357")
    assert clinic.ctx.actor_id == first
    clinic.facilitators.set_active(second, "2468")
    assert clinic.ctx.actor_id == second
    clinic.settings.update({"program_name": "Evening IOP"})
    last = clinic.store.one("SELECT actor_id, action FROM audit_event ORDER BY id DESC")
    assert last == {"actor_id": second, "action": "settings_change"}
    clinic.facilitators.update(second, "Co  Helper-Smith", "LCSW")
    assert clinic.facilitators.get(second).display == "Co Helper-Smith, LCSW"
    with pytest.raises(errors.ValidationError, match="current PIN"):
        clinic.facilitators.set_pin(second, "9753", current_pin="0000")
    clinic.facilitators.set_pin(second, "9753", current_pin="2468")
    assert clinic.facilitators.check_pin(second, "9753")
    assert not clinic.facilitators.check_pin(second, "2468")
    actions = [
        r["action"] for r in clinic.store.query("SELECT action FROM audit_event ORDER BY id")
    ]
    for expected in (
        "facilitator_create",
        "facilitator_select",
        "facilitator_edit",
        "facilitator_pin_set",
    ):
        assert expected in actions


def test_open_with_several_profiles_waits_for_a_choice(clinic, data_paths, clock) -> None:
    clinic.facilitators.create("Co Helper")
    clinic.close()
    again = open_clinic(data_paths, TEST_KEY, clock)
    assert again.ctx.actor_id is None and len(again.facilitators.list()) == 2
    again.close()


# -- the audit trail -----------------------------------------------------------------------------
def test_audit_rows_for_each_action_are_unchangeable(pass_clinic, tmp_path, clock) -> None:
    c = pass_clinic
    other, _ = c.facilitators.create("Co Helper", pin="1357")
    c.facilitators.update(other, "Co Helper", "CADC")
    c.facilitators.set_active(other, "1357")
    c.settings.update({"auto_lock_minutes": 5})
    c.security.record_lock("idle")
    c.security.record_unlock("pin", failed_attempts=2)
    c.security.change_passphrase(OLD, NEW, NEW.text)
    c.audit.export_csv(tmp_path / "audit.csv")
    actions = {e.action for e in c.audit.events()}
    assert {
        "create_database",
        "facilitator_create",
        "facilitator_edit",
        "facilitator_select",
        "settings_change",
        "lock",
        "failed_unlock",
        "unlock",
        "passphrase_change",
        "audit_export",
    } <= actions
    path = c.store.path
    c.close()
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = {NEW.pragma_literal()}")
    count = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    with pytest.raises(sqlcipher3.IntegrityError, match="cannot be changed"):
        conn.execute("UPDATE audit_event SET actor_id = NULL")
    with pytest.raises(sqlcipher3.IntegrityError, match="cannot be deleted"):
        conn.execute("DELETE FROM audit_event WHERE action = 'failed_unlock'")
    assert conn.execute("SELECT count(*) FROM audit_event").fetchone()[0] == count
    details = " ".join(r[0] for r in conn.execute("SELECT detail FROM audit_event"))
    assert "Zephyrine" not in details and "1357" not in details
    conn.close()


def test_audit_filter_and_atomic_csv_export(clinic, clock, tmp_path) -> None:
    clock.advance(days=3)
    clinic.settings.update({"clinic_name": "Later"})
    clinic.security.record_lock("manual")
    today = clock.now().date()
    only_settings = AuditFilter(action="settings_change", start=today, end=today)
    target = tmp_path / "out" / "audit.csv"
    target.parent.mkdir()
    target.write_text("old export", encoding="utf-8")
    count, changes = clinic.audit.export_csv(target, only_settings)
    assert count == 1 and changes.audit
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["action"] for r in rows] == ["settings_change"]
    assert rows[0]["actor"] == "Fac Testwell, LADC"
    assert list(target.parent.iterdir()) == [target]  # no temp file left behind
    assert AuditFilter(end=today - dt.timedelta(days=1)).matches(clinic.audit.events()[-1])
    assert not AuditFilter(start=today).matches(clinic.audit.events()[-1])
    assert "audit_export" in clinic.audit.actions()
    # A facilitator named like a spreadsheet formula is written as text, not run.
    assert _safe_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")' and _safe_cell("Fac") == "Fac"


def test_audit_export_to_an_unwritable_place_is_a_plain_message(clinic, tmp_path) -> None:
    with pytest.raises(errors.ExportFailed, match="could not be saved"):
        clinic.audit.export_csv(tmp_path / "missing-folder" / "audit.csv")
