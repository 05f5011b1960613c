"""The Notes screen through the real widgets: twelve notes, apply-to-all, sign, locked after."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from iop_facilitator.app import Bootstrap
from iop_facilitator.domain.enums import AttendanceStatus as A
from iop_facilitator.errors import RuleViolation
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.notes.sign_dialog import SignDialog
from tests.conftest import TEST_PASSPHRASE
from tests.unit.test_sessions import seed_group


@pytest.fixture
def notes_window(qtbot, passphrase_clinic, data_paths, clock):
    clinic = passphrase_clinic
    group, members, topic = seed_group(clinic)
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(group, dt.date(2026, 11, 23), topic_id=topic)
    clinic.sessions.start(session_id)
    clinic.sessions.mark_all_present(session_id)
    clock.set(dt.datetime(2026, 11, 23, 12, 0))
    clinic.sessions.end(session_id)
    win = build_main_window(Bootstrap(data_paths, clock), clinic)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.open_notes(int(session_id))
    return win, clinic, session_id, members


def answer_sign_dialog(qtbot, secret: str) -> None:
    """Type into the sign dialog once it is open (it is modal)."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.secret.setText(secret)
        dialog.ok_button.click()
        if dialog.isVisible():  # refused: cancel so the test can go on
            dialog.reject()

    QTimer.singleShot(20, fill)


