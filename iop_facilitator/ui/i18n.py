"""Which language the UI speaks, and the translators that make it speak it.

The `language` setting ("" = the system's, "en", "es") lives in the encrypted database, which is
closed until the facilitator unlocks it. So the unlock screen uses the language last chosen on
this machine, mirrored in the per-machine window-state file (a language code, no client data),
or the system locale when none was chosen yet. After unlock, `apply_clinic_language` switches to
the clinic's setting if it differs and remembers it for the next start.

Translators must be installed before any window is built: texts are set once, in constructors.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from iop_facilitator.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("en", "es")  # English is the source language: it needs no translator
PREFERENCE_KEY = "ui/language"
CATALOG = "iop_facilitator"  # resources/translations/iop_facilitator_<lang>.qm

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    """The UI language the system locale asks for: "es" for any Spanish locale, else "en"."""
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def resolve(setting: str | None) -> str:
    """The language to show for a setting value ("" or unknown: the system's)."""
    return setting if setting in LANGUAGES else system_language()


def locale_for(language: str) -> QLocale:
    """Formats for dates, times and numbers: the system's own when it speaks `language`
    (so en_GB keeps its 24-hour clock and es_US its 12-hour one), else the language's default."""
    system = QLocale.system()
    wanted = QLocale.Language.Spanish if language == "es" else QLocale.Language.English
    if system.language() == wanted:
        return system
    return (
        QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
        if language == "es"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )


def remembered(state: QSettings | None) -> str:
    """The language last chosen on this machine ("" when none: follow the system)."""
    if state is None:
        return ""
    value = state.value(PREFERENCE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def remember(state: QSettings | None, setting: str) -> None:
    if state is None:
        return
    state.setValue(PREFERENCE_KEY, setting if setting in LANGUAGES else "")
    state.sync()


def current() -> str:
    """The language the installed translators speak ("en" when none is installed)."""
    app = QCoreApplication.instance()
    value = app.property("iop_language") if app is not None else None
    return value if isinstance(value, str) and value else "en"


def install(setting: str | None, *, keep_locale: bool = False) -> str:
    """Install the translators for `setting` ("" = system) and set the default locale.

    Replaces any translators installed before. `keep_locale` leaves the default locale alone
    (the tests keep the machine's formats while loading the English plural forms). Returns the
    language now in use. A missing catalogue is logged and the UI stays in English: it must
    never stop the app from opening.
    """
    language = resolve(setting)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install translators after the QApplication exists")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if not keep_locale:
        QLocale.setDefault(locale_for(language))
    ours = QTranslator(app)  # English too: its catalogue holds the plural forms ("1 member")
    if ours.load(f"{CATALOG}_{language}", str(translations_dir())):
        _installed.append(ours)
    else:
        log.warning("translation catalogue missing for %s", language)
    if language != "en":
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_folder):
            _installed.append(qt_own)  # QDialogButtonBox "Cancel", context menus...
    for translator in _installed:
        app.installTranslator(translator)
    app.setProperty("iop_language", language)
    log.info("UI language: %s", language)
    return language


def apply_clinic_language(setting: str, state: QSettings | None) -> bool:
    """After unlock: remember the clinic's language for the next start, and install it if it is
    not the one in use. True when the language changed (windows built later pick it up)."""
    remember(state, setting)
    if resolve(setting) == current():
        return False
    install(setting)
    return True


def QT_TRANSLATE_NOOP(context: str, message: str) -> str:
    """Mark `message` for lupdate under `context` and return it unchanged, typed as str.

    Same as PySide6's QT_TRANSLATE_NOOP (lupdate finds calls by this name), whose stub returns
    `object`; this one lets the marked texts go where a str is expected.
    """
    del context
    return message
