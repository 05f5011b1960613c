"""Small helpers for screen readers and the keyboard: names, tab order, shortcut descriptions."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QWidget


def name(widget: QWidget, accessible_name: str, description: str = "") -> QWidget:
    """Give a control its (already translated) accessible name and, if useful, a description."""
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def tab_order(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in this order (each moved right after the previous one)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def move_to_end(window: QWidget, *widgets: QWidget) -> None:
    """Put `widgets` last in the window's tab order (e.g. the status bar after a replaced page)."""
    from PySide6.QtCore import Qt

    for widget in widgets:
        last = window.previousInFocusChain()
        # setTabOrder ignores a widget that takes no focus: anchor on the last one that does.
        while (
            last is not None and last is not window and last.focusPolicy() == Qt.FocusPolicy.NoFocus
        ):
            last = last.previousInFocusChain()
        if last is not None and last is not widget and last is not window:
            QWidget.setTabOrder(last, widget)


def describe_shortcut(shortcut: QShortcut, text: str) -> QShortcut:
    """What a shortcut does, in words (translated); the shortcuts dialog lists it from here."""
    shortcut.setWhatsThis(text)
    return shortcut


def children_last(window: QWidget, container: QWidget) -> None:
    """Put `container`'s focusable children last in the tab order, keeping their own order
    (a dialog's button box created before the form rows a subclass adds)."""
    inside: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if container.isAncestorOf(widget):
            inside.append(widget)
        widget = widget.nextInFocusChain()
    move_to_end(window, *inside)
