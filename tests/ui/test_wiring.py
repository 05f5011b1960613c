"""The screens work together: Groups starts a session, Members shows progress charts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from iop_facilitator.app import Bootstrap
from iop_facilitator.services import demo
from iop_facilitator.ui.application import build_main_window


def test_groups_page_starts_a_session_and_members_page_shows_progress(
    qtbot, clinic, data_paths, clock
) -> None:
    demo.build(clinic, dt.date(2026, 11, 23))
    window = build_main_window(Bootstrap(data_paths, clock), clinic)
    qtbot.addWidget(window)
    window.show()
    groups = window.page("Groups")
    assert groups.group_id is not None

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, accept)
            return
        dialog.ok_button.click()

    QTimer.singleShot(20, accept)
    groups.start_button.click()
    session = clinic.sessions.running()
    assert session is not None and session.group_id == groups.group_id
    assert window.stack.currentWidget() is window.page("Session")
    members = window.page("Members")
    members.member_list.table.selectRow(0)
    members.tabs.setCurrentIndex(1)
    assert members.progress_widget is not None
    assert members.progress_widget.title.text().startswith("Progress: ")
    members.member_list.table.selectRow(1)
    assert members.progress_widget.member_id == members.selected_id
