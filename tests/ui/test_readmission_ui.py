"""Re-admission through the real widgets, and typed details kept across a reload."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from iop_facilitator.app import Bootstrap
from iop_facilitator.domain.enums import DischargeReason, MemberStatus, Phase, Track
from iop_facilitator.domain.groups import GroupDraft
from iop_facilitator.domain.member_csv import RowStatus
from iop_facilitator.domain.members import MemberDraft
from iop_facilitator.ui import formatting
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.import_dialog import MemberImportDialog
from iop_facilitator.ui.member_dialogs import AdmitDialog
from iop_facilitator.ui.members.page import MembersPage

D = dt.date
OK = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, clinic, data_paths):
    w = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def discharged(clinic, clock):
    """Avery Quillfeather (MRN-7) in Morning IOP from 11-02, discharged (completed) 11-05."""
    morning, _ = clinic.groups.create(
        GroupDraft("Morning IOP", Track.SUBSTANCE_USE, (1, 3, 4), dt.time(9))
    )
    evening, _ = clinic.groups.create(
        GroupDraft("Evening IOP", Track.SUBSTANCE_USE, (1, 2, 4), dt.time(18))
    )
    draft = MemberDraft(
        "Avery",
        "Avery Quillfeather",
        "MRN-7",
        Track.SUBSTANCE_USE,
        Phase.ENGAGEMENT,
        D(2026, 11, 2),
    )
    member, _, _ = clinic.members.admit(draft, morning)
    clock.set(dt.datetime(2026, 11, 5, 17, 0))
    clinic.members.discharge(member, D(2026, 11, 5), DischargeReason.COMPLETED)
    clock.set(dt.datetime(2026, 11, 23, 8, 30))
    return member, morning, evening


def members_page(window) -> MembersPage:
    window.show_section(window.page_titles().index("Members"))  # built on its first visit
    found = window.stack.currentWidget()
    assert isinstance(found, MembersPage)
    return found


def test_admit_dialog_asks_to_readmit_the_same_member(qtbot, window, clinic, discharged) -> None:
    member, _morning, evening = discharged
    page = members_page(window)
    window.show()
    qtbot.mouseClick(page.member_list.admit_button, OK)
    dialog = page.dialog
    assert isinstance(dialog, AdmitDialog)
    qtbot.keyClicks(dialog.full_name, "Avery Quillfeather")
    qtbot.keyClicks(dialog.chart_id, "mrn-7")
    dialog.admitted.setDate(QDate(2026, 11, 16))
    dialog.group.setCurrentIndex(dialog.group.findData(int(evening)))
    qtbot.mouseClick(dialog.ok_button, OK)
    # Before the fix: "already belongs to another member" and no way forward.
    assert dialog.isVisible()
    assert "Re-admit Avery Q. (chart MRN-7, discharged 2026-11-05)?" in dialog.message.text()
    assert dialog.ok_button.text() == "Re-admit"
    assert clinic.store.scalar("SELECT count(*) FROM member") == 1
    # Changing the chart id takes the offer back; typing it again brings it back.
    qtbot.keyClick(dialog.chart_id, Qt.Key.Key_Backspace)
    assert dialog.ok_button.text() == "Admit" and dialog.message.text() == ""
    qtbot.keyClicks(dialog.chart_id, "7")
    qtbot.mouseClick(dialog.ok_button, OK)
    assert dialog.ok_button.text() == "Re-admit"
    with qtbot.waitSignal(window.controller.changed):
        qtbot.mouseClick(dialog.ok_button, OK)
    assert not dialog.isVisible()
    assert clinic.store.scalar("SELECT count(*) FROM member") == 1
    m = clinic.members.get(member)
    assert m.status is MemberStatus.ACTIVE and m.admitted_on == D(2026, 11, 16)
    assert page.selected_id == member
    assert page.member_list.notice.text() == "Avery Q. was re-admitted: a new episode has started."
    first, last = formatting.date(D(2026, 11, 2)), formatting.date(D(2026, 11, 5))
    assert page.details.episodes_label.text() == f"{first} to {last} (Completed program)"
    assert page.details.history_model.rowCount() == 2


def test_a_different_name_is_pointed_out_before_readmitting(qtbot, window, discharged) -> None:
    page = members_page(window)
    page.open_admit()
    dialog = page.dialog
    qtbot.keyClicks(dialog.full_name, "Jordan Pellworth")
    qtbot.keyClicks(dialog.chart_id, "MRN-7")
    dialog.admitted.setDate(QDate(2026, 11, 16))
    qtbot.mouseClick(dialog.ok_button, OK)
    text = dialog.message.text()
    assert "Check first" in text and "Jordan Pellworth" in text and "Avery Quillfeather" in text


def test_typed_details_survive_a_reload(qtbot, window, clinic, discharged) -> None:
    _member, morning, _evening = discharged
    other, _, _ = clinic.members.admit(
        MemberDraft(
            "Quinn",
            "Quinn Larkspur",
            "MRN-9",
            Track.SUBSTANCE_USE,
            Phase.ENGAGEMENT,
            D(2026, 11, 16),
        ),
        morning,
    )
    page = members_page(window)
    window.show()
    page.reload()
    page.select_member(other)
    assert page.selected_id == other and not page.has_unsaved_details()
    page.details.f_note.setPlainText("Prefers the seat by the door; uses they/them.")
    page.details.f_preferred.setText("Q")
    # Put on hold reloads the page; before the fix the typed note was replaced from the database.
    with qtbot.waitSignal(window.controller.changed):
        qtbot.mouseClick(page.details.hold_button, OK)
    assert page.details.status_label.text() == "On hold"
    assert page.details.f_note.toPlainText() == "Prefers the seat by the door; uses they/them."
    assert page.details.f_preferred.text() == "Q"
    assert "not saved yet" in page.details.detail_message.text()
    qtbot.mouseClick(page.details.save_button, OK)
    assert page.details.detail_message.text() == "Saved." and not page.has_unsaved_details()
    saved = clinic.members.get(other)
    assert saved.facilitator_note.startswith("Prefers") and saved.preferred_name == "Q"


def test_import_preview_offers_readmission_unticked(qtbot, window, clinic, discharged, tmp_path):
    member, _morning, _evening = discharged
    path = tmp_path / "members.csv"
    path.write_text(
        "MRN,Last Name,First Name,Admit Date\r\n"
        "MRN-7,Quillfeather,Avery,11/16/2026\r\n"
        "DEMO-5,Brightwater,Jordan,11/16/2026\r\n",
        encoding="utf-8",
    )
    page = members_page(window)
    page.open_import()
    dialog = page.dialog
    assert isinstance(dialog, MemberImportDialog)
    dialog.load_path(path)
    model = dialog.preview_model
    assert [r.status for r in model.rows] == [RowStatus.READMIT, RowStatus.NEW]
    assert model.ticked == {3}
    assert "could be re-admitted" in dialog.summary.text()
    index = model.index(0, 0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(window.controller.changed):
        qtbot.mouseClick(dialog.import_button, OK)
    assert dialog.outcome is not None and dialog.outcome[0].readmitted == 1
    assert "1 of them re-admitted" in dialog.done_text()
    assert clinic.members.get(member).status is MemberStatus.ACTIVE
    assert clinic.store.scalar("SELECT count(*) FROM member") == 2
