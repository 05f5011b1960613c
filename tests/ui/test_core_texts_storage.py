"""Storage, export and lock messages (texts.QT_TR_NOOP) reach the screen in Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from iop_facilitator.app import Bootstrap
from iop_facilitator.domain.member_csv import ImportPlan, ImportRow, RowStatus
from iop_facilitator.errors import ExportFailed, ValidationError
from iop_facilitator.export import atomic
from iop_facilitator.storage import Passphrase
from iop_facilitator.ui import i18n
from iop_facilitator.ui.import_dialog import ImportPreviewModel
from iop_facilitator.ui.messages import explain, localized
from iop_facilitator.ui.unlock import UnlockDialog

PASS = "correct horse battery staple 42"


@pytest.fixture
def spanish(qapp):
    formats = QLocale()  # install("es") also sets Spanish dates: later tests expect the machine's
    i18n.install("es")
    yield
    i18n.install("en", keep_locale=True)
    QLocale.setDefault(formats)


def test_a_wrong_passphrase_is_refused_in_spanish(spanish, qtbot, data_paths, clock) -> None:
    boot = Bootstrap(data_paths, clock)
    boot.create(Passphrase(PASS), "Clinic", "Fac Testwell", "").close()
    dialog = UnlockDialog(boot.open, delay_ms=lambda _failures: 0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.clinic is None
    assert dialog.message.text() == (
        "Esa frase de contraseña no abre la base de datos de esta clínica. (intento 1)"
    )


def test_a_failed_export_names_what_failed_in_spanish(spanish, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the export folder should be", encoding="utf-8")
    with pytest.raises(ExportFailed) as caught:
        atomic.write_new(blocker / "exports", "note.pdf", b"%PDF")
    folder = blocker / "exports"
    # English stays as it was, starting with the capitalized subject ...
    assert str(caught.value.message) == (
        f"The export could not be saved: the folder {folder} cannot be created or found."
    )
    # ... and so does the Spanish, with the subject translated too.
    assert explain(caught.value) == (
        f"La exportación no se pudo guardar: no se puede crear ni encontrar la carpeta {folder}. "
        "Elija una carpeta existente, o compruebe que la unidad está conectada, e inténtelo de "
        "nuevo."
    )
    assert localized(ExportFailed("x").title) == "No se pudo exportar"


def test_an_import_row_problem_is_shown_in_spanish(spanish, qapp) -> None:
    with pytest.raises(ValidationError) as caught:
        Passphrase("with a \x00 inside").pragma_literal()
    row = ImportRow(3, RowStatus.ERROR, "C-3", "Row Three", "", problems=(caught.value.message,))
    model = ImportPreviewModel()
    model.set_plan(ImportPlan((row,)))
    problems = model.index(0, len(model.columns) - 1)
    assert model.data(problems) == "Una frase de contraseña no puede contener el carácter NUL."
    assert row.problems[0] == "A passphrase cannot contain a NUL character."  # stored English
