"""The Today screen through the real widgets: lists, Enter to start / resume / open notes,
members to watch, the date rolling over, and the member progress charts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from iop_facilitator.app import Bootstrap
from iop_facilitator.domain.changes import Changes
from iop_facilitator.domain.enums import SessionStatus
from iop_facilitator.ui import formatting
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.member_progress import MemberProgressDialog
from iop_facilitator.ui.session.start_dialog import StartSessionDialog
from tests.unit.test_reports import DAY, seed


@pytest.fixture
def today_window(qtbot, curriculum_clinic, data_paths, clock):
    clinic = curriculum_clinic
    ids = seed(clinic)
    win = build_main_window(Bootstrap(data_paths, clock), clinic)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    # Pages are built on their first visit. The seed's sessions have no notes: opening Notes once
    # prepares the latest session's (as a facilitator who looked at Notes would), then Today.
    win.show_section(win.page_titles().index("Notes"))
    assert win.page("Notes").session_id is not None
    win.show_section(0)
    return win, clinic, ids


def accept_start_dialog() -> None:
    """Press "Start now" in the start dialog once it is open (it is modal)."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, StartSessionDialog):
            QTimer.singleShot(20, press)
            return
        dialog.ok_button.click()

    QTimer.singleShot(20, press)


def test_today_is_the_start_page_with_the_three_lists(qtbot, qtmodeltester, today_window) -> None:
    win, _clinic, _ids = today_window
    page = win.page("Today")
    assert win.stack.currentWidget() is page
    assert page.date_label.text() == formatting.long_date(dt.date(2026, 11, 23))
    model = page.groups_model
    assert model.rowCount() == 1
    texts = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    hours = formatting.time_range(dt.time(9, 0), dt.time(12, 0))
    assert texts[:5] == [hours, "Morning Test", "Room 2", "4 members", "Upcoming"]
    assert model.data(model.index(0, 4), Qt.ItemDataRole.BackgroundRole) is not None
    assert "have not had" in page.topic_reason.text() or "None of the" in page.topic_reason.text()
    assert page.action_button.text() == "Start session"
    watch = page.watch_model
    assert [watch.data(watch.index(r, 0)) for r in range(watch.rowCount())] == [
        "Fay",
        "Dee",
        "Ben",
        "Eve",
    ]
    assert watch.data(watch.index(0, 1)) == "Alert"
    assert page.watch_box.title() == "Members to watch (4)"
    # The seed's sessions have no notes; the Notes page prepared the latest one's when the fixture
    # opened it, so that session is now ended with a note to write, 86 hours old.
    unsigned = page.unsigned_model
    assert [unsigned.data(unsigned.index(0, c)) for c in range(4)] == [
        f"{formatting.day_and_date(dt.date(2026, 11, 19))} Teen Test",
        "1 of 1",
        "3 days",
        "Overdue",
    ]
    assert unsigned.data(unsigned.index(0, 3), Qt.ItemDataRole.BackgroundRole) is not None
    for m in (page.groups_model, page.watch_model, page.unsigned_model):
        qtmodeltester.check(m)
    for widget in (
        page.groups,
        page.watch,
        page.unsigned,
        page.action_button,
        page.progress_button,
        page.notes_button,
        page.refresh_button,
    ):
        assert widget.accessibleName()


def test_enter_starts_then_resumes_then_opens_notes(qtbot, today_window, clock) -> None:
    win, clinic, ids = today_window
    page = win.page("Today")
    clock.set(dt.datetime(2026, 11, 23, 8, 55))
    page.groups.setFocus()
    accept_start_dialog()
    with qtbot.waitSignal(win.controller.changed, timeout=3000):
        qtbot.keyClick(page.groups, Qt.Key.Key_Return)
    running = clinic.sessions.running()
    assert running is not None and running.group_id == ids["a"]
    assert win.stack.currentWidget() is win.page("Session")
    # Back on Today: the group is running; Enter resumes it.
    win.show_section(0)
    assert page.groups_model.rows[0].status_text == "Running"
    assert page.action_button.text() == "Resume session"
    win.show_section(1)
    win.show_section(0)
    page.groups.setFocus()
    qtbot.keyClick(page.groups, Qt.Key.Key_Return)
    assert win.stack.currentWidget() is win.page("Session")
    # Ended: notes unsigned, Enter opens the notes; the unsigned list has it too.
    clock.set(dt.datetime(2026, 11, 23, 12, 0))
    win.controller.run(win, lambda: clinic.sessions.end(running.id))
    win.show_section(0)
    assert page.groups_model.rows[0].status_text == "Notes unsigned (4 of 4)"
    assert page.unsigned_model.rows[-1].session_id == running.id
    page.groups.setFocus()
    qtbot.keyClick(page.groups, Qt.Key.Key_Return)
    assert win.stack.currentWidget() is win.page("Notes")
    assert win.page("Notes").session_id == running.id
    win.show_section(0)
    page.unsigned.setFocus()
    win.show_section(1)
    win.show_section(0)
    page.open_unsigned(1)
    assert win.stack.currentWidget() is win.page("Notes")
    assert win.page("Notes").session_id == running.id


