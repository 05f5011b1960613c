"""Every screen and dialog, walked widget by widget: names for screen readers, a sane tab order.

Rules (what the walk checks, on the demo clinic with a running session):

* Accessible name. Every visible interactive control (buttons, line edits, spin and date boxes,
  combo boxes, text editors, item views, sliders, tab bars) must have a non-empty
  ``accessibleName()``. A buddy label is not enough (not every screen reader follows the
  relation). The only exception is a button whose own visible text names it (Qt exposes a
  button's text as its name on every platform): "OK" is a name, an icon-only button is not.
  Internal parts of composite widgets (a spin box's line edit, a table's corner button, header
  views, a tab bar's scroll arrows) are not checked: the composite is.
* Keyboard reachable. Every such control that is visible and enabled must accept Tab focus
  (its focus policy includes ``Qt.TabFocus``), unless it is a composite's internal part.
* Tab order. Walking ``nextInFocusChain()`` from the window over the Tab-focusable, visible,
  enabled widgets, the order must never jump backwards. With the rectangles of two consecutive
  controls A then B in window coordinates and a tolerance T (8 px):

  - B "above" A: B's bottom edge is more than T above A's top edge. That is backwards unless B
    starts in a later column: B's left edge is at or right of A's right edge (minus T), as when
    Tab moves from the bottom of one pane to the top of the pane on its right.
  - B "left of" A on the same row: B's right edge is more than T left of A's left edge while the
    two overlap vertically by more than half the shorter one's height. That is backwards.

  The step from the last control back to the first (the wrap) is not a jump.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from iop_facilitator.app import Bootstrap
from iop_facilitator.services import demo
from iop_facilitator.ui.application import build_main_window

TODAY = dt.date(2026, 11, 23)
TOLERANCE = 8
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QSlider,
    QTabBar,
)
# Widgets whose children are their own internal parts.
COMPOSITES = (QAbstractSpinBox, QComboBox, QAbstractItemView, QTabBar, QCalendarWidget)


def is_internal(widget: QWidget, root: QWidget) -> bool:
    """A part of a composite widget (or a scroll bar / header), not a control of its own."""
    if isinstance(widget, (QHeaderView, QScrollBar)):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if (
            isinstance(widget, INTERACTIVE)
            and widget.isVisible()
            and widget.window() is root.window()
            and not is_internal(widget, root)
        ):
            yield widget


def name_of(widget: QWidget) -> str:
    name = widget.accessibleName().strip()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text().replace("&", "").strip()
    return name


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    owner = widget.parentWidget()
    while owner is not None and type(owner).__module__.startswith("PySide6"):
        owner = owner.parentWidget()
    where = type(owner).__name__ if owner is not None else "?"
    return f"{type(widget).__name__}({widget.objectName() or text!r}) in {where}"


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in controls(root) if not name_of(w)]


def unreachable(root: QWidget) -> list[str]:
    missing = []
    for widget in controls(root):
        if not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            missing.append(describe(widget))
    return missing


def tab_chain(root: QWidget) -> list[QWidget]:
    # Never call focusProxy() here: with PySide6 6.12 the wrapper it returns corrupted the heap
    # once the dialog was deleted (crashes in later tests). Composites' parts are skipped instead.
    window = root.window()
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    seen = 0
    while widget is not window and seen < 5000:
        seen += 1
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget, QTabWidget)  # its tab bar takes the focus
            and not is_internal(widget, window)
            and (root is window or root.isAncestorOf(widget) or widget is root)
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def rect_in_window(widget: QWidget) -> QRect:
    """Where the widget shows, in window coordinates. Inside a scroll area, a widget scrolled
    out of sight is placed on the edge of the viewport it would scroll in from."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent is not widget:
            port = parent.viewport()
            view = QRect(port.mapTo(window, QPoint(0, 0)), port.size())
            top = min(max(rect.top(), view.top()), view.bottom())
            bottom = max(min(rect.bottom(), view.bottom()), view.top())
            rect = QRect(rect.left(), top, rect.width(), max(1, bottom - top + 1))
        parent = parent.parentWidget()
    return rect


def backward_jumps(root: QWidget) -> list[str]:
    chain = tab_chain(root)
    jumps = []
    for a, b in pairwise(chain):
        ra, rb = rect_in_window(a), rect_in_window(b)
        above = rb.bottom() + TOLERANCE < ra.top() and rb.left() < ra.right() - TOLERANCE
        overlap = min(ra.bottom(), rb.bottom()) - max(ra.top(), rb.top())
        same_row = overlap > min(ra.height(), rb.height()) / 2
        left = same_row and rb.right() + TOLERANCE < ra.left()
        if above or left:
            jumps.append(f"{describe(a)} {ra.getCoords()} -> {describe(b)} {rb.getCoords()}")
    return jumps


def check(root: QWidget, what: str) -> list[str]:
    problems = [f"{what}: no accessible name: {w}" for w in unnamed(root)]
    problems += [f"{what}: not reachable by Tab: {w}" for w in unreachable(root)]
    problems += [f"{what}: tab order jumps backwards: {j}" for j in backward_jumps(root)]
    return problems


