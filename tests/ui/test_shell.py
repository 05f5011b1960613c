"""The app shell through the real widgets: first run, unlock, navigation, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from iop_facilitator.app import Bootstrap
from iop_facilitator.storage import Passphrase
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.notes.notes_page import NotesPage
from iop_facilitator.ui.pages import EmptyStatePage
from iop_facilitator.ui.settings_page import SettingsPage
from iop_facilitator.ui.today_page import TodayPage
from iop_facilitator.ui.unlock import FORGOTTEN_TEXT, FirstRunDialog, UnlockDialog

PASS = "kettle river blue mango"


def test_first_run_creates_an_encrypted_clinic(qtbot, data_paths, clock) -> None:
    boot = Bootstrap(data_paths, clock)
    dialog = FirstRunDialog(boot.create)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Fac Testwell")
    qtbot.keyClicks(dialog.passphrase, "short")
    assert "Too short" in dialog.strength.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Too short" in dialog.message.text() and not boot.has_database
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClicks(dialog.confirm, PASS + "x")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.message.text() and not boot.has_database
    qtbot.keyClicks(dialog.confirm, PASS)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.clinic is not None and boot.has_database
    assert dialog.clinic.facilitators.active.name == "Fac Testwell"
    dialog.clinic.close()


def test_unlock_refuses_wrong_passphrase_then_slows_down(qtbot, data_paths, clock) -> None:
    boot = Bootstrap(data_paths, clock)
    boot.create(Passphrase(PASS), "Clinic", "Fac Testwell", "").close()
    dialog = UnlockDialog(boot.open, delay_ms=lambda failures: 0 if failures < 2 else 50)
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in (1, 2):
        qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        assert "does not open" in dialog.message.text()
        assert f"attempt {attempt}" in dialog.message.text()
    assert not dialog.ok_button.isEnabled()  # slowed down after repeated failures
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=2000)
    qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == FORGOTTEN_TEXT
    qtbot.keyClicks(dialog.passphrase, PASS)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.clinic is not None, dialog.message.text()
    dialog.clinic.close()


def test_main_window_sections_and_keyboard(qtbot, clinic, data_paths) -> None:
    boot = Bootstrap(data_paths)
    window = build_main_window(boot, clinic)
    qtbot.addWidget(window)
    window.show()
    assert window.page_titles() == [
        "Today",
        "Session",
        "Notes",
        "Members",
        "Groups",
        "Curriculum",
        "Reports",
        "Settings",
    ]
    assert "No groups yet" in window.pages[0].groups_empty.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget().title == "Settings"
    assert window.pages[-1].clinic_label.text() == "Test Clinic"
    assert "encrypted" in window.pages[-1].encryption_label.text()
    assert "Fac Testwell, LADC" in window.facilitator_label.text()


def test_pages_are_built_on_their_first_visit(qtbot, clinic, data_paths) -> None:
    """Only Today is built at start; a section's page is built when it is first shown (by the
    list or its Ctrl+number shortcut), then kept, and it shows what changed before it existed."""
    window = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(window)
    window.show()
    today = window.pages[0]
    assert isinstance(today, TodayPage) and window.stack.currentWidget() is today
    assert all(type(p) is EmptyStatePage for p in window.pages[1:])
    window.controller.run(window, lambda: clinic.settings.update({"clinic_name": "Renamed"}))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    notes = window.pages[2]
    assert isinstance(notes, NotesPage) and window.stack.currentWidget() is notes
    assert notes.isVisible() and window.nav.currentRow() == 2
    window.nav.setCurrentRow(7)
    settings = window.stack.currentWidget()
    assert isinstance(settings, SettingsPage) and settings.clinic_label.text() == "Renamed"
    assert all(type(window.pages[i]) is EmptyStatePage for i in (1, 3, 4, 5, 6))
    window.show_section(2)
    assert window.pages[2] is notes  # built once, then kept
    assert window.stack.count() == len(window.pages) == 8


def test_settings_page_reloads_on_changes(qtbot, clinic, data_paths) -> None:
    window = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(window)
    settings = window.page("Settings")  # built before the change: it must reload
    assert settings.clinic_label.text() == "Test Clinic"
    with qtbot.waitSignal(window.controller.changed):
        window.controller.run(window, lambda: clinic.settings.update({"clinic_name": "Renamed"}))
    assert settings.clinic_label.text() == "Renamed"


def test_window_geometry_is_remembered(qtbot, clinic, data_paths) -> None:
    boot = Bootstrap(data_paths)
    window = build_main_window(boot, clinic)
    qtbot.addWidget(window)
    window.show()
    window.resize(1250, 700)
    size = (window.width(), window.height())
    window.close()
    assert QSettings(str(data_paths.ui_state), QSettings.Format.IniFormat).value(
        "main_window/geometry"
    )
    again = build_main_window(boot, clinic)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == size


def test_controller_reports_errors_without_raising(qtbot, clinic, data_paths, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(
        "iop_facilitator.ui.controller.show_error", lambda parent, exc: shown.append(exc)
    )
    window = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(window)
    with qtbot.assertNotEmitted(window.controller.changed):
        result = window.controller.run(
            window, lambda: clinic.settings.update({"auto_lock_minutes": "x"})
        )
    assert result is None and "whole number" in shown[0].message
