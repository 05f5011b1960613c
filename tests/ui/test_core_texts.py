"""The core's messages (texts.QT_TR_NOOP) read as English everywhere and in Spanish on screen."""

from __future__ import annotations

import ast
import pickle
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from iop_facilitator.errors import DatabaseLocked, ValidationError
from iop_facilitator.texts import QT_TR_NOOP, Text
from iop_facilitator.ui import i18n
from iop_facilitator.ui.messages import explain, localized

ROOT = Path(__file__).resolve().parents[2]
SPANISH = ROOT / "resources" / "translations" / "iop_facilitator_es.ts"


def core_templates() -> dict[str, str]:
    """Every literal QT_TR_NOOP template outside ui/, with where it stands."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "iop_facilitator").rglob("*.py")):
        if path.relative_to(ROOT / "iop_facilitator").parts[0] in ("ui", "devtools", "bench"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TR_NOOP"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.name}:{node.lineno}")
    return found


def spanish_core_catalogue() -> dict[str, str]:
    catalogue: dict[str, str] = {}
    for context in ET.parse(SPANISH).getroot().iter("context"):
        if context.findtext("name"):
            continue  # the core's messages have the empty context
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and not translation.get("type") and translation.text:
                catalogue[message.findtext("source") or ""] = translation.text
    return catalogue


def test_a_text_is_the_english_sentence_and_keeps_its_making() -> None:
    text = QT_TR_NOOP("Admission on {date} is after discharge.", date="11/23/26")
    assert text == "Admission on 11/23/26 is after discharge."
    assert isinstance(text, str) and text.template.endswith("{date} is after discharge.")
    again = pickle.loads(pickle.dumps(text))
    assert again == text and isinstance(again, Text) and again.values == {"date": "11/23/26"}
    assert QT_TR_NOOP("No {braces} needed") == "No {braces} needed"  # no values: not formatted


def test_every_core_message_has_its_spanish_translation() -> None:
    templates, catalogue = core_templates(), spanish_core_catalogue()
    assert len(templates) >= 14
    missing = [f"{where}: {t!r}" for t, where in templates.items() if t not in catalogue]
    assert not missing, "run make translations and translate:\n" + "\n".join(missing)


@pytest.fixture
def spanish(qapp):
    i18n.install("es")
    yield
    i18n.install("en")
    QLocale.setDefault(QLocale.system())  # as the other tests expect (tests/ui/test_translation.py)


def test_errors_from_the_core_are_shown_in_spanish(spanish) -> None:
    assert localized(ValidationError("x").title) == "Revise este dato"
    assert localized(DatabaseLocked("x").title) == "La base de datos está ocupada"
    plain = ValidationError("A message the catalogue does not have.", what_next="Try again.")
    assert explain(plain) == "A message the catalogue does not have. Try again."


def test_values_are_localized_too_and_a_bad_translation_falls_back_to_english(spanish) -> None:
    nested = QT_TR_NOOP("Because: {reason}", reason=QT_TR_NOOP("Not found"))
    assert localized(nested).endswith("No se encontró")  # the inner text is translated
    assert localized("plain str") == "plain str"
    broken = Text("Something needs attention", {"unused": 1})  # Spanish has no {unused}: fine
    assert localized(broken) == "Algo requiere su atención"


def test_dates_in_messages_are_us_in_english_text_and_local_on_screen(spanish) -> None:
    import datetime as dt

    from iop_facilitator.texts import On

    text = QT_TR_NOOP("Expected discharge {date}", date=On(dt.date(2026, 11, 25), "weekday"))
    assert text == "Expected discharge Wed 11/25"  # logs, CSV, tests: as before
    assert localized(text) == "Alta prevista mié 25/11"
    census = QT_TR_NOOP("Not found {when}", when=On(dt.date(2026, 11, 22)))
    assert census == "Not found 11/22/2026" and localized(census).endswith("22/11/26")


def test_enum_labels_in_messages_follow_the_screen_language(spanish) -> None:
    from iop_facilitator.domain.enums import StageOfChange
    from iop_facilitator.texts import Label

    text = QT_TR_NOOP("Because: {reason}", reason=Label(StageOfChange.PREPARATION))
    assert text == "Because: Preparation"
    assert localized(text) == "Because: Preparación"


def test_a_long_refusal_in_spanish_fits_its_dialog(
    spanish, qtbot, clinic, data_paths, clock
) -> None:
    """The refusal wraps to more lines than the dialog first made room for: the dialog grows
    instead of drawing the message over the note box above it."""
    from iop_facilitator.app import Bootstrap
    from iop_facilitator.ui.application import build_main_window
    from iop_facilitator.ui.member_dialogs import AdmitDialog

    window = build_main_window(Bootstrap(data_paths, clock), clinic)
    qtbot.addWidget(window)
    dialog = AdmitDialog(window.controller, parent=window)
    qtbot.addWidget(dialog)
    dialog.resize(380, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.buttons.accepted.emit()  # nothing typed: refused, in Spanish
    assert dialog.message.text().startswith("No se guardó")
    message = dialog.message
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()))
    assert message.heightForWidth(message.width()) > message.fontMetrics().height()  # 2+ lines
    assert message.geometry().top() >= dialog.note.geometry().bottom()
