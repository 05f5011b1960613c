"""The Settings page: facts about this installation, program settings, note formats, security
and backups. It scrolls, so it fits a small laptop screen (1366 x 768 at 125%)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator import __version__
from iop_facilitator.domain.changes import Changes
from iop_facilitator.ui.backups_panel import BackupsPanel
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.note_formats_dialog import NoteFormatsDialog
from iop_facilitator.ui.pages import Page, heading
from iop_facilitator.ui.program_settings import ProgramSettings
from iop_facilitator.ui.security_settings import SecuritySettings


class SettingsPage(Page):
    """Program settings and facts about this installation."""

    title = "Settings"

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setAccessibleName(self.tr("Settings"))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(heading(self.tr("Settings")))
        frame = QFrame()
        self.form = QFormLayout(frame)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.clinic_label = QLabel()
        self.program_label = QLabel()
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long path must not set the window's minimum width (it did past ~800 px): the label
        # may be cut off; the full path stays selectable and is in the tooltip.
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.encryption_label = QLabel()
        for label, name in (
            (self.clinic_label, self.tr("Clinic name")),
            (self.program_label, self.tr("Program")),
            (self.folder_label, self.tr("Data folder")),
            (self.encryption_label, self.tr("Encryption")),
        ):
            label.setAccessibleName(name)
            self.form.addRow(self.tr("{name}:").format(name=name), label)
        version = QLabel(__version__)
        version.setAccessibleName(self.tr("Version"))
        self.form.addRow(self.tr("Version:"), version)
        layout.addWidget(frame)
        self.program = ProgramSettings(controller)
        self.program.formats_requested.connect(self.open_formats)
        layout.addWidget(self.program)
        self.security = SecuritySettings(controller)
        layout.addWidget(self.security)
        self.backups = BackupsPanel(controller)
        self.backups.setMinimumHeight(260)
        layout.addWidget(self.backups)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setWidget(content)
        self.scroll_area.setAccessibleName(self.tr("Settings"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.reload()

    def reload(self) -> None:
        clinic = self.controller.clinic
        values = clinic.settings.all()
        self.clinic_label.setText(values["clinic_name"] or self.tr("(not set)"))
        self.program_label.setText(values["program_name"])
        self.folder_label.setText(str(clinic.paths.root))
        self.folder_label.setToolTip(str(clinic.paths.root))
        self.encryption_label.setText(
            self.tr("On: the database file is encrypted (SQLCipher)")
            if clinic.store.encrypted
            else self.tr("Off (benchmark mode)")
        )

    def open_formats(self) -> NoteFormatsDialog:
        dialog = NoteFormatsDialog(self.controller, self)
        dialog.open()
        return dialog

    def flush(self) -> bool:
        """Typed settings are not saved behind the user's back; they stay in the form."""
        return True

    def on_changes(self, changes: Changes) -> None:
        self.security.on_changes(changes)
        self.program.on_changes(changes)
        if changes.settings:
            self.reload()
            self.backups.reload()
