"""The main window: navigation on the left, one page at a time on the right.

Pages are built on their first visit (or when something asks for one with `page()`): until then
a section holds a placeholder and a factory, so the start shows Today without building the
seven other pages. A page that does not exist yet has nothing to save or reload.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from iop_facilitator import APP_NAME
from iop_facilitator.domain.changes import Changes
from iop_facilitator.ui import theme
from iop_facilitator.ui.a11y import describe_shortcut, move_to_end
from iop_facilitator.ui.autolock import WindowLock
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP
from iop_facilitator.ui.pages import EmptyStatePage, Page

if TYPE_CHECKING:
    from iop_facilitator.ui.shortcuts_dialog import ShortcutsDialog

# (title, empty-state message) for the sections later work fills in. Titles are the pages' English
# keys (pages.PAGE_TITLES translates them); messages are translated when the page is built.
_MW = "MainWindow"
SECTIONS: list[tuple[str, str]] = [
    (
        "Today",
        QT_TRANSLATE_NOOP(
            "MainWindow", "No groups yet: add one in Groups, then today's sessions appear here."
        ),
    ),
    (
        "Session",
        QT_TRANSLATE_NOOP("MainWindow", "No session running. Start one from Today or Groups."),
    ),
    (
        "Notes",
        QT_TRANSLATE_NOOP(
            "MainWindow", "No notes to write yet. After a session ends, its notes appear here."
        ),
    ),
    (
        "Members",
        QT_TRANSLATE_NOOP("MainWindow", "No members yet. Admit members here once groups exist."),
    ),
    (
        "Groups",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "No groups yet: a group has a name, meeting days, a start time and a room.",
        ),
    ),
    (
        "Curriculum",
        QT_TRANSLATE_NOOP(
            "MainWindow", "The curriculum library lists the topics you can run a session from."
        ),
    ),
    ("Reports", QT_TRANSLATE_NOOP("MainWindow", "Reports appear once sessions have been held.")),
]


class MainWindow(QMainWindow):
    # Set after construction, by application.install_accessibility and install_help_menu.
    theme_follower: theme.ThemeFollower
    start_session_action: QAction
    shortcuts_action: QAction
    shortcuts_dialog: ShortcutsDialog | None

    def __init__(self, controller: Controller, state: QSettings, *, demo: bool = False) -> None:
        super().__init__()
        self.controller = controller
        self.state = state
        clinic = controller.clinic
        clinic_name = clinic.settings.get("clinic_name")
        self.setWindowTitle(f"{APP_NAME} - {clinic_name}" if clinic_name else APP_NAME)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setAccessibleDescription(
            self.tr("Choose a section; Ctrl+1 to Ctrl+8 jump directly.")
        )
        # Entries large enough to hit and read: a bigger font and padding, scaled with the font.
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.nav.setFont(font)
        self.nav.setStyleSheet("QListWidget::item { padding: 0.45em 0.6em; }")
        self.nav.setFixedWidth(max(180, self.nav.fontMetrics().horizontalAdvance("M" * 14)))
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        # Sections whose page is built on first visit, and what to do once each is built.
        self.factories: dict[str, Callable[[], Page]] = {}
        self.built_hooks: dict[str, list[Callable[[Page], None]]] = {}
        for title, message in SECTIONS:
            text = QCoreApplication.translate(_MW, message)
            self.add_page(EmptyStatePage(controller, title, text))
        self.add_page(EmptyStatePage(controller, "Settings", ""))
        self.set_page_factory("Settings", lambda: _settings_page(controller))
        self.set_page_factory("Curriculum", lambda: _curriculum_page(controller))
        self.set_page_factory("Members", lambda: _members_page(controller))
        self.set_page_factory("Groups", lambda: _groups_page(controller))
        self.nav.currentRowChanged.connect(self._section_chosen)
        self.nav.setCurrentRow(0)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        for index in range(min(9, len(self.pages))):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_section(i))
            page_title = self.pages[index].title
            describe_shortcut(shortcut, self.tr("Go to {page}").format(page=page_title))
        self.facilitator_label = QLabel()
        self.facilitator_label.setAccessibleName(self.tr("Signed in as"))
        self.statusBar().addPermanentWidget(self.facilitator_label)
        if demo:
            badge = QLabel(self.tr("DEMO CLINIC: fictional data"))
            badge.setAccessibleName(self.tr("Demo clinic: fictional data"))
            theme.tone(badge, "warning", bold=True)
            self.statusBar().addWidget(badge)
        self.lock = WindowLock(self, controller)
        controller.changed.connect(self.on_changes)
        self._show_facilitator()
        self._restore_geometry()
        self.status_bar_last()

    def add_page(self, page: Page) -> None:
        self.pages.append(page)
        self.stack.addWidget(page)
        item = QListWidgetItem(page.display_title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, page.display_title)
        self.nav.addItem(item)

    def set_page_factory(self, title: str, factory: Callable[[], Page]) -> None:
        """Build section `title` with `factory` on its first visit (now, if it is on screen)."""
        self.factories[title] = factory
        if self.stack.currentWidget() is self.pages[self.page_titles().index(title)]:
            self.page(title)

    def when_built(self, title: str, hook: Callable[[Page], None]) -> None:
        """Call `hook(page)` once section `title`'s page exists (now, if it already does)."""
        if title in self.factories:
            self.built_hooks.setdefault(title, []).append(hook)
        else:
            hook(self.page(title))

    def build_all_pages(self) -> None:
        """Build every page not yet visited (e.g. to list every page's shortcuts)."""
        for title in self.page_titles():
            self.page(title)

    def replace_page(self, title: str, page: Page) -> None:
        """Put a real page where an empty-state page (or a page not yet built) stood."""
        self.factories.pop(title, None)
        index = next(i for i, p in enumerate(self.pages) if p.title == title)
        old = self.pages[index]
        shown = self.stack.currentWidget() is old
        self.pages[index] = page
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        if shown:
            self.stack.setCurrentIndex(index)  # the new page stands where the old one was shown

    def page(self, title: str) -> Page:
        """Section `title`'s page, built first if it was not yet."""
        factory = self.factories.get(title)
        if factory is not None:
            built = factory()  # if it fails, the section stays unbuilt and is tried again
            self.replace_page(title, built)  # forgets the factory
            for hook in self.built_hooks.pop(title, []):
                hook(built)
        return next(p for p in self.pages if p.title == title)

    def _section_chosen(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.page(self.pages[row].title)  # built on its first visit
        self.stack.setCurrentIndex(row)
        self.status_bar_last()

    def open_session(self, session_id: int) -> None:
        """Show a running session on the Session page."""
        page = self.page("Session")
        page.open_session(session_id)  # type: ignore[attr-defined]
        self.show_section(self.pages.index(page))

    def open_notes(self, session_id: int) -> None:
        """Show a session's notes (right after it ended)."""
        page = self.page("Notes")
        page.open_session(session_id)  # type: ignore[attr-defined]
        self.show_section(self.pages.index(page))

    def flush(self) -> bool:
        """Save every page's unsaved text (before closing or locking).

        Every page is asked, even after one fails: one page's failure must not leave another's
        text unsaved."""
        saved = [getattr(p, "flush", lambda: True)() for p in self.pages]
        return all(saved)

    def status_bar_last(self) -> None:
        """Tab reaches the status bar (Lock) after the page, whose widgets may be built later."""
        move_to_end(self, *(w for w in self.statusBar().findChildren(QPushButton)))

    def show_section(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def page_titles(self) -> list[str]:
        return [p.title for p in self.pages]

    def on_changes(self, changes: Changes) -> None:
        for page in self.pages:
            page.on_changes(changes)
        self.lock.on_changes(changes)
        if changes.facilitators:
            self._show_facilitator()

    def _show_facilitator(self) -> None:
        active = self.controller.clinic.facilitators.active
        self.facilitator_label.setText(
            self.tr("Facilitator: {name}").format(name=active.display)
            if active
            else self.tr("No facilitator chosen")
        )

    def _restore_geometry(self) -> None:
        geometry = self.state.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self.state.setValue("main_window/geometry", self.saveGeometry())
        self.state.sync()
        super().closeEvent(event)


# The pages MainWindow builds itself, imported when first visited (not at start).
def _settings_page(controller: Controller) -> Page:
    from iop_facilitator.ui.settings_page import SettingsPage

    return SettingsPage(controller)


def _curriculum_page(controller: Controller) -> Page:
    from iop_facilitator.ui.curriculum_page import CurriculumPage

    return CurriculumPage(controller)


def _members_page(controller: Controller) -> Page:
    from iop_facilitator.ui.members.page import MembersPage

    return MembersPage(controller)


def _groups_page(controller: Controller) -> Page:
    from iop_facilitator.ui.groups_page import GroupsPage

    return GroupsPage(controller)
