"""Auto-lock, facilitator chooser and profiles, change passphrase and the audit viewer, driven
through the real widgets with an injected clock (no sleeping)."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qt_compat import qt_api

from iop_facilitator.app import Bootstrap
from iop_facilitator.clock import ManualClock
from iop_facilitator.services.clinic import create_clinic
from iop_facilitator.storage import Passphrase, open_database
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.audit_view import AuditDialog, AuditTableModel
from iop_facilitator.ui.pages import EmptyStatePage
from iop_facilitator.ui.security_dialogs import (
    ChangePassphraseDialog,
    FacilitatorChooserDialog,
    FacilitatorsDialog,
)

OLD = "kettle river blue mango"
NEW = "lantern orchard quiet seven"
SECRET_TEXT = "ZEPHYRINE-UNSAVED-DRAFT"


class DraftPage(EmptyStatePage):
    """A page with an editor that keeps unsaved text until `flush`."""

    def __init__(self, controller) -> None:
        super().__init__(controller, "Notes", "draft page")
        self.editor = QLineEdit(self)
        self.editor.setAccessibleName("Draft")
        self.layout().addWidget(self.editor)
        self.flushed: list[str] = []

    def flush(self) -> None:
        self.flushed.append(self.editor.text())


@pytest.fixture
def window(qtbot, clinic, data_paths):
    w = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(w)
    w.lock._delay_ms = lambda failures: 0
    w.show()
    return w


def visible_texts(root: QWidget) -> list[str]:
    found = []
    for child in root.findChildren(QWidget):
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QLineEdit):
            found.append(child.text())
    return found


def test_auto_lock_hides_content_after_idle_minutes_and_returns_to_the_same_page(
    qtbot, window, clinic, clock: ManualClock
) -> None:
    fac = clinic.ctx.actor_id
    clinic.facilitators.set_pin(fac, "4821")
    clinic.settings.update({"auto_lock_minutes": 5})
    window.on_changes(clinic.settings.update({"auto_lock_minutes": 5}))
    draft = DraftPage(window.controller)
    window.replace_page("Notes", draft)
    window.show_section(2)
    qtbot.keyClicks(draft.editor, SECRET_TEXT)
    watcher = window.lock.watcher
    clock.advance(minutes=4)
    qtbot.keyClick(draft.editor, Qt.Key.Key_End)  # input resets the idle time
    clock.advance(minutes=4, seconds=59)
    watcher.timer.timeout.emit()
    assert not window.lock.locked
    clock.advance(seconds=1)
    with qtbot.waitSignal(window.lock.lock_changed) as signal:
        watcher.timer.timeout.emit()
    assert signal.args == [True]
    # Unsaved text was handed to the page first; the content is out of the window, not covered.
    assert draft.flushed == [SECRET_TEXT]
    assert window.centralWidget() is window.lock.screen
    assert not draft.isVisible() and draft.window() is not window
    assert all(SECRET_TEXT not in text for text in visible_texts(window))
    assert "Locked by Fac Testwell, LADC" in window.lock.screen.who.text()
    assert window.grab().toImage().width() > 0
    # A wrong PIN is refused; the right one unlocks onto the same page with the draft intact.
    screen = window.lock.screen
    qtbot.keyClicks(screen.secret, "1111")
    qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert window.lock.locked and "attempt 1" in screen.message.text()
    with qtbot.waitSignal(window.lock.lock_changed) as signal:
        qtbot.keyClicks(screen.secret, "4821")
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert signal.args == [False]
    assert window.stack.currentWidget() is draft and draft.isVisible()
    assert draft.editor.text() == SECRET_TEXT
    actions = [
        r["action"] for r in clinic.store.query("SELECT action FROM audit_event ORDER BY id")
    ]
    assert actions[-3:] == ["lock", "failed_unlock", "unlock"]


def test_lock_now_with_ctrl_l_and_unlock_with_the_passphrase(qtbot, data_paths, clock) -> None:
    clinic = create_clinic(
        data_paths, Passphrase(OLD), clinic_name="C", facilitator_name="Fac Testwell", clock=clock
    )
    w = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.show_section(7)
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.lock.locked and w.lock.screen.secret.accessibleName() == "Passphrase"  # no PIN set
    assert not w.lock.try_unlock("wrong passphrase here")
    assert not w.lock.try_unlock("1234")
    assert w.lock.try_unlock(OLD)
    assert w.stack.currentIndex() == 7 and w.centralWidget().isVisible()
    clinic.close()


def test_too_many_wrong_pins_leave_only_the_passphrase(qtbot, window, clinic) -> None:
    clinic.facilitators.set_pin(clinic.ctx.actor_id, "4821")
    window.lock.lock("manual")
    for _ in range(5):
        assert not window.lock.try_unlock("9999")
    assert not window.lock.try_unlock("4821")  # PIN no longer accepted
    qtbot.mouseClick(window.lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert "use the clinic passphrase" in window.lock.screen.message.text()
    assert window.lock.locked


def test_lock_closes_open_dialogs(qtbot, window) -> None:
    dialog = ChangePassphraseDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, "typed")
    window.lock.lock("manual")
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_chooser_asks_who_is_facilitating_and_checks_the_pin(
    qtbot, clinic, data_paths, clock
) -> None:
    other, _ = clinic.facilitators.create("Co Helper", "CADC", pin="2468")
    clinic.ctx.actor_id = None
    dialog = FacilitatorChooserDialog(clinic)
    qtbot.addWidget(dialog)
    names = [dialog.profiles.item(i).text() for i in range(dialog.profiles.count())]
    assert names == ["Co Helper, CADC  (PIN)", "Fac Testwell, LADC"]
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert "not Co Helper's PIN" in dialog.message.text() and clinic.ctx.actor_id is None
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and clinic.ctx.actor_id == other
    window = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(window)
    assert window.facilitator_label.text() == "Facilitator: Co Helper, CADC"


def test_profiles_dialog_creates_and_edits_with_pin(qtbot, window, clinic) -> None:
    dialog = FacilitatorsDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.profiles.setCurrentRow(dialog.profiles.count() - 1)  # "+ New profile"
    qtbot.keyClicks(dialog.name, "Nova Peerworker")
    qtbot.keyClicks(dialog.credentials, "CPRS")
    qtbot.keyClicks(dialog.new_pin, "3579")
    qtbot.keyClicks(dialog.confirm_pin, "3579")
    with qtbot.waitSignal(window.controller.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    created = next(f for f in clinic.facilitators.list() if f.name == "Nova Peerworker")
    assert created.has_pin and clinic.facilitators.check_pin(created.id, "3579")
    assert dialog.pin_status.text() == "Set"
    dialog.name.setText("Nova Peer-Worker")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert clinic.facilitators.get(created.id).name == "Nova Peer-Worker"
    dialog.new_pin.setText("1234")
    dialog.confirm_pin.setText("4321")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.message.text()


def test_change_passphrase_dialog(qtbot, data_paths, clock) -> None:
    clinic = create_clinic(
        data_paths, Passphrase(OLD), clinic_name="C", facilitator_name="Fac Testwell", clock=clock
    )
    w = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(w)
    dialog = ChangePassphraseDialog(w.controller, w)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.current, "not it at all")
    qtbot.keyClicks(dialog.new, NEW)
    assert "Strong" in dialog.strength.text()
    qtbot.keyClicks(dialog.confirm, NEW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "not right" in dialog.message.text()
    dialog.current.setText(OLD)
    with qtbot.waitSignal(w.controller.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    path = clinic.store.path
    clinic.close()
    open_database(path, Passphrase(NEW)).close()


def test_audit_model_passes_the_model_tester(qtmodeltester, clinic) -> None:
    clinic.settings.update({"clinic_name": "X"})
    model = AuditTableModel()
    model.set_events(clinic.audit.events())
    qtmodeltester.check(model)
    assert model.rowCount() >= 3


def test_audit_viewer_filters_and_exports(
    qtbot, qtmodeltester, window, clinic, clock, tmp_path
) -> None:
    clock.advance(days=2)
    clinic.settings.update({"clinic_name": "Renamed"})
    clinic.security.record_lock("manual")
    target = tmp_path / "audit.csv"
    dialog = AuditDialog(window.controller, window, choose_path=lambda parent: str(target))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.proxy)
    total = dialog.model.rowCount()
    assert dialog.proxy.rowCount() == total
    dialog.action.setCurrentIndex(dialog.action.findData("settings_change"))
    assert dialog.proxy.rowCount() == 2  # the clinic's name at creation, then the rename
    assert {dialog.proxy.index(r, 2).data() for r in range(2)} == {"settings change"}
    dialog.action.setCurrentIndex(0)
    dialog.start.setDate(dialog.end.date())  # only today: two days after the clinic was created
    shown = {dialog.proxy.index(r, 2).data() for r in range(dialog.proxy.rowCount())}
    assert shown == {"settings change", "lock"}
    assert dialog.count_label.text() == f"2 of {total} events"
    with qtbot.waitSignal(window.controller.changed):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8", newline="") as handle:
        assert {r["action"] for r in csv.DictReader(handle)} == {"settings_change", "lock"}
    assert qt_api is not None
