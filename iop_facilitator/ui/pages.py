"""Pages of the main window. Each page reloads itself from `on_changes`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from iop_facilitator.domain.changes import Changes
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP

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

    def flush(self) -> bool:
        """Save any text typed but not yet saved, now. Called before the window locks or closes.
        True when everything is saved.

        Pages with editors override this (e.g. stop a debounce timer and save at once); it must
        not show dialogs (the window may be locking because nobody is there).
        """
        return True


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

    def __init__(
        self, controller: Controller, title: str, message: str, parent: QWidget | None = None
    ) -> None:
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


def __getattr__(name: str) -> object:
    """`pages.SettingsPage` still works; the page now lives in `settings_page`."""
    if name == "SettingsPage":
        from iop_facilitator.ui.settings_page import SettingsPage

        return SettingsPage
    raise AttributeError(name)
