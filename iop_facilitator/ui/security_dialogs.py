"""Dialogs for who is facilitating and for the passphrase: chooser, profiles, change passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator import APP_NAME
from iop_facilitator.domain import passphrase as passphrase_rules
from iop_facilitator.domain.ids import FacilitatorId
from iop_facilitator.errors import UserFacingError
from iop_facilitator.services.clinic import Clinic
from iop_facilitator.storage import Passphrase
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.dialog_parts import message_label, ok_cancel_buttons
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP
from iop_facilitator.ui.messages import explain, localized


def _secret_field(name: str, width: int = 320) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setMinimumWidth(width)
    return field


class FacilitatorChooserDialog(QDialog):
    """Asks who is facilitating when the clinic has more than one profile (PIN if it has one)."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clinic = clinic
        self.setWindowTitle(self.tr("{app}: who is facilitating?").format(app=APP_NAME))
        intro = QLabel(
            self.tr(
                "<b>Who is facilitating?</b><br>Every change and signature is recorded under "
                "this name."
            )
        )
        intro.setWordWrap(True)
        self.profiles = QListWidget()
        self.profiles.setAccessibleName(self.tr("Facilitators"))
        for f in clinic.facilitators.list():
            text = self.tr("{name}  (PIN)") if f.has_pin else "{name}"
            item = QListWidgetItem(text.format(name=f.display))
            item.setData(Qt.ItemDataRole.UserRole, int(f.id))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f.display)
            self.profiles.addItem(item)
        self.pin = _secret_field(self.tr("PIN"), 160)
        self.pin.setMaxLength(8)
        self.message = message_label()
        form = QFormLayout()
        form.addRow(self.tr("PIN:"), self.pin)
        buttons, self.ok_button = ok_cancel_buttons(self.tr("Continue"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.profiles)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.profiles.currentRowChanged.connect(self._selected)
        self.profiles.itemDoubleClicked.connect(lambda _item: self._accept())
        self.profiles.setCurrentRow(0)
        self.pin.returnPressed.connect(self._accept)

    def selected_id(self) -> FacilitatorId | None:
        item = self.profiles.currentItem()
        return FacilitatorId(int(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def _selected(self, _row: int) -> None:
        chosen = self.selected_id()
        has_pin = chosen is not None and self.clinic.facilitators.get(chosen).has_pin
        self.pin.setEnabled(has_pin)
        self.pin.clear()
        self.message.setText(
            "" if has_pin else self.tr("This profile has no PIN yet: set one in Settings.")
        )

    def _accept(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            self.message.setText(self.tr("Choose your name in the list."))
            return
        try:
            self.clinic.facilitators.set_active(chosen, self.pin.text() or None)
        except UserFacingError as exc:
            self.message.setText(explain(exc))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.accept()


class ChangePassphraseDialog(QDialog):
    """Settings > Change passphrase: current, new (with a strength hint), new again."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Change passphrase"))
        intro = QLabel(
            self.tr(
                "The database is re-encrypted with the new passphrase. Until it is done the old "
                "passphrase keeps working, so nothing is lost if the computer stops half-way. "
                "Backups made before today still need the passphrase that was in use then."
            )
        )
        intro.setWordWrap(True)
        self.current = _secret_field(self.tr("Current passphrase"))
        self.new = _secret_field(self.tr("New passphrase"))
        self.confirm = _secret_field(self.tr("New passphrase again"))
        self.strength = QLabel(localized(passphrase_rules.assess("").hint))
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.message = message_label()
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow(self.tr("New passphrase:"), self.new)
        form.addRow("", self.strength)
        form.addRow(self.tr("New passphrase again:"), self.confirm)
        buttons, self.ok_button = ok_cancel_buttons(self.tr("Change passphrase"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.new.textChanged.connect(
            lambda t: self.strength.setText(localized(passphrase_rules.assess(t).hint))
        )

    def _accept(self) -> None:
        security = self.controller.clinic.security
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            changes = security.change_passphrase(
                Passphrase(self.current.text()), Passphrase(self.new.text()), self.confirm.text()
            )
        except UserFacingError as exc:
            self.message.setText(explain(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.controller.changed.emit(changes)
        self.accept()


class FacilitatorsDialog(QDialog):
    """Settings > Facilitator profiles: add and edit profiles, set or change a PIN."""

    NEW_ROW_TEXT = QT_TRANSLATE_NOOP("FacilitatorsDialog", "+ New profile")

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Facilitator profiles"))
        self.profiles = QListWidget()
        self.profiles.setAccessibleName(self.tr("Facilitator profiles"))
        self.profiles.setMinimumWidth(220)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.credentials = QLineEdit()
        self.credentials.setAccessibleName(self.tr("Credentials"))
        self.credentials.setPlaceholderText(self.tr("e.g. LADC, CADC, LPC, LCSW"))
        self.current_pin = _secret_field(self.tr("Current PIN"), 160)
        self.new_pin = _secret_field(self.tr("New PIN"), 160)
        self.confirm_pin = _secret_field(self.tr("New PIN again"), 160)
        for field in (self.current_pin, self.new_pin, self.confirm_pin):
            field.setMaxLength(8)
        self.pin_status = QLabel()
        self.pin_status.setAccessibleName(self.tr("PIN status"))
        self.message = message_label()
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.setAccessibleName(self.tr("Save profile"))
        self.clear_pin_button = QPushButton(self.tr("Remove PIN"))
        self.clear_pin_button.setAccessibleName(self.tr("Remove PIN"))
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Credentials:"), self.credentials)
        form.addRow(self.tr("PIN:"), self.pin_status)
        form.addRow(self.tr("Current PIN:"), self.current_pin)
        form.addRow(self.tr("New PIN (4-8 digits):"), self.new_pin)
        form.addRow(self.tr("New PIN again:"), self.confirm_pin)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.clear_pin_button)
        row.addStretch(1)
        row.addWidget(close)
        right.addLayout(row)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.profiles)
        layout.addLayout(right, 1)
        self.profiles.currentRowChanged.connect(self._show)
        self.save_button.clicked.connect(self._save)
        self.clear_pin_button.clicked.connect(self._clear_pin)
        self.reload()

    def reload(self, select: FacilitatorId | None = None) -> None:
        self.profiles.blockSignals(True)
        self.profiles.clear()
        row = 0
        for index, f in enumerate(self.controller.clinic.facilitators.list()):
            item = QListWidgetItem(f.display)
            item.setData(Qt.ItemDataRole.UserRole, int(f.id))
            self.profiles.addItem(item)
            if select is not None and f.id == select:
                row = index
        new = QListWidgetItem(self.tr(self.NEW_ROW_TEXT))
        new.setData(Qt.ItemDataRole.UserRole, 0)
        new.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("New profile"))
        self.profiles.addItem(new)
        self.profiles.blockSignals(False)
        self.profiles.setCurrentRow(row)
        self._show(row)

    def selected_id(self) -> FacilitatorId | None:
        item = self.profiles.currentItem()
        value = int(item.data(Qt.ItemDataRole.UserRole)) if item else 0
        return FacilitatorId(value) if value else None

    def _show(self, _row: int) -> None:
        chosen = self.selected_id()
        profile = self.controller.clinic.facilitators.get(chosen) if chosen else None
        self.name.setText(profile.name if profile else "")
        self.credentials.setText(profile.credentials if profile else "")
        for field in (self.current_pin, self.new_pin, self.confirm_pin):
            field.clear()
        has_pin = bool(profile and profile.has_pin)
        self.current_pin.setEnabled(has_pin)
        self.clear_pin_button.setEnabled(has_pin)
        self.pin_status.setText(
            self.tr("Set") if has_pin else self.tr("Not set (needed for quick unlock)")
        )
        self.message.clear()

    def _save(self) -> None:
        new_pin, confirm = self.new_pin.text(), self.confirm_pin.text()
        if new_pin != confirm:
            self.message.setText(self.tr("The two new PINs are not the same. Type them again."))
            return
        service = self.controller.clinic.facilitators
        chosen = self.selected_id()
        if chosen is None:
            result = self.controller.run(
                self,
                lambda: service.create(self.name.text(), self.credentials.text(), new_pin or None),
            )
            if result is None:
                return
            chosen = result[0]
        else:
            target = chosen
            if (
                self.controller.run(
                    self, lambda: service.update(target, self.name.text(), self.credentials.text())
                )
                is None
            ):
                return
            if (
                new_pin
                and self.controller.run(
                    self, lambda: service.set_pin(target, new_pin, self.current_pin.text())
                )
                is None
            ):
                return
        self.reload(select=chosen)
        self.message.setText(self.tr("Saved."))

    def _clear_pin(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        service = self.controller.clinic.facilitators
        if self.controller.run(self, lambda: service.clear_pin(chosen)) is not None:
            self.reload(select=chosen)
            self.message.setText(self.tr("PIN removed."))
