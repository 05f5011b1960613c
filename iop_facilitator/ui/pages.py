"""Pages of the main window. Each page reloads itself from `on_changes`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from iop_facilitator import __version__
from iop_facilitator.domain.changes import Changes
from iop_facilitator.ui.backups_panel import BackupsPanel
from iop_facilitator.ui.controller import Controller

# The sections' titles. `Page.title` stays English (it is the key `MainWindow.page` looks pages
# up by); screens show `display_title`, its translation.
PAGE_TITLES = (
    QT_TRANSLATE_NOOP("Page", "Today"),
    QT_TRANSLATE_NOOP("Page", "Session"),
    QT_TRANSLATE_NOOP("Page", "Notes"),
    QT_TRANSLATE_NOOP("Page", "Members"),
    QT_TRANSLATE_NOOP("Page", "Groups"),
    QT_TRANSLATE_NOOP("Page", "Curriculum"),
    QT_TRANSLATE_NOOP("Page", "Reports"),
    QT_TRANSLATE_NOOP("Page", "Settings"),
)


def page_title(title: str) -> str:
    """A section title in the UI's language."""
    return QCoreApplication.translate("Page", title) if title in PAGE_TITLES else title


class Page(QWidget):
    """A section of the app. Subclasses reload what `changes` names."""

    title = ""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAccessibleName(self.display_title)

    @property
    def display_title(self) -> str:
        return page_title(self.title)

    def on_changes(self, changes: Changes) -> None:
        """Reload what `changes` names; the default page shows nothing that can change."""

    def flush(self) -> None:
        """Save any text typed but not yet saved, now. Called before the window locks or closes.

        Pages with editors override this (e.g. stop a debounce timer and save at once); it must
        not show dialogs (the window may be locking because nobody is there).
        """


def heading(text: str) -> QLabel:
    text = page_title(text)  # a section's English title becomes its translation
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


class EmptyStatePage(Page):
    """An honest placeholder: what the section is for and how to get something into it."""

    def __init__(self, controller: Controller, title: str, message: str, parent: QWidget | None = None) -> None:
        self.title = title
        super().__init__(controller, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(heading(title))
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(f"{page_title(title)}: {message}")
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message)
        layout.addStretch(1)


class SettingsPage(Page):
    """Program settings and facts about this installation."""

    title = "Settings"

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(heading(self.title))
        frame = QFrame()
        self.form = QFormLayout(frame)
        self.clinic_label = QLabel()
        self.program_label = QLabel()
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long path must not set the window's minimum width (it did past ~800 px): the label
        # may be cut off; the full path stays selectable and is in the tooltip.
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.encryption_label = QLabel()
        for label, name in (
            (self.clinic_label, "Clinic name"),
            (self.program_label, "Program"),
            (self.folder_label, "Data folder"),
            (self.encryption_label, "Encryption"),
        ):
            label.setAccessibleName(name)
            self.form.addRow(f"{name}:", label)
        self.form.addRow("Version:", QLabel(__version__))
        layout.addWidget(frame)
        from iop_facilitator.ui.security_settings import SecuritySettings

        self.security = SecuritySettings(controller)
        layout.addWidget(self.security)
        self.backups = BackupsPanel(controller)
        layout.addWidget(self.backups, 1)
        self.reload()

    def reload(self) -> None:
        clinic = self.controller.clinic
        values = clinic.settings.all()
        self.clinic_label.setText(values["clinic_name"] or "(not set)")
        self.program_label.setText(values["program_name"])
        self.folder_label.setText(str(clinic.paths.root))
        self.folder_label.setToolTip(str(clinic.paths.root))
        self.encryption_label.setText(
            "On: the database file is encrypted (SQLCipher)" if clinic.store.encrypted
            else "Off (benchmark mode)"
        )

    def on_changes(self, changes: Changes) -> None:
        self.security.on_changes(changes)
        if changes.settings:
            self.reload()
            self.backups.reload()
