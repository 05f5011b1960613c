"""The UI in Spanish: no English left on the main screens; the catalogue is complete and compiled.

The walk reads every visible text a person (or a screen reader) meets on a screen and fails on
any that is an English source string of the catalogue whose Spanish differs: a string someone
forgot to pass through tr(). Data (names, topic titles, numbers, dates) is not in the catalogue.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from iop_facilitator.app import Bootstrap
from iop_facilitator.services import demo
from iop_facilitator.ui import formatting, i18n
from iop_facilitator.ui.application import build_main_window

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
SPANISH_TS = TRANSLATIONS / "iop_facilitator_es.ts"
SPANISH_QM = TRANSLATIONS / "iop_facilitator_es.qm"

# Screens whose files another helper (i18n-b) wraps in tr(): switched on after that merge.
# Screens to skip while their strings are not yet wrapped for translation (none now).
SCREENS_NOT_YET_TRANSLATED: set[str] = set()
SCREENS = ["Today", "Session", "Notes", "Members", "Groups", "Curriculum", "Reports", "Settings"]


def catalogue() -> list[tuple[str, str, bool, list[str]]]:
    """(context, source, numerus, translations) of every message in the Spanish .ts."""
    found = []
    for context in ET.parse(SPANISH_TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            texts = forms if forms else [translation.text or ""]
            if translation.get("type"):
                texts = []  # unfinished / obsolete: counted as untranslated below
            found.append(
                (name, message.findtext("source") or "", message.get("numerus") == "yes", texts)
            )
    return found


def untranslated_patterns() -> list[re.Pattern[str]]:
    """English sources whose Spanish differs, as patterns ({name} and %n match anything)."""
    patterns = []
    for _context, source, _numerus, texts in catalogue():
        if texts and all(t == source for t in texts):
            continue  # the same word in both languages ("PDF", "Plan", "Agenda")
        literal = re.sub(r"\{\w+\}|%n", "", source)
        if literal != source and sum(c.isalpha() for c in literal) < 6:
            continue  # "{a} and {b} ({section})" would match any data with "and" in it
        body = re.escape(source)
        body = re.sub(r"\\\{\w+\\\}", ".*", body).replace("%n", r"\d+")
        patterns.append(re.compile(rf"^{body}$", re.DOTALL))
    return patterns


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what is visible on a screen, and accessible names and tooltips."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        kind = type(widget).__name__
        yield f"{kind} accessible name", widget.accessibleName()
        yield f"{kind} accessible description", widget.accessibleDescription()
        yield f"{kind} tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield f"{kind} text", widget.text()
        if isinstance(widget, QGroupBox):
            yield f"{kind} title", widget.title()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{kind} tab", widget.tabText(i)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{kind} item", widget.itemText(i)
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield f"{kind} item", widget.item(i).text()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # list models hide columnCount
                columns = 1
            for column in range(columns):
                yield (
                    f"{kind} header",
                    str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
                )
            for row in range(min(model.rowCount(QModelIndex()), 20)):
                for column in range(columns):
                    value = model.data(model.index(row, column))
                    yield f"{kind} cell", value if isinstance(value, str) else ""


@pytest.fixture
def language(qapp):
    """Switch the UI language for one test; English and the system locale afterwards."""

    def switch(setting: str) -> str:
        return i18n.install(setting)

    yield switch
    i18n.install("en")
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def demo_window(qtbot, clinic, data_paths, clock, language):
    """The demo clinic in Spanish with a running session, built the way the app builds it."""
    clinic.settings.update({"language": "es"})
    assert language(clinic.settings.get("language")) == "es"
    demo.build(clinic, dt.date(2026, 11, 23))
    window = build_main_window(Bootstrap(data_paths, clock), clinic)
    qtbot.addWidget(window)
    window.resize(1366, 860)
    window.show()
    running = clinic.sessions.running()
    if running is None:
        today = window.page("Today")
        row = next(i for i, r in enumerate(today.groups_model.rows) if r.action == "start")
        today.act_on_group(row) if today.groups_model.rows[row].session_id else None
        running = clinic.sessions.running()
    if running is None:
        group_id = clinic.reports.today_groups(dt.date(2026, 11, 23))[0].group_id
        from iop_facilitator.ui.session.start_dialog import StartSessionDialog

        dialog = StartSessionDialog(clinic, window, group_id)
        qtbot.addWidget(dialog)
        dialog.ok_button.click()
        running = clinic.sessions.running()
    assert running is not None
    window.open_session(running.id)
    return window


@pytest.mark.parametrize("screen", SCREENS)
def test_main_screens_show_no_untranslated_english(demo_window, screen: str) -> None:
    if screen in SCREENS_NOT_YET_TRANSLATED:
        pytest.skip(f"{screen}: its strings are wrapped on branch i18n-b (merge, then switch on)")
    window = demo_window
    page = window.page(screen)
    window.show_section(window.pages.index(page))
    patterns = untranslated_patterns()
    roots = [page, window.nav, window.statusBar(), window.menuBar()]
    found = {
        (where, text)
        for root in roots
        for where, text in texts_of(root)
        if text and any(p.match(text.strip()) for p in patterns)
    }
    assert not found, f"English left on {screen}: {sorted(found)}"
    assert window.nav.item(0).text() == "Hoy"


def test_english_setting_shows_english(qtbot, clinic, data_paths, clock, language) -> None:
    assert language("en") == "en"
    window = build_main_window(Bootstrap(data_paths, clock), clinic)
    qtbot.addWidget(window)
    assert [window.nav.item(i).text() for i in range(3)] == ["Today", "Session", "Notes"]
    today = window.page("Today")
    assert today.refresh_button.text() == "Refresh"
    # Plurals come from the English catalogue: "1 member", not "1 member(s)".
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("TodayPage", "%n member(s)", "", 1) == "1 member"
    assert QCoreApplication.translate("TodayPage", "%n member(s)", "", 3) == "3 members"


def test_spanish_plurals_and_qt_own_buttons(language) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    assert language("es") == "es"
    assert QCoreApplication.translate("TodayPage", "%n member(s)", "", 1) == "1 miembro"
    assert QCoreApplication.translate("TodayPage", "%n member(s)", "", 4) == "4 miembros"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en_US", "2:30\u202fPM|2:30 PM"), ("es_ES", "14:30"), ("de_DE", "14:30")],
)
def test_times_follow_the_locale_clock(qapp, locale: str, expected: str) -> None:
    QLocale.setDefault(QLocale(locale))
    try:
        assert re.fullmatch(expected, formatting.time(dt.time(14, 30)))
        assert formatting.time(dt.datetime(2026, 11, 23, 14, 30, 5), seconds=True).startswith(
            "14:30:05" if locale != "en_US" else "2:30:05"
        )
    finally:
        QLocale.setDefault(QLocale.system())


def test_spanish_setting_uses_a_24_hour_clock_and_spanish_dates(language) -> None:
    language("es")
    assert formatting.time(dt.time(14, 30)) == "14:30"
    assert formatting.long_date(dt.date(2026, 11, 23)) == "lunes, 23 de noviembre de 2026"


def test_the_language_choice_is_remembered_for_the_unlock_screen(qapp, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    state = QSettings(str(tmp_path / "window-state.ini"), QSettings.Format.IniFormat)
    assert i18n.remembered(state) == ""
    i18n.remember(state, "es")
    assert (
        i18n.remembered(QSettings(str(tmp_path / "window-state.ini"), QSettings.Format.IniFormat))
        == "es"
    )
    i18n.remember(state, "xx")
    assert i18n.remembered(state) == ""


def test_every_spanish_message_is_finished_and_keeps_its_placeholders() -> None:
    problems = []
    for context, source, numerus, texts in catalogue():
        if not texts or not all(texts):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        if numerus and len(texts) != 2:
            problems.append(f"{context}: {source!r} needs two plural forms")
        wanted = sorted(re.findall(r"\{\w+\}|%n", source))
        for text in texts:
            if sorted(re.findall(r"\{\w+\}|%n", text)) != wanted:
                problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
    assert not problems, "\n".join(problems)


def test_mnemonics_do_not_clash_in_one_context() -> None:
    """Two Spanish texts of one context must not share an Alt key unless their English texts do
    too: that is one widget in two states ("&Import 1 member" / "&Import {count} members")."""
    by_context: dict[str, dict[str, set[str]]] = {}
    for context, source, _numerus, texts in catalogue():
        english = re.search(r"&(\w)", source)
        for text in texts:
            match = re.search(r"&(\w)", text)
            if match:
                key = match.group(1).lower()
                owners = by_context.setdefault(context, {}).setdefault(key, set())
                owners.add(english.group(1).lower() if english else source)
    for context, keys in by_context.items():
        clashes = {key: owners for key, owners in keys.items() if len(owners) > 1}
        assert not clashes, f"{context}: mnemonics clash: {clashes}"


@pytest.mark.skipif(
    shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) is None,
    reason="pyside6-lrelease not installed",
)
def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    for ts in sorted(TRANSLATIONS.glob("iop_facilitator_*.ts")):
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
        committed = ts.with_suffix(".qm")
        assert committed.exists(), f"{committed.name} missing: run make translations"
        assert fresh.read_bytes() == committed.read_bytes(), (
            f"{committed.name} is older than {ts.name}: run make translations and commit both"
        )
