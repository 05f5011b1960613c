"""The shortcuts dialog: generated from the real shortcuts, unique per screen, opened by F1."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut

from iop_facilitator.ui.shortcuts_dialog import ShortcutsDialog, registered_shortcuts
from tests.ui.test_accessibility import window  # noqa: F401 - the seeded main window fixture

EVERYWHERE = "Everywhere"


def test_every_shortcut_is_described_and_unique_within_its_scope(window) -> None:  # noqa: F811
    undescribed = [s.key().toString() for s in window.findChildren(QShortcut) if not s.whatsThis()]
    assert not undescribed, f"shortcuts without a description: {undescribed}"
    entries = registered_shortcuts(window)
    global_keys = Counter(k for e in entries if e.scope == EVERYWHERE for k in e.keys)
    clashes = [k for k, n in global_keys.items() if n > 1]
    for scope in {e.scope for e in entries} - {EVERYWHERE}:
        keys = Counter(k for e in entries if e.scope == scope for k in e.keys)
        clashes += [f"{scope}: {k}" for k, n in keys.items() if n > 1]
        # A screen's shortcut must not shadow one that works everywhere.
        clashes += [f"{scope}: {k} (also everywhere)" for k in keys if k in global_keys]
    assert not clashes, clashes


def test_the_main_actions_have_shortcuts(window) -> None:  # noqa: F811
    listed = {(e.scope, e.text): e.keys_text for e in registered_shortcuts(window)}
    for n, page in enumerate(window.page_titles(), start=1):
        assert listed[(EVERYWHERE, f"Go to {page}")] == f"Ctrl+{n}"
    assert listed[(EVERYWHERE, "Start a session")] == "Ctrl+Shift+N"
    assert listed[(EVERYWHERE, "Exports")] == "Ctrl+E"
    assert listed[(EVERYWHERE, "Lock the window now")] == "Ctrl+L"
    assert listed[(EVERYWHERE, "Keyboard shortcuts")] == "F1, Ctrl+/"
    assert listed[("Notes", "Sign this note")] == "Ctrl+Shift+S"
    assert listed[("Notes", "Search notes")] == "Ctrl+F"
    assert listed[("Session", "End the session")] == "Ctrl+Shift+E"


def test_f1_and_ctrl_slash_open_the_dialog_and_it_filters(qtbot, window) -> None:  # noqa: F811
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for key, modifier in (
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier),
    ):
        window.shortcuts_dialog = None
        qtbot.keyClick(window.nav, key, modifier)
        dialog = window.shortcuts_dialog
        assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
        assert dialog.groups[EVERYWHERE].childCount() >= 12
        assert list(dialog.groups)[:2] == [EVERYWHERE, "Today"]
        dialog.close()
    dialog = ShortcutsDialog(window, window)
    qtbot.addWidget(dialog)
    dialog.search.setText("sign")
    assert dialog.visible_entries() == ["Sign this note"]
    dialog.search.setText("ctrl+shift+e")
    assert dialog.visible_entries() == ["End the session"]
    dialog.search.setText("")
    assert len(dialog.visible_entries()) == len(dialog.entries)
