"""Settings through the real widgets: a form generated from SPECS, saving, refusals that keep
what was typed, and the note formats dialog (a clinic adds SIRP and groups can use it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from iop_facilitator.app import Bootstrap
from iop_facilitator.services.settings import SPECS
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.groups_page import GroupsPage
from iop_facilitator.ui.note_formats_dialog import AddFormatDialog, NoteFormatsDialog
from iop_facilitator.ui.settings_page import SettingsPage

SIRP = [
    ("Situation", "What brought the member to group today."),
    ("Intervention", "What you did: techniques, topic, skills taught."),
    ("Response", "How the member responded."),
    ("Plan", "Next steps, homework, next session."),
]


@pytest.fixture
def page(qtbot, clinic) -> SettingsPage:
    controller = Controller(clinic)
    settings_page = SettingsPage(controller)
    controller.changed.connect(settings_page.on_changes)  # as the main window does
    qtbot.addWidget(settings_page)
    settings_page.resize(900, 700)
    settings_page.show()
    return settings_page


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_form_is_generated_from_the_specs(page) -> None:
    editors = page.program.editors
    owned_elsewhere = {"auto_lock_minutes", "export_date_of_birth"}  # the security panel's
    assert list(editors) == [s.key for s in SPECS if s.key not in owned_elsewhere]
    assert len(editors) == len(SPECS) - 2
    assert isinstance(editors["clinic_name"].focus, QLineEdit)
    assert isinstance(editors["safety_protocol"].focus, QPlainTextEdit)
    assert isinstance(editors["redisclosure_notice"].focus, QPlainTextEdit)
    cap = editors["group_size_cap"].focus
    assert isinstance(cap, QSpinBox) and (cap.minimum(), cap.maximum()) == (1, 100)
    language = editors["language"].focus
    assert isinstance(language, QComboBox)
    assert [language.itemText(i) for i in range(language.count())] == [
        "System language",
        "English",
        "Español",
    ]
    formats = editors["default_note_format"].focus
    assert isinstance(formats, QComboBox) and formats.currentData() == "DAP"
    assert {formats.itemData(i) for i in range(formats.count())} == {"DAP", "BIRP", "GIRP", "SOAP"}
    assert editors["billing_codes"].focus.text() == "H0015, S9480, 90853, H0005"
    assert not any(isinstance(e.focus, QCheckBox) for e in editors.values())
    for editor in editors.values():
        assert editor.focus.accessibleName(), editor.spec.key
    assert page.program.choose_folder_button.accessibleName()
    assert not page.program.save_button.isEnabled()
    assert not page.program.undo_button.isEnabled()


def test_tab_order_follows_the_form(page) -> None:
    wanted = [e.focus for e in page.program.editors.values()]
    seen = []
    widget = wanted[0]
    for _ in range(200):
        if widget in wanted and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert seen == wanted
    folder = page.program.editors["backup_folder"].focus
    assert folder.nextInFocusChain() is page.program.choose_folder_button


def test_editing_and_saving_updates_the_clinic(qtbot, page, clinic) -> None:
    program = page.program
    name = program.editors["clinic_name"].focus
    name.clear()
    qtbot.keyClicks(name, "Sunrise Recovery")
    program.editors["billing_codes"].focus.setText("H0015,  90853 , ")
    program.editors["group_size_cap"].focus.setValue(10)
    assert program.save_button.isEnabled()
    click(qtbot, program.save_button)
    assert clinic.settings.get("clinic_name") == "Sunrise Recovery"
    assert clinic.settings.get("billing_codes") == ["H0015", "90853"]
    assert clinic.settings.get("group_size_cap") == 10
    assert program.message.text() == "Settings saved."
    assert not program.save_button.isEnabled()
    assert page.clinic_label.text() == "Sunrise Recovery"  # the page shows the saved name


def test_a_bad_value_shows_why_and_keeps_what_was_typed(qtbot, page, clinic, tmp_path) -> None:
    program = page.program
    missing = str(tmp_path / "usb stick not plugged in")
    program.editors["clinic_name"].focus.setText("Typed name")
    program.editors["backup_folder"].focus.setText(missing)
    click(qtbot, program.save_button)
    error = program.editors["backup_folder"].error
    assert error.isVisible() and "does not exist" in error.text()
    assert "Nothing was saved" in program.message.text()
    assert program.editors["backup_folder"].focus.text() == missing
    assert program.editors["clinic_name"].focus.text() == "Typed name"
    assert clinic.settings.get("clinic_name") == "Test Clinic"  # all or nothing
    assert program.save_button.isEnabled()
    (tmp_path / "usb stick not plugged in").mkdir()
    click(qtbot, program.save_button)
    assert not error.isVisible()
    assert clinic.settings.get("backup_folder") == missing
    assert clinic.settings.get("clinic_name") == "Typed name"


def test_undo_puts_back_the_saved_values(qtbot, page) -> None:
    program = page.program
    program.editors["program_name"].focus.setText("Something else")
    program.editors["paper_size"].focus.setCurrentIndex(1)
    click(qtbot, program.undo_button)
    assert program.editors["program_name"].focus.text() == "Intensive Outpatient Program"
    assert program.editors["paper_size"].focus.currentData() == "Letter"
    assert not program.save_button.isEnabled()


def test_language_takes_effect_next_time(qtbot, page, clinic) -> None:
    combo = page.program.editors["language"].focus
    combo.setCurrentIndex(combo.findData("es"))
    click(qtbot, page.program.save_button)
    assert clinic.settings.get("language") == "es"
    assert "next time the app opens" in page.program.message.text()


def test_a_change_elsewhere_does_not_wipe_typing(page, clinic) -> None:
    page.program.editors["program_name"].focus.setText("Half typed")
    page.on_changes(clinic.settings.update({"clinic_name": "Renamed elsewhere"}))
    assert page.program.editors["program_name"].focus.text() == "Half typed"
    assert page.program.editors["clinic_name"].focus.text() == "Renamed elsewhere"


def add_sirp(qtbot, controller: Controller, parent=None) -> AddFormatDialog:
    dialog = AddFormatDialog(controller, parent)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "SIRP")
    for (_label, title, hint), (t, h) in zip(dialog.rows, SIRP, strict=True):
        title.setText(t)
        hint.setText(h)
    return dialog


def test_formats_dialog_shows_builtins_read_only(qtbot, page) -> None:
    dialog = page.open_formats()
    qtbot.addWidget(dialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "BIRP (built in)",
        "DAP (built in)",
        "GIRP (built in)",
        "SOAP (built in)",
    ]
    assert dialog.current_key() == "DAP"  # the default is shown first
    assert "Assessment" in dialog.details.toPlainText()
    assert "Next steps" in dialog.details.toPlainText()  # hints are shown
    assert not dialog.delete_button.isEnabled()
    assert "cannot be changed" in dialog.status.text()
    dialog.reject()


def test_adding_sirp_makes_it_a_choice_for_groups(qtbot, page, clinic) -> None:
    formats = page.open_formats()
    qtbot.addWidget(formats)
    add = add_sirp(qtbot, page.controller, formats)
    add.save()
    assert add.result() == AddFormatDialog.DialogCode.Accepted and add.added == "SIRP"
    formats.reload(select="SIRP")
    assert formats.current_key() == "SIRP"
    assert "Situation" in formats.details.toPlainText()
    assert formats.delete_button.isEnabled()  # nothing uses it yet
    # the program's default format and a group's format can now be SIRP
    default = page.program.editors["default_note_format"].focus
    assert default.findData("SIRP") >= 0
    default.setCurrentIndex(default.findData("SIRP"))
    click(qtbot, page.program.save_button)
    assert clinic.settings.get("default_note_format") == "SIRP"
    groups = GroupsPage(page.controller)
    qtbot.addWidget(groups)
    assert groups.note_format.findData("SIRP") >= 0
    assert groups.note_format.currentData() == "SIRP"  # new groups start with the default
    formats.reload(select="SIRP")
    assert not formats.delete_button.isEnabled()  # the default stays
    assert "default format" in formats.status.text()


def test_a_bad_format_keeps_what_was_typed(qtbot, page, clinic) -> None:
    dialog = add_sirp(qtbot, page.controller)
    dialog.rows[3][1].setText("Next steps")  # no Plan section any more
    dialog.save()
    assert "called Plan" in dialog.error.text()
    assert dialog.result() != AddFormatDialog.DialogCode.Accepted
    assert dialog.name.text() == "SIRP" and dialog.rows[0][1].text() == "Situation"
    assert "SIRP" not in clinic.note_formats.format_keys()


def test_an_unused_clinic_format_can_be_deleted(qtbot, page, clinic, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    clinic.note_formats.add("SIRP", SIRP)
    dialog = NoteFormatsDialog(page.controller)
    qtbot.addWidget(dialog)
    dialog.reload(select="SIRP")
    assert "Not used yet" in dialog.status.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.delete_button)
    assert "SIRP" not in clinic.note_formats.format_keys()
    assert "SIRP" not in [dialog.list.item(i).text()[:4] for i in range(dialog.list.count())]


def test_the_open_groups_page_offers_a_new_format(qtbot, clinic, data_paths) -> None:
    window = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(window)
    settings_page = window.page("Settings")
    add = add_sirp(qtbot, window.controller, settings_page)
    add.save()
    assert window.page("Groups").note_format.findData("SIRP") >= 0


def test_settings_fit_a_small_laptop_screen(qtbot, clinic, data_paths) -> None:
    """1366 x 768 at 125% leaves about 1092 x 614 logical pixels: the page scrolls."""
    window = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(window)
    window.show_section(window.page_titles().index("Settings"))
    window.resize(1092, 580)
    window.show()
    qtbot.waitExposed(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 / 1.25 and hint.height() <= 768 / 1.25
    page = window.page("Settings")
    assert not page.scroll_area.horizontalScrollBar().isVisible()
    assert page.scroll_area.verticalScrollBar().maximum() > 0


def test_every_setting_text_is_offered_for_translation() -> None:
    """The core's setting labels are English; the UI lists them for lupdate (SPEC_TEXTS)."""
    from iop_facilitator.services.settings import SPECS
    from iop_facilitator.ui.program_settings import SPEC_TEXTS

    texts = {t for s in SPECS for t in (s.label, s.hint, *s.choice_labels) if t}
    assert texts - set(SPEC_TEXTS) == set()
