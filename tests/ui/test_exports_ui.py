"""The export widgets through real Qt: the Notes screen's bar and the Exports dialog."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from iop_facilitator.app import Bootstrap
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.exports import common
from iop_facilitator.ui.exports.dialog import ExportsDialog
from tests.unit.export_fixtures import signed_session


@pytest.fixture
def answers(monkeypatch, tmp_path):
    """Folder picker and message boxes answered without native dialogs; what they said is kept."""
    said: dict[str, list] = {"tell": [], "ask": [], "folder": [tmp_path / "exports"]}
    monkeypatch.setattr(common, "choose_folder", lambda _p, _t: said["folder"][0])
    monkeypatch.setattr(common, "tell", lambda _p, title, text: said["tell"].append((title, text)))
    monkeypatch.setattr(common, "ask", lambda _p, title, text: said["ask"].append(title) or True)
    return said


@pytest.fixture
def window(qtbot, clinic, clock, data_paths):
    _group, _ids, session_id, notes = signed_session(clinic, clock, members=4)
    win = build_main_window(Bootstrap(data_paths, clock), clinic)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.open_notes(int(session_id))
    return win, clinic, session_id, notes


def test_notes_screen_exports_copies_and_batches(qtbot, window, answers) -> None:
    win, clinic, _session_id, _notes = window
    bar = win.page("Notes").export_bar
    assert bar.isVisible()
    for button in (bar.pdf_button, bar.text_button, bar.copy_button, bar.session_button):
        assert button.accessibleName()
    qtbot.mouseClick(bar.pdf_button, Qt.MouseButton.LeftButton)
    folder = answers["folder"][0]
    pdfs = list(folder.glob("*.pdf"))
    assert len(pdfs) == 1 and bar.status.text().startswith(f"Saved {pdfs[0].name}")
    shown = win.page("Notes").editor.note
    assert f"Member: {shown.full_name}" in PdfReader(pdfs[0]).pages[0].extract_text().replace(
        "\t", " "
    )
    qtbot.mouseClick(bar.copy_button, Qt.MouseButton.LeftButton)
    clip = QApplication.clipboard().text()
    assert f"MEMBER: {shown.full_name}" in clip and "42 CFR part 2" in clip
    qtbot.mouseClick(bar.session_button, Qt.MouseButton.LeftButton)
    title, text = answers["tell"][-1]
    assert title == "Export finished" and "Wrote 4 of 4 note(s)." in text
    assert len(list(folder.glob("*.pdf"))) == 5  # one " (2)" copy, nothing overwritten
    assert answers["ask"] == []  # signed notes need no draft question
    assert clinic.store.scalar("SELECT count(*) FROM audit_event WHERE action = 'export'") == 3


def test_exports_dialog_writes_each_kind(qtbot, window, answers) -> None:
    win, _clinic, _session_id, _notes = window
    dialog = ExportsDialog(win.controller, win)
    qtbot.addWidget(dialog)
    dialog.show()
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if any(w.inherits(k) for k in ("QAbstractButton", "QComboBox", "QDateEdit", "QListWidget"))
    ]
    assert len(controls) >= 11 and all(w.accessibleName() for w in controls)
    dialog.start.setDate(dialog.start.date().addDays(-30))
    assert dialog.session.count() == 1 and dialog.signin_button.isEnabled()
    folder = answers["folder"][0]
    for button in (
        dialog.attendance_button,
        dialog.hours_button,
        dialog.signin_button,
        dialog.summary_button,
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.status.text().startswith("Saved ")
    names = sorted(p.name for p in folder.iterdir())
    assert any(n.startswith("attendance_") for n in names) and any(
        n.startswith("weekly-hours_") for n in names
    )
    assert any(n.endswith("_sign-in.pdf") for n in names) and any(
        "group-summary-INTERNAL" in n for n in names
    )
    dialog.format.setCurrentIndex(dialog.format.findData("txt"))
    qtbot.mouseClick(dialog.notes_button, Qt.MouseButton.LeftButton)
    assert "Wrote 4 of 4" in answers["tell"][-1][1] and len(list(folder.glob("*.txt"))) == 4
    # An empty range says so; an unwritable folder says so plainly, through the controller.
    dialog.end.setDate(dialog.start.date().addDays(-1))
    assert (
        dialog.session.itemText(0) == "No sessions in this range"
        and not dialog.summary_button.isEnabled()
    )


def test_an_unwritable_folder_is_a_plain_message(
    qtbot, window, answers, monkeypatch, tmp_path
) -> None:
    import iop_facilitator.ui.controller as controller_module

    shown = []
    monkeypatch.setattr(controller_module, "show_error", lambda _p, exc: shown.append(exc))
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    answers["folder"][0] = blocker / "sub"
    bar = window[0].page("Notes").export_bar
    qtbot.mouseClick(bar.text_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0].title == "Export failed" and "cannot be created" in shown[0].message
    assert bar.status.text() == ""


def test_the_main_window_offers_exports(window) -> None:
    win = window[0]
    assert win.exports_action.shortcut().toString() == "Ctrl+E"
    assert win.exports_action.text() == "&Exports..."
