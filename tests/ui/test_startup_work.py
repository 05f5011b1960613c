"""The start check and start-up backup after the window shows (large databases), with real
database files, real widgets and a real worker thread. The size threshold is lowered to 0 bytes
so a small test database counts as large."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtWidgets import QDialog

from iop_facilitator import errors
from iop_facilitator.app import Bootstrap
from iop_facilitator.services import integrity
from iop_facilitator.services.backups import list_backups
from iop_facilitator.storage import maintenance
from iop_facilitator.storage.cancel import Cancellation
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.autosave import Autosaver
from iop_facilitator.ui.damaged import DamagedDialog
from iop_facilitator.ui.startup_work import StartupWork, start_if_deferred
from tests.conftest import TEST_KEY
from tests.helpers.records import populate

WAIT_MS = 60_000


def damage_at(path, fraction: float, length: int = 256) -> None:
    """Overwrite bytes at `fraction` of the file, as a failing disk might."""
    with open(path, "r+b") as fh:
        fh.seek(int(path.stat().st_size * fraction))
        fh.write(b"\xa5" * length)


def later(data_paths, clock) -> Bootstrap:
    return Bootstrap(data_paths, clock=clock, check="later", defer_above=0)


def shown_window(qtbot, boot, clinic):
    window = build_main_window(boot, clinic)
    qtbot.addWidget(window)
    window.show()
    return window


def test_window_shows_before_the_check_which_then_runs_with_the_backup(
    qtbot, clinic, data_paths, clock
) -> None:
    populate(clinic, members=40, sessions=6)
    clinic.close()
    boot = later(data_paths, clock)
    opened = boot.open(TEST_KEY)
    # Nothing checked or backed up yet: the weekly full check is due and not recorded.
    assert opened.check_deferred
    assert "last_full_check" not in integrity.load_state(data_paths)
    assert list_backups(data_paths.backups) == []
    window = shown_window(qtbot, boot, opened)
    work = StartupWork(window, boot, opened)
    with qtbot.waitSignal(work.finished, timeout=WAIT_MS) as blocker:
        work.start()
        assert work.status.text() == "Checking the database…"
        assert work.status.accessibleName()
    outcome = blocker.args[0]
    work.stop()
    assert not work.worker.is_alive()
    assert outcome.damage is None and outcome.backup_error is None
    assert integrity.load_state(data_paths)["last_full_check"] == clock.now().date().isoformat()
    [backup] = list_backups(data_paths.backups)
    assert backup.path == outcome.backup
    assert maintenance.inspect(backup.path, TEST_KEY).intact
    assert backup.members == 40
    audit = opened.store.one("SELECT detail FROM audit_event WHERE action = 'backup'")
    assert audit is not None and '"start"' in audit["detail"]
    assert not work.status.isVisible()
    assert opened.store.read_only_reason is None
    window.close()
    opened.close()


def test_small_database_is_still_checked_before_the_window(clinic, data_paths, clock) -> None:
    clinic.close()
    boot = Bootstrap(data_paths, clock=clock, check="later")  # default threshold: 32 MB
    opened = boot.open(TEST_KEY)
    try:
        assert not opened.check_deferred
        assert integrity.load_state(data_paths)["last_full_check"]
        assert len(list_backups(data_paths.backups)) == 1  # made before the window, as before
    finally:
        opened.close()


def test_pending_schema_upgrade_is_checked_before_anything_is_written(data_paths, clock) -> None:
    fixture = sorted(os.listdir("tests/fixtures"))
    oldest = next(name for name in fixture if name.startswith("schema-0001"))
    shutil.copyfile(f"tests/fixtures/{oldest}", data_paths.database)
    opened = later(data_paths, clock).open(TEST_KEY)
    try:
        assert not opened.check_deferred
        assert integrity.load_state(data_paths)["last_full_check"]
    finally:
        opened.close()


def test_damage_found_after_opening_stops_writes_and_offers_the_backup(
    qtbot, clinic, data_paths, clock, monkeypatch
) -> None:
    populate(clinic, members=150, sessions=16)
    good, _ = clinic.backups.back_up()
    clinic.close()
    damage_at(data_paths.database, 0.75)  # notes: opening the clinic does not read them
    boot = later(data_paths, clock)
    opened = boot.open(TEST_KEY)
    shown: list[DamagedDialog] = []

    def fake_exec(dialog: DamagedDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(DamagedDialog, "exec", fake_exec)
    window = shown_window(qtbot, boot, opened)
    work = StartupWork(window, boot, opened)
    with qtbot.waitSignal(work.quit_requested, timeout=WAIT_MS) as quit_blocker:
        work.start()
    work.stop()
    assert quit_blocker.args == [errors.DatabaseCorrupt.exit_code]
    [dialog] = shown
    assert dialog.backup == good.path
    assert dialog.since_opening.isVisibleTo(dialog)
    assert "re-enter" in dialog.since_opening.text()
    assert isinstance(opened.store.read_only_reason, errors.DatabaseReadOnly)
    # An autosave after that is refused in plain words, and nothing reaches the files.
    files = [data_paths.database, data_paths.database.with_name(data_paths.database.name + "-wal")]
    before = [f.read_bytes() if f.exists() else b"" for f in files]
    failures: list[str] = []
    saver = Autosaver(lambda text: opened.settings.update({"clinic_name": text}), lambda: "now")
    saver.failed.connect(failures.append)
    saver.changed("Typed after the damage")
    assert saver.flush() is False
    assert saver.dirty  # the text is kept, to be retried or copied out
    assert failures and "damaged" in failures[0]
    with pytest.raises(errors.DatabaseReadOnly), opened.ctx.write() as store:
        store.execute("DELETE FROM audit_event WHERE 0")
    opened.close()  # no checkpoint into the damaged file
    after = [f.read_bytes() if f.exists() else b"" for f in files]
    assert after == before
    window.close()


def test_closing_the_window_during_a_long_backup_cancels_it(
    qtbot, clinic, data_paths, clock, monkeypatch
) -> None:
    populate(clinic, members=60, sessions=8)
    clinic.close()
    # A long backup: one page per step, each step a little slow.
    monkeypatch.setattr(maintenance, "BACKUP_STEP_PAGES", 1)
    check = Cancellation.check

    def slow_check(self: Cancellation) -> None:
        import time

        time.sleep(0.02)
        check(self)

    monkeypatch.setattr(Cancellation, "check", slow_check)
    boot = later(data_paths, clock)
    opened = boot.open(TEST_KEY)
    window = shown_window(qtbot, boot, opened)
    work = start_if_deferred(window, boot, opened)
    assert work is not None
    finished: list[object] = []
    work.finished.connect(finished.append)
    qtbot.waitUntil(lambda: any(data_paths.backups.glob(".*.part")), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: work.status.text() == "Backing up…", timeout=WAIT_MS)
    window.close()  # the close event cancels the work
    assert work.cancel.cancelled
    work.stop()
    assert not work.worker.is_alive()
    assert list(data_paths.backups.iterdir()) == []  # no partial or unverified backup left
    qtbot.wait(10)
    assert finished == []
    opened.close()
