"""The Security part of the Settings page: auto-lock, date of birth on exports, and the doors to
facilitator profiles, the passphrase and the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from iop_facilitator.domain.changes import Changes
from iop_facilitator.services.settings import SPEC_BY_KEY
from iop_facilitator.ui.audit_view import AuditDialog
from iop_facilitator.ui.autolock import LOCK_SHORTCUT
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.security_dialogs import (
    ChangePassphraseDialog,
    FacilitatorChooserDialog,
    FacilitatorsDialog,
)


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    return button


class SecuritySettings(QGroupBox):
    """Settings > Security and privacy. Dialogs open modal; results arrive through `changed`."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Security and privacy"))
        self.controller = controller
        spec = SPEC_BY_KEY["auto_lock_minutes"]
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(spec.minimum or 1, spec.maximum or 240)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setAccessibleName(self.tr("Lock after idle minutes"))
        self.dob = QCheckBox(self.tr("Include date of birth on exported notes"))
        self.dob.setAccessibleName(self.tr("Include date of birth on exports"))
        self.dob.setToolTip(self.tr("Off by default: exports carry the minimum necessary."))
        self.save_button = _button(self.tr("Save"), self.tr("Save security settings"))
        self.profiles_button = _button(
            self.tr("Facilitator profiles…"), self.tr("Facilitator profiles")
        )
        self.switch_button = _button(self.tr("Switch facilitator…"), self.tr("Switch facilitator"))
        self.passphrase_button = _button(
            self.tr("Change passphrase…"), self.tr("Change passphrase")
        )
        self.audit_button = _button(self.tr("Audit trail…"), self.tr("Audit trail"))
        hint = QLabel(
            self.tr("Lock now at any time with {shortcut}.").format(shortcut=LOCK_SHORTCUT)
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.auto_lock)
        row.addStretch(1)
        doors = QGridLayout()
        for index, button in enumerate(
            (self.profiles_button, self.switch_button, self.passphrase_button, self.audit_button)
        ):
            doors.addWidget(button, index // 2, index % 2)
        doors.setColumnStretch(2, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Lock after idle:"), row)
        form.addRow("", hint)
        form.addRow(self.tr("Exports:"), self.dob)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addRow("", save_row)
        form.addRow(self.tr("Manage:"), doors)
        self.save_button.clicked.connect(self.save)
        self.profiles_button.clicked.connect(lambda: FacilitatorsDialog(controller, self).exec())
        self.switch_button.clicked.connect(self.switch_facilitator)
        self.passphrase_button.clicked.connect(
            lambda: ChangePassphraseDialog(controller, self).exec()
        )
        self.audit_button.clicked.connect(lambda: AuditDialog(controller, self).exec())
        self.passphrase_button.setEnabled(controller.clinic.store.encrypted)
        self.reload()

    def reload(self) -> None:
        settings = self.controller.clinic.settings
        self.auto_lock.setValue(settings.get("auto_lock_minutes"))
        self.dob.setChecked(settings.get("export_date_of_birth"))

    def save(self) -> None:
        settings = self.controller.clinic.settings
        self.controller.run(
            self,
            lambda: settings.update(
                {
                    "auto_lock_minutes": self.auto_lock.value(),
                    "export_date_of_birth": self.dob.isChecked(),
                }
            ),
        )

    def switch_facilitator(self) -> None:
        dialog = FacilitatorChooserDialog(self.controller.clinic, self)
        if dialog.exec() == FacilitatorChooserDialog.DialogCode.Accepted:
            self.controller.changed.emit(Changes(facilitators=True, audit=True))

    def on_changes(self, changes: Changes) -> None:
        if changes.settings:
            self.reload()
