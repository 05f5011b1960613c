"""Keyboard shortcuts (F1 or Ctrl+/): generated from the shortcuts the window really has.

Nothing here is a hand-written list: every QAction with a shortcut and every QShortcut under the
main window is listed with its description (an action's text, a shortcut's whatsThis) and its
keys in the platform's own notation, grouped by the screen where it works.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iop_facilitator.ui.a11y import name
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from iop_facilitator.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


@dataclass(frozen=True)
class ShortcutEntry:
    scope: str  # "Everywhere" or the title of the page where it works
    text: str
    keys: tuple[str, ...]  # native text, e.g. "Ctrl+Shift+S"

    @property
    def keys_text(self) -> str:
        return ", ".join(self.keys)


def _scope_of(obj: QObject) -> str:
    from iop_facilitator.ui.pages import Page, page_title

    parent: QObject | None = obj.parent()
    while parent is not None:
        if isinstance(parent, Page):
            return page_title(parent.title)
        parent = parent.parent()
    return _tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Everywhere"))


def _native(sequences: list[QKeySequence]) -> tuple[str, ...]:
    return tuple(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    )


def registered_shortcuts(window: QWidget) -> list[ShortcutEntry]:
    """Every shortcut registered under `window`, in screen order ("Everywhere" first)."""
    from iop_facilitator.ui.pages import page_title

    build_all = getattr(window, "build_all_pages", None)
    if build_all is not None:
        build_all()  # pages are built on first visit; list the shortcuts of every one
    entries: list[ShortcutEntry] = []
    for shortcut in window.findChildren(QShortcut):
        keys = _native(shortcut.keys())
        if keys:
            entries.append(ShortcutEntry(_scope_of(shortcut), shortcut.whatsThis(), keys))
    for action in window.findChildren(QAction):
        keys = _native(action.shortcuts())
        text = action.text().replace("&", "").removesuffix("...").strip()
        if keys and text:
            entries.append(ShortcutEntry(_scope_of(action), text, keys))
    order = [
        _tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Everywhere")),
        *(page_title(getattr(p, "title", "")) for p in getattr(window, "pages", [])),
    ]
    unique = list(dict.fromkeys(entries))
    unique.sort(key=lambda e: (order.index(e.scope) if e.scope in order else len(order), e.keys))
    return unique


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.entries = registered_shortcuts(window)
        intro = QLabel(self.tr("Shortcuts work on the screen they are listed under."))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search shortcuts"))
        self.search.setClearButtonEnabled(True)
        name(
            self.search,
            self.tr("Search shortcuts"),
            self.tr("Type words or keys to narrow the list"),
        )
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        name(self.tree, self.tr("Shortcuts"), self.tr("Shortcuts grouped by screen"))
        self.groups: dict[str, QTreeWidgetItem] = {}
        for entry in self.entries:
            group = self.groups.get(entry.scope)
            if group is None:
                group = QTreeWidgetItem([entry.scope])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(False)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(group)
                self.groups[entry.scope] = group
            item = QTreeWidgetItem([entry.text, entry.keys_text])
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{entry.text}: {entry.keys_text}")
            group.addChild(item)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.filter)
        self.resize(560, 560)

    def filter(self, text: str) -> None:
        words = text.casefold().split()
        for group in self.groups.values():
            shown = 0
            for item in _children(group):
                haystack = f"{group.text(0)} {item.text(0)} {item.text(1)}".casefold()
                hide = not all(w in haystack for w in words)
                item.setHidden(hide)
                shown += not hide
            group.setHidden(shown == 0)

    def visible_entries(self) -> list[str]:
        return [
            item.text(0)
            for group in self.groups.values()
            if not group.isHidden()
            for item in _children(group)
            if not item.isHidden()
        ]


def _children(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """A group's rows (`child(i)` is None only past `childCount()`)."""
    return [item for i in range(group.childCount()) if (item := group.child(i)) is not None]


def install_help_menu(window: MainWindow) -> QAction:
    """Help > Keyboard shortcuts (F1, Ctrl+/) on the main window."""
    menu = window.menuBar().addMenu(_tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "&Help")))
    action = menu.addAction(_tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "&Keyboard shortcuts...")))
    action.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def show_dialog() -> None:
        dialog = ShortcutsDialog(window, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.shortcuts_dialog = dialog
        dialog.open()

    action.triggered.connect(show_dialog)
    window.shortcuts_action = action
    return action
