"""Members and Groups through the real widgets: admit, move, discharge, search, import, schedule."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from iop_facilitator.app import Bootstrap
from iop_facilitator.domain.enums import DischargeReason, MemberStatus, Phase, Track
from iop_facilitator.domain.groups import GroupDraft
from iop_facilitator.domain.members import MemberDraft
from iop_facilitator.ui import formatting
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.groups_page import GroupsPage
from iop_facilitator.ui.import_dialog import ImportPreviewModel, MemberImportDialog
from iop_facilitator.ui.member_dialogs import AdmitDialog, DischargeDialog, MoveDialog
from iop_facilitator.ui.member_models import (
    STATUS_FILTERS,
    EnrollmentHistoryModel,
    GroupListModel,
    MemberFilterProxy,
    MemberTableModel,
    RosterModel,
)
from iop_facilitator.ui.members.page import MembersPage

D = dt.date
OK = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, clinic, data_paths):
    w = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(w)
    return w


def page(window, cls):
    """Visit the section (its page is built on the first visit) and return its page."""
    window.show_section(window.page_titles().index(cls.title))
    found = window.stack.currentWidget()
    assert isinstance(found, cls)
    return found


def groups(clinic):
    morning, _ = clinic.groups.create(
        GroupDraft("Morning IOP", Track.SUBSTANCE_USE, (1, 3, 4), dt.time(9))
    )
    evening, _ = clinic.groups.create(
        GroupDraft("Evening IOP", Track.CO_OCCURRING, (1, 2, 4), dt.time(18), size_cap=1)
    )
    return morning, evening


def set_date(edit, day: D) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def test_pages_replace_the_empty_states(window) -> None:
    window.show_section(3)
    window.show_section(4)
    assert isinstance(window.pages[3], MembersPage) and isinstance(window.pages[4], GroupsPage)
    assert window.page_titles()[3:5] == ["Members", "Groups"]


def test_admit_move_discharge_through_the_widgets(qtbot, window, clinic) -> None:
    morning, evening = groups(clinic)
    clinic.members.admit(
        MemberDraft(
            "Quinn",
            "Quinn Larkspur",
            "DEMO-9",
            Track.CO_OCCURRING,
            Phase.ENGAGEMENT,
            D(2026, 11, 2),
        ),
        evening,
    )
    members = page(window, MembersPage)
    window.show()
    qtbot.mouseClick(members.member_list.admit_button, OK)
    dialog = members.dialog
    assert isinstance(dialog, AdmitDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.preferred, "Avery")
    qtbot.keyClicks(dialog.full_name, "Avery Quillfeather")
    qtbot.keyClicks(dialog.chart_id, "demo-9")  # taken (case-insensitively)
    qtbot.keyClicks(dialog.dob, "02/30/1990")
    set_date(dialog.admitted, D(2026, 11, 2))
    dialog.group.setCurrentIndex(dialog.group.findData(int(morning)))
    qtbot.mouseClick(dialog.ok_button, OK)
    assert "not a real date" in dialog.message.text() and dialog.isVisible()
    dialog.dob.clear()
    qtbot.keyClicks(dialog.dob, "1990-02-03")
    qtbot.mouseClick(dialog.ok_button, OK)
    assert "already belongs to another member" in dialog.message.text()
    assert clinic.store.scalar("SELECT count(*) FROM member") == 1  # nothing saved half-way
    dialog.chart_id.clear()
    qtbot.keyClicks(dialog.chart_id, "DEMO-1")
    with qtbot.waitSignal(window.controller.changed):
        qtbot.mouseClick(dialog.ok_button, OK)
    assert not dialog.isVisible()
    member_id = members.selected_id
    assert member_id is not None and members.details.detail_title.text() == "Avery"
    assert members.details.hours_label.text() == "0 min of 9 h target (below target)"
    assert members.details.days_label.text().startswith("22 days")
    assert members.details.history_model.rowCount() == 1

    # Move to the evening group (its cap of 1 is already reached: a warning, never a block)
    qtbot.mouseClick(members.details.move_button, OK)
    move = members.dialog
    assert isinstance(move, MoveDialog)
    qtbot.mouseClick(move.ok_button, OK)
    assert "Choose the group to move to" in move.message.text()
    move.to_group.setCurrentIndex(move.to_group.findData(int(evening)))
    assert "above its cap of 1" in move.capacity.text()
    set_date(move.day, D(2026, 11, 16))
    qtbot.mouseClick(move.ok_button, OK)
    assert not move.isVisible()
    assert "above its cap" in members.member_list.notice.text()
    history = members.details.history_model
    assert [history.index(r, 0).data() for r in range(2)] == ["Morning IOP", "Evening IOP"]
    assert (
        history.index(0, 2).data() == formatting.date(D(2026, 11, 15))
        and history.index(1, 2).data() == "still enrolled"
    )

    # Discharge: a reason is required and a date before admission is refused
    qtbot.mouseClick(members.details.discharge_button, OK)
    discharge = members.dialog
    assert isinstance(discharge, DischargeDialog)
    qtbot.mouseClick(discharge.ok_button, OK)
    assert "Choose a discharge reason" in discharge.message.text()
    discharge.reason.setCurrentIndex(discharge.reason.findData(DischargeReason.STEPPED_DOWN.value))
    set_date(discharge.day, D(2026, 10, 30))
    qtbot.mouseClick(discharge.ok_button, OK)
    assert "before the admission date" in discharge.message.text()
    assert clinic.members.get(member_id).status is MemberStatus.ACTIVE
    set_date(discharge.day, D(2026, 11, 20))
    qtbot.mouseClick(discharge.ok_button, OK)
    assert clinic.members.get(member_id).status is MemberStatus.DISCHARGED
    # The default filter shows current members only; the discharged member is still findable.
    assert members.selected_id is None
    members.member_list.status_filter.setCurrentIndex(len(STATUS_FILTERS) - 1)
    members.select_member(member_id)
    details = members.details
    assert details.status_label.text() == "Discharged" and not details.move_button.isEnabled()
    assert members.details.history_model.index(1, 2).data() == formatting.date(D(2026, 11, 20))


def test_search_filter_and_sort(qtbot, window, clinic) -> None:
    morning, evening = groups(clinic)
    for i, (name, gid) in enumerate([("Avery", morning), ("Jordan", evening), ("Riley", morning)]):
        clinic.members.admit(
            MemberDraft(
                name,
                f"{name} Brightwater",
                f"DEMO-{i}",
                Track.SUBSTANCE_USE,
                Phase.ENGAGEMENT,
                D(2026, 11, 1 + i),
            ),
            gid,
        )
    members = page(window, MembersPage)
    window.controller.changed.emit(
        clinic.members.set_on_hold(clinic.members.list()[2].member.id, True)
    )
    proxy = members.member_list.proxy
    assert proxy.rowCount() == 3
    qtbot.keyClicks(members.member_list.search, "jor")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Jordan"
    members.member_list.search.clear()
    qtbot.keyClicks(members.member_list.search, "demo-2")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Riley"
    members.member_list.search.clear()
    group_filter = members.member_list.group_filter
    group_filter.setCurrentIndex(group_filter.findData(int(morning)))
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} == {"Avery", "Riley"}
    members.member_list.status_filter.setCurrentIndex(2)  # On hold
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Riley"]
    assert members.member_list.count_label.text() == "1 of 3 members shown"
    members.member_list.group_filter.setCurrentIndex(0)
    members.member_list.status_filter.setCurrentIndex(0)
    # admitted, newest first
    members.member_list.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Riley", "Jordan", "Avery"]


def test_edit_details_in_the_form(qtbot, window, clinic) -> None:
    member_id, _w, changes = clinic.members.admit(
        MemberDraft(
            "Avery", "Avery Q", "DEMO-1", Track.SUBSTANCE_USE, Phase.ENGAGEMENT, D(2026, 11, 2)
        )
    )
    members = page(window, MembersPage)
    window.controller.changed.emit(changes)
    members.select_member(member_id)
    members.details.f_preferred.clear()
    qtbot.keyClicks(members.details.f_preferred, "Ave")
    members.details.f_admitted.setText("2026-13-01")
    qtbot.mouseClick(members.details.save_button, OK)
    assert "not a real date" in members.details.detail_message.text()
    members.details.f_admitted.setText("2026-11-01")
    qtbot.mouseClick(members.details.save_button, OK)
    assert members.details.detail_message.text() == "Saved."
    assert clinic.members.get(member_id).preferred_name == "Ave"
    assert members.member_list.model.index(0, 0).data() == "Ave"


def test_groups_page_schedule_editor_and_roster_on_a_past_date(qtbot, window, clinic) -> None:
    groups_page = page(window, GroupsPage)
    assert groups_page.group_id is None  # no groups: the editor is ready for a new one
    qtbot.keyClicks(groups_page.name, "Morning IOP")
    groups_page.start_time.setText("25:00")
    qtbot.mouseClick(groups_page.save_button, OK)
    assert "hours run from 00 to 23" in groups_page.message.text()
    assert clinic.groups.list() == []
    groups_page.start_time.setText("09:30")
    groups_page.size_cap.setValue(1)
    with qtbot.waitSignal(window.controller.changed):
        qtbot.mouseClick(groups_page.save_button, OK)
    [group] = clinic.groups.list()
    assert group.schedule == "Mon, Wed, Fri 09:30-12:30" and group.size_cap == 1
    assert groups_page.list_model.rowCount() == 1
    a, _w, _c = clinic.members.admit(
        MemberDraft(
            "Avery", "Avery Q", "DEMO-1", Track.SUBSTANCE_USE, Phase.ENGAGEMENT, D(2026, 11, 2)
        ),
        group.id,
    )
    window.controller.changed.emit(
        clinic.members.admit(
            MemberDraft(
                "Jordan",
                "Jordan B",
                "DEMO-2",
                Track.SUBSTANCE_USE,
                Phase.ENGAGEMENT,
                D(2026, 11, 16),
            ),
            group.id,
        )[-1]
    )
    window.controller.changed.emit(
        clinic.members.discharge(a, D(2026, 11, 18), DischargeReason.COMPLETED)
    )
    assert groups_page.roster_model.rowCount() == 1
    assert groups_page.roster_model.index(0, 0).data() == "Jordan"
    set_date(groups_page.roster_date, D(2026, 11, 17))
    names = {groups_page.roster_model.index(r, 0).data() for r in range(2)}
    assert names == {"Avery", "Jordan"} and "above the cap" in groups_page.roster_count.text()
    assert groups_page.roster_model.index(0, 3).data() == formatting.date(
        D(2026, 11, 2)
    )  # joined on
    set_date(groups_page.roster_date, D(2026, 11, 3))
    assert groups_page.roster_model.rowCount() == 1
    groups_page.active.setChecked(False)
    qtbot.mouseClick(groups_page.save_button, OK)
    assert "(inactive)" in groups_page.list_model.index(0).data()


def test_import_dialog_reports_rows_and_imports_only_ticked(
    qtbot, window, clinic, tmp_path
) -> None:
    members = page(window, MembersPage)
    qtbot.mouseClick(members.member_list.import_button, OK)
    dialog = members.dialog
    assert isinstance(dialog, MemberImportDialog)
    path = tmp_path / "ehr.csv"
    path.write_bytes(
        "MRN,Patient Name,Admit Date\r\n"
        "DEMO-1,Zoë Foxglen,11/02/2026\r\n"
        ",Kai Hazelrigg,11/02/2026\r\n"
        "DEMO-3,Sage Ivybrook,02/30/2026\r\n"
        "DEMO-4,Tatum Elmstead,11/09/2026\r\n"
        "DEMO-5,Jules Duskmoor,11/10/2026\r\n".encode("cp1252")
    )
    dialog.load_path(path)
    assert "not UTF-8" in dialog.encoding_label.text()
    assert dialog.summary.text().startswith("5 rows: 3 new")
    model = dialog.preview_model
    problems = {model.index(r, 1).data(): model.index(r, 6).data() for r in range(model.rowCount())}
    assert problems["3"] == "The chart id is missing." and "not a real date" in problems["4"]
    assert dialog.import_button.text() == "&Import 3 members"
    assert clinic.store.scalar("SELECT count(*) FROM member") == 0  # nothing until confirmed
    model.setData(model.index(3, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(
        model.index(1, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert dialog.import_button.text() == "&Import 2 members"
    qtbot.mouseClick(dialog.import_button, OK)
    assert not dialog.isVisible()
    assert sorted(r["chart_id"] for r in clinic.store.query("SELECT chart_id FROM member")) == [
        "DEMO-1",
        "DEMO-5",
    ]
    assert members.member_list.notice.text() == "Imported 2 members."
    assert members.member_list.model.rowCount() == 2
    # the same file again adds nobody
    qtbot.mouseClick(members.member_list.import_button, OK)
    again = members.dialog
    again.load_path(path)
    assert "2 already in the app" in again.summary.text()
    assert again.import_button.text() == "&Import 1 member"


def test_every_model_passes_qtmodeltester(qtmodeltester, clinic) -> None:
    morning, evening = groups(clinic)
    ids = []
    for i in range(3):
        ids.append(
            clinic.members.admit(
                MemberDraft(
                    f"M{i}",
                    f"Member {i}",
                    f"DEMO-{i}",
                    Track.ADOLESCENT,
                    Phase.ENGAGEMENT,
                    D(2026, 11, 2),
                ),
                morning,
            )[0]
        )
    clinic.members.move(ids[0], morning, evening, D(2026, 11, 10))
    members = MemberTableModel()
    members.set_rows(clinic.members.list())
    qtmodeltester.check(members)
    proxy = MemberFilterProxy()
    proxy.setSourceModel(members)
    proxy.sort(2)
    qtmodeltester.check(proxy)
    history = EnrollmentHistoryModel()
    history.set_rows(clinic.members.history(ids[0]).enrollments)
    qtmodeltester.check(history)
    roster = RosterModel()
    roster.set_rows(clinic.groups.roster(morning, D(2026, 11, 5)))
    qtmodeltester.check(roster)
    group_list = GroupListModel()
    group_list.set_groups(clinic.groups.list())
    qtmodeltester.check(group_list)
    loaded = clinic.member_import.load_bytes(
        b"MRN,Name,Admit Date\r\nX1,A B,2026-11-02\r\n,C D,2026-11-02\r\n"
    )
    from iop_facilitator.domain.member_csv import ImportOptions, guess_mapping

    preview = ImportPreviewModel()
    preview.set_plan(
        clinic.member_import.preview(loaded, ImportOptions(guess_mapping(loaded.table.headers)))
    )
    qtmodeltester.check(preview)
    for empty in (MemberTableModel(), RosterModel(), GroupListModel(), ImportPreviewModel()):
        qtmodeltester.check(empty)


def qt_internal(widget) -> bool:
    """Qt's own parts: a line edit's clear button, a table's corner button, a combo's popup."""
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    if isinstance(
        widget.parent(), (QLineEdit, QAbstractItemView)
    ) or widget.objectName().startswith("qt_"):
        return True
    from PySide6.QtWidgets import QCalendarWidget, QComboBox

    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, (QComboBox, QCalendarWidget)):
            return True
        parent = parent.parent()
    return False


def test_every_control_has_an_accessible_name(qtbot, window, clinic) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    groups(clinic)
    members = page(window, MembersPage)
    members.reload()
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit)
    widgets = [
        members,
        page(window, GroupsPage),
        AdmitDialog(window.controller),
        MemberImportDialog(window.controller),
    ]
    for root in widgets:
        qtbot.addWidget(root) if root.parent() is None else None
        for kind in kinds:
            for child in root.findChildren(kind):
                if isinstance(child, QLineEdit) and isinstance(child.parent(), QComboBox):
                    continue  # an editable combo's inner line edit: the combo carries the name
                if qt_internal(child):
                    continue

                assert child.accessibleName(), f"{type(child).__name__} in {type(root).__name__}"