def test_twelve_notes_written_and_signed_through_the_widgets(
    qtbot, notes_window, monkeypatch
) -> None:
    win, clinic, session_id, _members = notes_window
    page = win.page("Notes")
    assert win.stack.currentWidget() is page
    assert page.list.count() == 12 and page.progress.text() == "0 of 12 signed"
    # Shared text once for everyone present.
    page.apply_section.setCurrentIndex(page.apply_section.findData("assessment"))
    page.apply_text.setPlainText("Group practised urge surfing; member engaged in the exercise.")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert all(
        n.sections["assessment"].startswith("Group practised")
        for n in clinic.notes.for_session(session_id)
    )
    # Individual part per member, by keyboard from note to note.
    page.list.setFocus()
    page.list.setCurrentRow(0)
    for row in range(12):
        editor = page.editor
        editor.section_edits["data"].setPlainText(
            f"Individual account {row}: what this member shared today."
        )
        editor.section_edits["plan"].setPlainText("Continue IOP; complete the craving log.")
        editor.level.setCurrentIndex(editor.level.findData("active"))
        editor.risk.setCurrentIndex(editor.risk.findData("none"))
        qtbot.keyClick(page.list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.flush()
    notes = clinic.notes.for_session(session_id)
    assert all(not clinic.notes.missing(n) for n in notes)
    # A wrong passphrase signs nothing.
    page.list.setCurrentRow(0)
    answer_sign_dialog(qtbot, "not the passphrase")
    page.sign_note(int(page.editor.note.id))
    assert clinic.notes.progress(session_id) == (0, 12)
    # Sign one, then all the rest.
    answer_sign_dialog(qtbot, TEST_PASSPHRASE)
    page.sign_note(int(page.editor.note.id))
    assert clinic.notes.progress(session_id) == (1, 12)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    answer_sign_dialog(qtbot, TEST_PASSPHRASE)
    page.sign_all_ready()
    assert clinic.notes.progress(session_id) == (12, 12)
    assert page.progress.text() == "12 of 12 signed"
    # Signed notes are read-only in the UI, and the service and the database refuse changes.
    page.list.setCurrentRow(3)
    assert page.editor.section_edits["data"].isReadOnly()
    assert not page.editor.sign_button.isVisible()
    assert "Signed by Fac Testwell, LADC" in page.editor.signature.text()
    note = page.editor.note
    with pytest.raises(RuleViolation):
        clinic.notes.update(note.id, plan="changed")
    with pytest.raises(RuleViolation), clinic.store.atomic():
        clinic.store.update("member_note", note.id, {"plan": "changed"})
    # An addendum instead.
    page.editor.addendum_text.setPlainText("Member called after group to add context.")
    qtbot.mouseClick(page.editor.addendum_button, Qt.MouseButton.LeftButton)
    assert "Member called after group" in page.editor.addenda.text()


def test_confidentiality_flag_and_replace_in_the_editor(qtbot, notes_window) -> None:
    win, _clinic, _session_id, _members = notes_window
    page = win.page("Notes")
    page.list.setCurrentRow(0)  # Avery
    page.editor.section_edits["data"].setPlainText("Member offered Blake support after check-in.")
    page.flush()
    page._refresh_current()
    assert page.editor.flags.count() == 1 and "Blake" in page.editor.flags.item(0).text()
    assert not page.editor.sign_button.isEnabled()
    qtbot.mouseClick(page.editor.replace_button, Qt.MouseButton.LeftButton)
    assert (
        page.editor.section_edits["data"].toPlainText()
        == "Member offered a peer support after check-in."
    )
    assert page.editor.flags.count() == 0


def test_ending_a_session_leads_to_its_notes(qtbot, clinic, data_paths, clock, monkeypatch) -> None:
    group, members, topic = seed_group(clinic, members=3)
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(group, dt.date(2026, 11, 23), topic_id=topic)
    clinic.sessions.start(session_id)
    clinic.sessions.set_attendance(session_id, members[0], A.PRESENT)
    win = build_main_window(Bootstrap(data_paths, clock), clinic)
    qtbot.addWidget(win)
    win.open_session(session_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    clock.set(dt.datetime(2026, 11, 23, 12, 0))
    win.page("Session").end_session()
    assert win.stack.currentWidget() is win.page("Notes")
    assert win.page("Notes").list.count() == 3


def test_search_opens_the_note(qtbot, notes_window) -> None:
    from iop_facilitator.ui.notes.search_dialog import NoteSearchDialog

    win, clinic, session_id, _members = notes_window
    page = win.page("Notes")
    note = clinic.notes.for_session(session_id)[5]
    clinic.notes.update(note.id, sections={"data": "Member named the bus station as a trigger."})
    dialog = NoteSearchDialog(clinic.notes, page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.query, "bus stat")
    dialog.run_search()
    assert dialog.results.count() == 1 and "[bus]" in dialog.results.item(0).text()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.chosen is not None
    page.select_note(int(dialog.chosen.session_id), int(dialog.chosen.note_id))
    assert page.editor.note.id == note.id


def test_search_says_its_order_and_shows_more_until_every_match_is_listed(
    qtbot, notes_window, monkeypatch
) -> None:
    from iop_facilitator.services import note_search as notes_module
    from iop_facilitator.ui.notes import search_dialog
    from iop_facilitator.ui.notes.search_dialog import NoteSearchDialog

    win, clinic, session_id, _members = notes_window
    notes = sorted(clinic.notes.for_session(session_id), key=lambda n: n.id)
    for note in notes:
        clinic.notes.update(note.id, sections={"data": "Member took the bus to group."})
    dialog = NoteSearchDialog(clinic.notes, win.page("Notes"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.query, "bus")
    dialog.run_search()
    assert "best matches first" in dialog.count.text() and dialog.more.isHidden()
    assert dialog.results.count() == len(notes)

    # Too many to rank (made small here): newest first, said so, and "Show more" pages on.
    monkeypatch.setattr(notes_module, "RANKED_UP_TO", 2)
    monkeypatch.setattr(search_dialog, "PAGE", 2)
    dialog.run_search()
    assert f"newest of {len(notes)} matching notes" in dialog.count.text()
    assert dialog.results.count() == 2 and not dialog.more.isHidden()
    while not dialog.more.isHidden():
        qtbot.mouseClick(dialog.more, Qt.MouseButton.LeftButton)
    assert [h.note_id for h in dialog.hits] == [n.id for n in reversed(notes)]
    assert dialog.results.count() == len(notes)
    dialog.results.setCurrentRow(len(notes) - 1)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert dialog.chosen is not None and dialog.chosen.note_id == notes[0].id