def test_a_planned_session_is_started_not_planned_again(qtbot, today_window, clock) -> None:
    win, clinic, ids = today_window
    page = win.page("Today")
    session_id, changes = clinic.sessions.plan(ids["a"], DAY)
    win.controller.changed.emit(changes)
    assert page.groups_model.rows[0].session_id == session_id
    page.act_on_group(0)
    assert clinic.sessions.get(session_id).status is SessionStatus.RUNNING
    assert (
        clinic.store.scalar("SELECT count(*) FROM session WHERE date = ?", [DAY.isoformat()]) == 1
    )
    assert win.stack.currentWidget() is win.page("Session")


def test_unsigned_notes_show_their_age(qtbot, today_window, clock) -> None:
    win, clinic, ids = today_window
    page = win.page("Today")
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(ids["a"], DAY)
    clinic.sessions.start(session_id)
    clock.set(dt.datetime(2026, 11, 23, 12, 0))
    clinic.sessions.end(session_id)
    clock.set(dt.datetime(2026, 11, 26, 13, 0))
    page.tick()  # the date changed: everything reloads
    model = page.unsigned_model
    row = [model.data(model.index(1, c)) for c in range(model.columnCount())]
    day = formatting.day_and_date(dt.date(2026, 11, 23))
    assert row == [f"{day} Morning Test", "4 of 4", "3 days", "Overdue", "Fac Testwell"]
    assert page.date_label.text() == formatting.long_date(dt.date(2026, 11, 26))


def test_the_date_rolling_over_reloads_today(qtbot, today_window, clock) -> None:
    win, _clinic, _ids = today_window
    page = win.page("Today")
    clock.set(dt.datetime(2026, 11, 24, 0, 1))
    page.tick()
    assert page.date_label.text() == formatting.long_date(dt.date(2026, 11, 24))
    assert [r.group_name for r in page.groups_model.rows] == ["Teen Test"]


def test_changes_reload_only_when_shown(qtbot, today_window) -> None:
    win, clinic, ids = today_window
    page = win.page("Today")
    win.show_section(win.page_titles().index("Curriculum"))
    session_id, changes = clinic.sessions.plan(ids["a"], DAY)
    win.controller.changed.emit(changes)
    assert page.stale and page.groups_model.rows[0].session_id is None
    win.show_section(0)
    assert not page.stale and page.groups_model.rows[0].session_id == session_id
    win.controller.changed.emit(Changes(facilitators=True))
    assert not page.stale


def test_enter_on_a_member_shows_their_progress(qtbot, today_window) -> None:
    win, _clinic, _ids = today_window
    page = win.page("Today")
    page.watch.setFocus()
    qtbot.keyClick(page.watch, Qt.Key.Key_Return)  # Fay, first in the list
    dialog = page.progress_dialog
    assert isinstance(dialog, MemberProgressDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    widget = dialog.widget
    assert widget.title.text() == "Progress: Fay (Fay Reportson)"
    assert "9 h" in widget.hours.accessibleDescription()
    assert "1 of 3 completed weeks below target" in widget.summary.text()
    assert widget.craving.accessibleDescription().startswith(
        "Craving at check-in (0-10). Mon 11/09: craving 0 of 10"
    )
    assert "attended 6 of 6" in widget.attendance.accessibleDescription()
    assert widget.had.count() == 2 and widget.to_have.count() >= 1
    dialog.close()


@pytest.fixture
def spanish_or_english(qapp, request):
    """Install the language named by the test's parameter; English again afterwards."""
    from PySide6.QtCore import QLocale

    from iop_facilitator.ui import i18n

    i18n.install(request.param)
    yield request.param
    i18n.install("en")
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("spanish_or_english", ["en", "es"], indirect=True)
@pytest.mark.parametrize("width", [340, 560, 1100])
def test_progress_chart_legends_are_never_cut_off(
    qtbot, curriculum_clinic, spanish_or_english, width
) -> None:
    """Narrow panel (Members page at 1366 px or at 200%), and the dialog: every legend entry
    is painted whole inside its chart, on its own spot, wrapping to more lines when needed."""
    from iop_facilitator.ui.charts import legend_entries
    from iop_facilitator.ui.member_progress import MemberProgressWidget

    ids = seed(curriculum_clinic)
    widget = MemberProgressWidget(curriculum_clinic, ids["Fay"])
    qtbot.addWidget(widget)
    widget.resize(width, 700)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.columns == (1 if width < 2 * widget.comfortable_chart_width() else 2)
    for chart in (widget.hours, widget.attendance):
        chart.grab()  # paints it at its laid-out size
        legend = legend_entries(chart.legend())
        assert len(legend) >= 3
        painted = [text for _box, text in chart.legend_boxes]
        assert painted == legend
        inside = chart.rect().toRectF()
        boxes = [box for box, _text in chart.legend_boxes]
        for box, text in chart.legend_boxes:
            assert inside.contains(box), (text, box, inside)
            whole = box.width() >= chart.fontMetrics().horizontalAdvance(text)
            wrapped = box.height() > chart.fontMetrics().height() * 1.5
            assert whole or wrapped, text  # on one line, or word-wrapped on several
        for i, box in enumerate(boxes):
            assert not any(box.intersects(other) for other in boxes[i + 1 :]), chart.legend()
        # The plot still has room below the legend.
        assert chart.height() >= max(b.bottom() for b in boxes) + chart.fontMetrics().height() * 5