@pytest.fixture
def window(qtbot, clinic, data_paths, clock):
    demo.build(clinic, TODAY)
    group = clinic.store.one("SELECT id FROM therapy_group WHERE name = 'Morning IOP'")["id"]
    topic = clinic.curriculum.list()[0].id
    clock.set(dt.datetime(2026, 11, 23, 9, 0))
    session_id, _ = clinic.sessions.plan(group, TODAY, topic_id=topic)
    clinic.sessions.start(session_id)
    win = build_main_window(Bootstrap(data_paths, clock), clinic)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.open_session(session_id)
    win.test_session_id = session_id
    return win


PAGES = ["Today", "Session", "Notes", "Members", "Groups", "Curriculum", "Reports", "Settings"]


def test_every_page_names_its_controls_and_tabs_forwards(qtbot, window) -> None:
    assert window.page_titles() == PAGES
    problems: list[str] = []
    for index, title in enumerate(PAGES):
        window.show_section(index)
        qtbot.wait(1)
        page = window.page(title)
        assert page.isVisible()
        problems += check(window, title)
        if title == "Members":
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                problems += check(window, f"Members tab {tab}")
    assert not problems, "\n".join(problems)


def make_dialog(window, what: str) -> QDialog:
    """A dialog that can be built without blocking, on the seeded clinic (no parent: the test
    owns it)."""
    from iop_facilitator.ui.audit_view import AuditDialog
    from iop_facilitator.ui.exports.dialog import ExportsDialog
    from iop_facilitator.ui.import_dialog import MemberImportDialog
    from iop_facilitator.ui.member_dialogs import AdmitDialog, DischargeDialog, MoveDialog
    from iop_facilitator.ui.member_progress import MemberProgressDialog
    from iop_facilitator.ui.notes.search_dialog import NoteSearchDialog
    from iop_facilitator.ui.notes.sign_dialog import SignDialog
    from iop_facilitator.ui.security_dialogs import (
        ChangePassphraseDialog,
        FacilitatorChooserDialog,
        FacilitatorsDialog,
    )
    from iop_facilitator.ui.session.material import MaterialDialog
    from iop_facilitator.ui.session.start_dialog import StartSessionDialog
    from iop_facilitator.ui.shortcuts_dialog import ShortcutsDialog
    from iop_facilitator.ui.topic_editor import TopicEditorDialog
    from iop_facilitator.ui.unlock import FirstRunDialog, UnlockDialog

    controller = window.controller
    clinic = controller.clinic
    member = clinic.store.one("SELECT id FROM member WHERE status = 'active' ORDER BY id")["id"]
    topic = clinic.curriculum.get(clinic.curriculum.list()[0].id).topic
    factories = {
        "start session": lambda: StartSessionDialog(clinic),
        "admit": lambda: AdmitDialog(controller),
        "move": lambda: MoveDialog(controller, member),
        "discharge": lambda: DischargeDialog(controller, member),
        "import": lambda: MemberImportDialog(controller),
        "member progress": lambda: MemberProgressDialog(clinic, member),
        "topic editor": lambda: TopicEditorDialog(controller, topic, new=False, parent=None),
        "sign": lambda: SignDialog("Sam", "this note", lambda _s: True),
        "search notes": lambda: NoteSearchDialog(clinic.notes),
        "exports": lambda: ExportsDialog(controller),
        "audit": lambda: AuditDialog(controller),
        "material": lambda: MaterialDialog("# Topic\n\nSome text.", "Handout", True),
        "facilitators": lambda: FacilitatorsDialog(controller),
        "change passphrase": lambda: ChangePassphraseDialog(controller),
        "who is facilitating": lambda: FacilitatorChooserDialog(clinic),
        "first run": lambda: FirstRunDialog(lambda *_a: clinic),
        "unlock": lambda: UnlockDialog(lambda _p: clinic, parent=None),
        "shortcuts": lambda: ShortcutsDialog(window),
    }
    return factories[what]()


DIALOGS = [
    "start session",
    "admit",
    "move",
    "discharge",
    "import",
    "member progress",
    "topic editor",
    "sign",
    "search notes",
    "exports",
    "audit",
    "material",
    "facilitators",
    "change passphrase",
    "who is facilitating",
    "first run",
    "unlock",
    "shortcuts",
]


@pytest.mark.parametrize("what", DIALOGS)
def test_every_dialog_names_its_controls_and_tabs_forwards(qtbot, window, what) -> None:
    dialog = make_dialog(window, what)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = check(dialog, what)
    dialog.reject()
    assert not problems, "\n".join(problems)


def test_the_lock_screen_names_its_field(qtbot, window) -> None:
    window.lock.lock("manual")
    assert window.lock.locked
    problems = check(window, "lock screen")
    assert not problems, "\n".join(problems)
    assert QApplication.activeModalWidget() is None
