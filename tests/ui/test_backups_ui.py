"""The Backups section of Settings and the damaged-database dialog, driven through real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from iop_facilitator import errors
from iop_facilitator.app import Bootstrap
from iop_facilitator.services.clinic import open_clinic
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.backups_panel import BackupsPanel
from iop_facilitator.ui.damaged import DamagedDialog
from tests.conftest import TEST_KEY
from tests.helpers.records import counts, populate
from tests.unit.test_backups import damage_middle


def panel_of(qtbot, clinic, data_paths) -> BackupsPanel:
    window = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(window)
    window.show_section(window.page_titles().index("Settings"))  # built on its first visit
    return window.findChild(BackupsPanel)


def test_back_up_now_adds_a_row_with_counts(qtbot, clinic, data_paths) -> None:
    populate(clinic, members=3, sessions=2)
    panel = panel_of(qtbot, clinic, data_paths)
    assert panel.model.rowCount() == 0
    assert "No backups yet" in panel.folder_label.text()
    with qtbot.waitSignal(panel.controller.changed):
        qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1
    row = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert row[2:5] == ["3", "2", "6"]
    assert row[5].startswith("iop-facilitator-")
    assert panel.selected() is not None


def test_the_model_passes_qt_model_tester(qtmodeltester, clinic) -> None:
    from iop_facilitator.ui.backups_panel import BackupsModel

    clinic.backups.back_up()
    model = BackupsModel()
    model.set_rows(clinic.backups.list())
    qtmodeltester.check(model)


def test_every_control_has_an_accessible_name(qtbot, clinic, data_paths) -> None:
    panel = panel_of(qtbot, clinic, data_paths)
    for widget in (panel.table, panel.backup_button, panel.restore_button, panel.folder_label):
        assert widget.accessibleName()


def test_restore_from_settings_keeps_the_current_database_aside(qtbot, clinic, data_paths) -> None:
    populate(clinic, members=2, sessions=1)
    info, _ = clinic.backups.back_up()
    expected = counts(clinic.store)
    populate(clinic, members=5, sessions=1, prefix="later-")
    panel = panel_of(qtbot, clinic, data_paths)
    with qtbot.waitSignal(panel.clinic_closed) as blocker:
        panel.restore(info.path, "the test backup", confirm=False)
    result = blocker.args[0]
    assert result.kept_aside is not None and result.kept_aside.exists()
    reopened = open_clinic(data_paths, TEST_KEY)
    try:
        assert counts(reopened.store) == expected
    finally:
        reopened.close()


def test_restore_of_a_damaged_backup_is_refused_before_anything_closes(
    qtbot, clinic, data_paths, monkeypatch
) -> None:
    populate(clinic, members=60, sessions=8)
    info, _ = clinic.backups.back_up()
    damage_middle(info.path)
    shown = []
    monkeypatch.setattr(
        "iop_facilitator.ui.backups_panel.show_error", lambda parent, exc: shown.append(exc)
    )
    panel = panel_of(qtbot, clinic, data_paths)
    with qtbot.assertNotEmitted(panel.clinic_closed):
        panel.restore(info.path, "bad", confirm=False)
    assert isinstance(shown[0], errors.DatabaseCorrupt)
    assert clinic.store.scalar("SELECT count(*) FROM member") == 60  # still open and usable


def damaged_setup(clinic, data_paths):
    populate(clinic, members=60, sessions=8)
    clinic.backups.back_up()
    expected = counts(clinic.store)
    clinic.close()
    damage_middle(data_paths.database)
    with pytest.raises(errors.DatabaseCorrupt) as caught:
        open_clinic(data_paths, TEST_KEY)
    return caught.value, expected


def test_damaged_dialog_offers_the_newest_backup_and_restores_it(qtbot, clinic, data_paths) -> None:
    error, expected = damaged_setup(clinic, data_paths)
    boot = Bootstrap(data_paths)
    dialog = DamagedDialog(error, lambda backup: boot.restore(TEST_KEY, backup))
    qtbot.addWidget(dialog)
    assert "damaged" in dialog.windowTitle().lower()
    assert "newest good backup" in dialog.offer.text()
    assert dialog.restore_button.isVisible() or dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result_ is not None and dialog.result_.kept_aside is not None
    clinic2 = boot.open(TEST_KEY)
    try:
        assert counts(clinic2.store) == expected
    finally:
        clinic2.close()


def test_damaged_dialog_without_a_backup_only_quits(qtbot, clinic, data_paths) -> None:
    populate(clinic, members=60, sessions=8)
    clinic.close()
    damage_middle(data_paths.database)
    with pytest.raises(errors.DatabaseCorrupt) as caught:
        open_clinic(data_paths, TEST_KEY)
    dialog = DamagedDialog(caught.value, lambda backup: None)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert "No good backup" in dialog.offer.text()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)


def test_unlock_hands_a_damaged_database_to_the_restore_offer(qtbot, clinic, data_paths) -> None:
    from iop_facilitator.ui.unlock import UnlockDialog

    error, _ = damaged_setup(clinic, data_paths)

    def fail(_key):
        raise error

    dialog = UnlockDialog(fail)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("right but damaged")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.damaged is not None and dialog.damaged[0] is error
    assert dialog.failures == 0  # not counted as a wrong passphrase
