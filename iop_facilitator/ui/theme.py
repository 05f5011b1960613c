"""Light, dark and high-contrast themes: the palette and every colour the app paints itself.

Widgets never name a colour: they ask the current theme (`current()`) for a role ("ok",
"warning", a row tint, a chart colour) when they paint or when their state changes. Every pair of
text and background colour here meets WCAG AA (4.5:1 for text, 3:1 for graphics and the focus
frame); tests/unit/test_contrast.py checks each pair in all three themes.

The appearance follows the system's colour scheme (Qt 6.5+ `QStyleHints.colorScheme()`) unless
the `appearance` setting chooses "light", "dark" or "high_contrast". The Fusion style is used on
every platform: it draws a visible focus frame from the palette's highlight colour and looks the
same under every theme, so what the tests check is what people see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import cast

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

APPEARANCES = ("", "light", "dark", "high_contrast")
TONE_PROPERTY = "iopTone"


@dataclass(frozen=True)
class Theme:
    name: str
    dark: bool
    window: str
    base: str
    alternate_base: str
    text: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    placeholder: str
    tooltip_base: str
    tooltip_text: str
    focus: str  # the keyboard focus frame (a graphic: 3:1 against window and base)
    frame: str  # control borders (mid/dark roles)
    # Text tones on window or base: status words, save state, warnings.
    tones: dict[str, str] = field(default_factory=dict)
    # Row and cell backgrounds by level; their text is always `tint_text`.
    tints: dict[str, str] = field(default_factory=dict)
    tint_text: str = "#000000"
    # Charts: ink is text and axes, fill the bars and lines, warn below target, target the line.
    chart: dict[str, str] = field(default_factory=dict)

    def colour(self, role: str) -> QColor:
        """A tone ("ok", "warning", "error", "muted"), a tint level or a chart role by name."""
        for table in (self.tones, self.tints, self.chart):
            if role in table:
                return QColor(table[role])
        return QColor(role)  # "#rrggbb" passes through

    def tint(self, level: str) -> QColor:
        return QColor(self.tints.get(level, level))


TINT_LEVELS = (
    "alert",
    "warning",
    "ok",
    "info",
    "running",
    "upcoming",
    "neutral",
    "notes_unsigned",
    "ended",
    "signed",
    "ready",
    "draft",
    "empty",
)


def _tints(alert: str, warning: str, ok: str, info: str, neutral: str) -> dict[str, str]:
    return {
        "alert": alert,
        "warning": warning,
        "ok": ok,
        "info": info,
        "running": info,
        "upcoming": neutral,
        "neutral": neutral,
        "notes_unsigned": warning,
        "ended": ok,
        "signed": ok,
        "ready": info,
        "draft": warning,
        "empty": neutral,
    }


LIGHT = Theme(
    name="light",
    dark=False,
    window="#efefef",
    base="#ffffff",
    alternate_base="#f5f5f5",
    text="#1a1a1a",
    button="#e6e6e6",
    highlight="#2b5fb4",
    highlighted_text="#ffffff",
    link="#1a55b0",
    placeholder="#666666",
    tooltip_base="#ffffdc",
    tooltip_text="#1a1a1a",
    focus="#1f5fbf",
    frame="#8c8c8c",
    tones={
        "ok": "#1d6b30",
        "warning": "#8a4b00",
        "error": "#a11d1d",
        "muted": "#595959",
        "info": "#1a4f8f",
    },
    tints=_tints("#f6d5d1", "#fbeccb", "#d7f0dc", "#d6e8f7", "#e6e6e6"),
    tint_text="#1a1a1a",
    chart={
        "ink": "#1f1f1f",
        "grid": "#c8c8c8",
        "fill": "#3b6ea5",
        "on_fill": "#ffffff",
        "warn": "#a0522d",
        "target": "#222222",
        "pending": "#e3ecf7",
        "none": "#eeeeee",
        "base": "#ffffff",
    },
)

DARK = Theme(
    name="dark",
    dark=True,
    window="#262626",
    base="#1c1c1c",
    alternate_base="#242424",
    text="#ececec",
    button="#353535",
    highlight="#2a62b8",
    highlighted_text="#ffffff",
    link="#8ab4f8",
    placeholder="#9a9a9a",
    tooltip_base="#3a3a3a",
    tooltip_text="#f0f0f0",
    focus="#7fb2ff",
    frame="#6e6e6e",
    tones={
        "ok": "#72d38a",
        "warning": "#f2b45c",
        "error": "#ff8f85",
        "muted": "#ababab",
        "info": "#8ab4f8",
    },
    tints=_tints("#5a2622", "#4f3d14", "#1f4a2a", "#22364f", "#3a3a3a"),
    tint_text="#f2f2f2",
    chart={
        "ink": "#e6e6e6",
        "grid": "#4a4a4a",
        "fill": "#6fa8e8",
        "on_fill": "#111111",
        "warn": "#f0a070",
        "target": "#e0e0e0",
        "pending": "#22364f",
        "none": "#333333",
        "base": "#1c1c1c",
    },
)

HIGH_CONTRAST = Theme(
    name="high_contrast",
    dark=True,
    window="#000000",
    base="#000000",
    alternate_base="#101010",
    text="#ffffff",
    button="#000000",
    highlight="#ffff00",
    highlighted_text="#000000",
    link="#00ffff",
    placeholder="#c8c8c8",
    tooltip_base="#000000",
    tooltip_text="#ffffff",
    focus="#00ffff",
    frame="#ffffff",
    tones={
        "ok": "#66ff66",
        "warning": "#ffd24d",
        "error": "#ff8080",
        "muted": "#d6d6d6",
        "info": "#00ffff",
    },
    tints=_tints("#4d0000", "#403000", "#003300", "#002a4d", "#1a1a1a"),
    tint_text="#ffffff",
    chart={
        "ink": "#ffffff",
        "grid": "#808080",
        "fill": "#00e5ff",
        "on_fill": "#000000",
        "warn": "#ffb000",
        "target": "#ffffff",
        "pending": "#002a4d",
        "none": "#1a1a1a",
        "base": "#000000",
    },
)

THEMES = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}
_current: Theme = LIGHT


def current() -> Theme:
    return _current


@contextmanager
def for_paper() -> Iterator[Theme]:
    """Paint with the light theme (PDFs and printouts are black on white paper)."""
    global _current
    saved, _current = _current, LIGHT
    try:
        yield LIGHT
    finally:
        _current = saved


def system_theme_name() -> str:
    """What the system asks for: "dark" when its colour scheme is dark, else "light"."""
    app = QGuiApplication.instance()
    if app is None:
        return "light"
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def resolve(appearance: str) -> Theme:
    """The theme for an `appearance` setting ("" follows the system)."""
    return THEMES.get(appearance) or THEMES[system_theme_name()]


def palette(theme: Theme) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    window, text = QColor(theme.window), QColor(theme.text)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for r, value in (
            (role.Window, theme.window),
            (role.WindowText, theme.text),
            (role.Base, theme.base),
            (role.AlternateBase, theme.alternate_base),
            (role.Text, theme.text),
            (role.Button, theme.button),
            (role.ButtonText, theme.text),
            (role.BrightText, theme.tones["error"]),
            (role.Highlight, theme.highlight),
            (role.HighlightedText, theme.highlighted_text),
            (role.Link, theme.link),
            (role.LinkVisited, theme.link),
            (role.PlaceholderText, theme.placeholder),
            (role.ToolTipBase, theme.tooltip_base),
            (role.ToolTipText, theme.tooltip_text),
            (
                role.Light,
                theme.frame
                if theme.name == "high_contrast"
                else QColor(theme.button).lighter(130).name(),
            ),
            (role.Midlight, QColor(theme.button).lighter(115).name()),
            (role.Mid, theme.frame),
            (role.Dark, theme.frame),
            (role.Shadow, "#000000"),
        ):
            p.setColor(group, r, QColor(value))
        p.setColor(group, role.Accent, QColor(theme.highlight))
    # Disabled controls are exempt from WCAG contrast, but stay readable.
    disabled = QColor(theme.tones["muted"]) if theme.dark else QColor("#7a7a7a")
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    for r, color in (
        (role.Window, window),
        (role.Base, QColor(theme.window)),
        (role.Button, QColor(theme.button)),
    ):
        p.setColor(QPalette.ColorGroup.Disabled, r, color)
    p.setColor(QPalette.ColorGroup.Disabled, role.Highlight, QColor(theme.frame))
    p.setColor(QPalette.ColorGroup.Disabled, role.HighlightedText, text)
    return p


def stylesheet(theme: Theme) -> str:
    """The focus frame on text fields, lists and tables: 2 px in the theme's focus colour.

    Buttons, check boxes and tabs keep Fusion's own focus frame (drawn in the highlight colour).
    """
    return (
        "QAbstractItemView:focus, QPlainTextEdit:focus, QTextEdit:focus, QLineEdit:focus,"
        " QAbstractSpinBox:focus, QComboBox:focus {"
        f" border: 2px solid {theme.focus}; }}"
        f" QAbstractItemView {{ outline: 0; }}"
        f" QAbstractItemView::item:focus {{ border: 1px dashed {theme.focus}; }}"
    ) + (
        _HIGH_CONTRAST_FRAMES.format(frame=theme.frame, focus=theme.focus)
        if theme.name == "high_contrast"
        else ""
    )


# On black, Fusion's frames (derived from the window colour) vanish: draw them in white.
_HIGH_CONTRAST_FRAMES = (
    " QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView,"
    " QPushButton {{ border: 1px solid {frame}; }}"
    " QPushButton {{ padding: 3px 10px; }}"
    " QPushButton:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus,"
    " QAbstractSpinBox:focus, QComboBox:focus, QAbstractItemView:focus"
    " {{ border: 2px solid {focus}; }}"
)


def apply(theme: Theme, app: QApplication | None = None) -> None:
    """Switch the whole application to `theme` (Fusion style, palette, focus frames, tones)."""
    global _current
    # The stub types QApplication.instance() as the QCoreApplication base.
    app = app or cast(QApplication | None, QApplication.instance())
    previous, _current = _current, theme
    if app is None:
        return
    sheet = stylesheet(theme)
    if app.property("iopTheme") == theme.name and app.styleSheet() == sheet:
        return  # already applied: re-polishing every widget is slow
    app.setProperty("iopTheme", theme.name)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette(theme))
    app.setStyleSheet(sheet)
    if theme is not previous:
        for top in app.topLevelWidgets():
            for widget in top.findChildren(QWidget):
                kind = widget.property(TONE_PROPERTY)
                if kind:
                    _restyle(widget, str(kind))


def apply_appearance(appearance: str, app: QApplication | None = None) -> Theme:
    theme = resolve(appearance)
    apply(theme, app)
    return theme


def tone(widget: QWidget, kind: str | None, *, bold: bool = False) -> None:
    """Colour a label's text by meaning ("ok", "warning", "error", "muted"); None: plain text.

    The colour repeats what the words say; it is never the only signal.
    """
    if not kind:
        widget.setProperty(TONE_PROPERTY, None)
        widget.setStyleSheet("")
        return
    widget.setProperty(TONE_PROPERTY, f"{kind}{' bold' if bold else ''}")
    _restyle(widget, f"{kind}{' bold' if bold else ''}")


def _restyle(widget: QWidget, spec: str) -> None:
    kind, _, weight = spec.partition(" ")
    colour = current().colour(kind).name()
    widget.setStyleSheet(f"color: {colour};{' font-weight: bold;' if weight else ''}")


class ThemeFollower(QObject):
    """Applies the `appearance` setting now, and again whenever the system's scheme changes."""

    def __init__(self, appearance: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.appearance = appearance
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.follow)
        self.follow()

    @Slot()
    def follow(self) -> None:
        apply_appearance(self.appearance())
