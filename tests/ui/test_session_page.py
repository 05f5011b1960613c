"""The Session screen through the real widgets.

Keyboard attendance, check-in, notes, agenda, end.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from iop_facilitator.app import Bootstrap
from iop_facilitator.domain.enums import AttendanceStatus as A
from iop_facilitator.domain.enums import SessionStatus
from iop_facilitator.ui import formatting
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.session.roster_model import RosterModel
from tests.unit.test_sessions import seed_group


@pytest.fixture
def window(qtbot, clinic, data_paths, clock):
    group, members, topic = seed_group(clinic)
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(group, dt.date(2026, 11, 23), topic_id=topic)
    clinic.sessions.start(session_id)
    win = build_main_window(Bootstrap(data_paths, clock), clinic)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.open_session(session_id)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.test_session_id = session_id
    win.test_members = members
    return win


def page_of(win):
    return win.page("Session")


def test_a_whole_session_by_keyboard(qtbot, window, clinic, clock) -> None:
    page = page_of(window)
    session_id = window.test_session_id
    assert page.model.rowCount() == 12
    page.table.setFocus()
    # Twelve members, one key each: 9 present, 1 late, 1 absent excused, 1 telehealth.
    keys = [Qt.Key.Key_P] * 9 + [Qt.Key.Key_L, Qt.Key.Key_X, Qt.Key.Key_T]
    clock.set(dt.datetime(2026, 11, 23, 9, 12))
    for key in keys:
        qtbot.keyClick(page.table, key)
    statuses = [e.status for e in clinic.sessions.roster(session_id)]
    assert statuses == [A.PRESENT] * 9 + [A.LATE, A.ABSENT_EXCUSED, A.TELEHEALTH]
    assert page.model.data(page.model.index(9, 1)) == "Late"
    assert page.model.data(page.model.index(9, 2)) == formatting.time(dt.time(9, 12))
    # Arrow keys move; check-in for the first member through the panel.
    page.table.selectRow(0)
    panel = page.member_panel
    assert panel.title() == "Member: Avery"
    panel.craving.setValue(6)
    panel.use.setCurrentIndex(panel.use.findData("no"))
    qtbot.keyClicks(panel.mood, "hopeful")
    qtbot.keyClick(panel.mood, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.quick_note, "Shared a plan for the weekend.")
    qtbot.waitUntil(lambda: not page.quick_saver.dirty, timeout=2000)
    entry = clinic.sessions.roster(session_id)[0]
    assert (entry.craving, entry.use_since_last.value, entry.mood) == (6, "no", "hopeful")
    assert entry.quick_note == "Shared a plan for the weekend."
    assert page.save_status.text().startswith("Saved")
    # The group quick note.
    qtbot.keyClicks(page.group_note, "Theme: weekends.")
    assert page.flush()
    assert clinic.sessions.get(session_id).group_quick_note == "Theme: weekends."
    # The agenda moves with the injected clock.
    clock.set(dt.datetime(2026, 11, 23, 9, 25))
    page.agenda.refresh()
    assert page.agenda.segment_label.text() == "Now: Check-in"
    # The 90-minute topic (30 + 60) is fitted to this 180-minute group: 55, a break, 110.
    assert page.agenda.segment_time.text() == "30:00 left"
    assert page.agenda.next_label.text() == "Next: Break (15 min)"
    qtbot.keyClick(page.table, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.agenda.segment_label.text() == "Now: Break"
    assert clinic.sessions.get(session_id).agenda_state["index"] == 1
    clock.set(dt.datetime(2026, 11, 23, 10, 30))
    page.agenda.refresh()
    assert "over time" in page.agenda.segment_time.text()
    # End: times filled in for those still present, then on to the notes.
    clock.set(dt.datetime(2026, 11, 23, 12, 0))
    with qtbot.waitSignal(page.session_ended):
        page.end_button.click()
    info = clinic.sessions.get(session_id)
    assert info.status is SessionStatus.ENDED
    roster = clinic.sessions.roster(session_id)
    assert roster[0].minutes == 180 and roster[9].minutes == 180 - 12 and roster[10].minutes == 0
    assert page.stack.currentIndex() == 0


def test_switching_member_never_moves_text_to_another(qtbot, window, clinic) -> None:
    page = page_of(window)
    session_id = window.test_session_id
    page.table.selectRow(0)
    qtbot.keyClicks(page.member_panel.quick_note, "Words for Avery only")
    qtbot.keyClicks(page.member_panel.jotting, "private A")
    page.table.selectRow(1)  # switch before the autosave timer fires
    qtbot.keyClicks(page.member_panel.quick_note, "Blake's words")
    page.table.selectRow(0)
    roster = clinic.sessions.roster(session_id)
    assert roster[0].quick_note == "Words for Avery only" and roster[0].jotting == "private A"
    assert roster[1].quick_note == "Blake's words" and roster[1].jotting == ""
    assert page.member_panel.quick_note.toPlainText() == "Words for Avery only"


def test_mark_everyone_present_and_status_words(qtbot, window, clinic) -> None:
    page = page_of(window)
    qtbot.mouseClick(page.all_present, Qt.MouseButton.LeftButton)
    words = {page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())}
    assert words == {"Present"}


def test_failed_save_keeps_text_and_says_why(qtbot, window, clinic) -> None:
    page = page_of(window)
    page.table.selectRow(0)
    page.member_panel.quick_note.setPlainText("x" * 60_000)
    assert not page.flush()
    assert "too long" in page.save_status.text()
    assert page.member_panel.quick_note.toPlainText() == "x" * 60_000


def test_material_and_safety_protocol(qtbot, window, clinic) -> None:
    page = page_of(window)
    dialog = page.show_material("prompts")
    assert dialog is not None and "Discussion prompts" in dialog.document().toPlainText()
    dialog.close()
    page.table.selectRow(2)
    page.member_panel.safety.setChecked(True)
    assert page.safety_box.isVisible() and "911" in page.safety_box.informativeText()
    page.safety_box.close()
    assert clinic.sessions.roster(window.test_session_id)[2].safety_flag


def test_roster_model_contract(qtmodeltester, window) -> None:
    qtmodeltester.check(page_of(window).model)
    qtmodeltester.check(RosterModel())


def test_resume_shows_the_running_session(qtbot, clinic, data_paths, clock, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from iop_facilitator.ui.application import offer_resume

    group, _members, topic = seed_group(clinic)
    session_id, _ = clinic.sessions.plan(group, dt.date(2026, 11, 23), topic_id=topic)
    clinic.sessions.start(session_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    win = build_main_window(Bootstrap(data_paths, clock), clinic)
    qtbot.addWidget(win)
    assert offer_resume(win)
    assert win.stack.currentWidget().title == "Session"
    assert page_of(win).session.id == session_id


def test_start_dialog_prefills_schedule_and_suggested_topic(
    qtbot, clinic, data_paths, clock
) -> None:
    from iop_facilitator.ui.session.start_dialog import StartSessionDialog

    group, _members, _topic = seed_group(clinic, start="18:30", minutes=180)
    clock.set(dt.datetime(2026, 11, 23, 18, 20))  # a Monday; the seeded group meets Mon/Wed/Thu
    dialog = StartSessionDialog(clinic, group_id=group)
    qtbot.addWidget(dialog)
    assert dialog.start.time().toString("HH:mm") == "18:30"
    assert dialog.end.time().toString("HH:mm") == "21:30"
    assert dialog.room.text() == "Room 2"
    assert dialog.topic.currentText().startswith("Suggested: ")
    assert (
        "of 12 have not had this" in dialog.reason.text()
        or "None of the 12" in dialog.reason.text()
    )
    dialog.ok_button.click()
    assert dialog.session_id is not None
    info = clinic.sessions.get(dialog.session_id)
    assert info.status.value == "running" and info.topic_id is not None
    assert info.actual_start.strftime("%H:%M") == "18:20"
    assert len(clinic.sessions.roster(dialog.session_id)) == 12


def test_start_dialog_with_no_groups_says_what_to_do(qtbot, clinic) -> None:
    from iop_facilitator.ui.session.start_dialog import StartSessionDialog

    dialog = StartSessionDialog(clinic)
    qtbot.addWidget(dialog)
    assert "add one in Groups" in dialog.message.text() and not dialog.ok_button.isEnabled()


def test_add_a_drop_in(qtbot, window, clinic) -> None:
    page = page_of(window)
    other = seed_group(clinic, start="18:00", members=1)[1][0]
    candidates = clinic.sessions.drop_in_candidates(window.test_session_id)
    assert [c["id"] for c in candidates] == [other]
    page.add_drop_in(other)
    assert page.model.rowCount() == 13
    assert "(drop-in)" in page.model.data(page.model.index(page.model.row_of(other), 0))
    assert page.member_panel.member_id == other


@pytest.mark.parametrize("width", [1366, 1000, 900])
def test_the_roster_fits_its_width_without_a_sideways_scroll_bar(
    qtbot, window, clinic, width
) -> None:
    """200% on a 2732x1536 screen is a 1366x768 window with twice the pixels; a bigger font in
    a narrower window gives the roster the same squeeze. Long words and a safety flag make the
    columns as wide as they get. Nothing is lost: folded values are in the name's tooltip and
    accessible description, and the attendance keys still work."""
    page = page_of(window)
    session_id = window.test_session_id
    members = [e.member_id for e in clinic.sessions.roster(session_id)]
    for member, status in zip(members, [A.ABSENT_UNEXCUSED, A.LATE, A.LEFT_EARLY], strict=False):
        clinic.sessions.set_attendance(session_id, member, status)
    clinic.sessions.set_check_in(session_id, members[1], craving=7, safety_flag=True)
    font = window.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    window.setFont(font)
    window.resize(width, 768)
    page._reload_roster()
    table = page.table
    qtbot.waitUntil(lambda: table.viewport().width() < width / 2)
    qtbot.wait(50)  # let the layout settle
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    for column in (0, 1, 6):  # member, attendance and safety always show
        assert not table.isColumnHidden(column)
    assert header.sectionSize(0) >= table.fontMetrics().horizontalAdvance("Morgan")
    folded = table.folded()
    model = page.model
    tooltip = model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    description = model.data(model.index(1, 0), Qt.ItemDataRole.AccessibleDescriptionRole)
    if 5 in folded:
        assert "Craving: 7" in tooltip and "Craving: 7" in description
    if 2 in folded:
        arrived = model.data(model.index(1, 2))
        assert f"Arrived: {arrived}" in tooltip
    if width <= 1000:
        assert folded, "this narrow, some columns must fold"
    if not folded:
        assert description is None
    table.setFocus()
    table.selectRow(3)
    qtbot.keyClick(table, Qt.Key.Key_T)
    assert clinic.sessions.roster(session_id)[3].status is A.TELEHEALTH
