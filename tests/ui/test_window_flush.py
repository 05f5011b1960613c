"""MainWindow.flush saves every page: pages with nothing to save report success (True), so
the pages after them are still flushed (closing the window used to stop at Today)."""

from __future__ import annotations

import datetime as dt

from iop_facilitator.app import Bootstrap
from iop_facilitator.ui.application import build_main_window
from tests.unit.test_sessions import seed_group


def window_on_a_running_session(qtbot, clinic, data_paths, clock):
    group, _members, topic = seed_group(clinic)
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(group, dt.date(2026, 11, 23), topic_id=topic)
    clinic.sessions.start(session_id)
    window = build_main_window(Bootstrap(data_paths, clock), clinic)
    qtbot.addWidget(window)
    window.show()
    window.open_session(session_id)
    return window, session_id


def test_window_flush_reaches_the_session_page(qtbot, clinic, data_paths, clock) -> None:
    window, session_id = window_on_a_running_session(qtbot, clinic, data_paths, clock)
    assert window.page_titles()[0] == "Today"  # a page with nothing to save comes first
    page = window.page("Session")
    qtbot.keyClicks(page.group_note, "Theme: weekends.")
    assert page.group_saver.dirty  # typed, waiting for the autosave delay
    assert window.flush() is True
    assert clinic.sessions.get(session_id).group_quick_note == "Theme: weekends."


def test_a_page_that_cannot_save_does_not_stop_the_others(
    qtbot, clinic, data_paths, clock, monkeypatch
) -> None:
    window, session_id = window_on_a_running_session(qtbot, clinic, data_paths, clock)
    monkeypatch.setattr(window.page("Today"), "flush", lambda: False)  # e.g. a refused save
    page = window.page("Session")
    qtbot.keyClicks(page.group_note, "Theme: weekends.")
    assert window.flush() is False  # the failure is reported...
    assert clinic.sessions.get(session_id).group_quick_note == "Theme: weekends."  # ...after all
