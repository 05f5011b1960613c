"""Spanish for the second half of the UI: with the Spanish catalogue compiled and installed,
no label, button, title, tab, placeholder, tooltip, accessible name or column header of these
screens is still an English source text. The translator is removed afterwards so other tests
stay English."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from iop_facilitator.app import Bootstrap
from iop_facilitator.domain.curriculum import blank_topic
from iop_facilitator.domain.enums import Phase, Track
from iop_facilitator.domain.groups import GroupDraft
from iop_facilitator.domain.members import MemberDraft
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.audit_view import AuditDialog
from iop_facilitator.ui.backups_panel import BackupsPanel
from iop_facilitator.ui.import_dialog import MemberImportDialog
from iop_facilitator.ui.member_dialogs import AdmitDialog, DischargeDialog, MoveDialog
from iop_facilitator.ui.member_progress import MemberProgressDialog
from iop_facilitator.ui.members.page import MembersPage
from iop_facilitator.ui.reports_page import ReportsPage
from iop_facilitator.ui.security_dialogs import (
    ChangePassphraseDialog,
    FacilitatorChooserDialog,
    FacilitatorsDialog,
)
from iop_facilitator.ui.security_settings import SecuritySettings
from iop_facilitator.ui.topic_editor import TopicEditorDialog

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "iop_facilitator_es.ts"


def english_sources() -> set[str]:
    """Source texts whose Spanish differs (so seeing one on screen means it stayed English)."""
    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if source != translation and len(source) > 1 and "{" not in source:
            found.add(source)
    return found


@pytest.fixture
def spanish(qapp, tmp_path) -> Iterator[None]:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "iop_facilitator_es.qm"
    done = subprocess.run(
        [str(lrelease), str(TS), "-qm", str(qm)], capture_output=True, text=True, check=True
    )
    assert "0 unfinished" in done.stdout
    ours, qt = QTranslator(), QTranslator()
    assert ours.load(str(qm))
    qt.load("qtbase_es", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    QCoreApplication.installTranslator(ours)
    QCoreApplication.installTranslator(qt)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(qt)
        QCoreApplication.removeTranslator(ours)
        QLocale.setDefault(previous)


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every user-facing text of root and its children. The body of a shown
    report is the report service's document (Qt-free, English for now): data, not UI."""
    data = root.body if isinstance(root, ReportsPage) else None
    for w in [root, *root.findChildren(QWidget)]:
        if data is not None and data.isAncestorOf(w):
            continue
        kind = type(w).__name__
        yield f"{kind} accessible name", w.accessibleName()
        yield f"{kind} tooltip", w.toolTip()
        if w.isWindow():
            yield f"{kind} window title", w.windowTitle()
        if isinstance(w, QLabel):
            yield "label", w.text()
        if isinstance(w, QAbstractButton):
            yield "button", w.text()
        if isinstance(w, QGroupBox):
            yield "group box", w.title()
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield "tab", w.tabText(i)
        if isinstance(w, QLineEdit | QPlainTextEdit):
            yield f"{kind} placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield "combo item", w.itemText(i)
        if isinstance(w, QTableView) and w.model() is not None:
            header = w.horizontalHeader()
            for column in range(header.count()):
                title = w.model().headerData(column, Qt.Orientation.Horizontal)
                yield "column header", str(title or "")


def still_english(root: QWidget, sources: set[str]) -> list[str]:
    stripped = {s.replace("&", ""): s for s in sources}
    left = []
    for where, text in texts(root):
        if text and (text in sources or text.replace("&", "") in stripped):
            left.append(f"{type(root).__name__} {where}: {text!r}")
    return left


def test_second_half_of_the_ui_is_all_spanish(qtbot, spanish, clinic, data_paths) -> None:
    today = clinic.ctx.clock.now().date()
    group_id, _ = clinic.groups.create(
        GroupDraft("Grupo de la mañana", Track.SUBSTANCE_USE, (1, 3, 5), dt.time(9))
    )
    member_id, *_ = clinic.members.admit(
        MemberDraft(
            "Avery",
            "Avery Quinn",
            "MRN-1",
            Track.SUBSTANCE_USE,
            Phase.ENGAGEMENT,
            today - dt.timedelta(days=10),
        ),
        group_id,
    )
    clinic.facilitators.create("Sam Otro", "LADC", "1234")
    window = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(window)
    controller = window.controller
    members = window.page("Members")  # each page is built when first asked for
    assert isinstance(members, MembersPage)
    members.select_member(member_id)
    members.tabs.setCurrentIndex(1)  # builds the progress charts

    screens: list[QWidget] = [
        members,
        window.page("Groups"),
        window.page("Curriculum"),
        window.page("Reports"),
        AdmitDialog(controller, window),
        MoveDialog(controller, member_id, window),
        DischargeDialog(controller, member_id, window),
        MemberImportDialog(controller, window),
        TopicEditorDialog(controller, blank_topic(), new=True, parent=window),
        MemberProgressDialog(clinic, int(member_id), window),
        AuditDialog(controller, window),
        BackupsPanel(controller),
        SecuritySettings(controller),
        FacilitatorsDialog(controller, window),
        ChangePassphraseDialog(controller, window),
        FacilitatorChooserDialog(clinic, window),
    ]
    for screen in screens:
        if screen.parent() is None:
            qtbot.addWidget(screen)
    sources = english_sources()
    assert "Admit member" in sources and "Search members" in sources
    left = [text for screen in screens for text in still_english(screen, sources)]
    assert left == [], "\n".join(left)
    # and the Spanish is really there
    assert members.member_list.admit_button.text() == "&Admitir…"
    assert screens[4].windowTitle() == "Admitir miembro"


def test_the_english_is_back_after_the_translator_is_removed(qtbot, clinic, data_paths) -> None:
    window = build_main_window(Bootstrap(data_paths), clinic)
    qtbot.addWidget(window)
    members = window.page("Members")
    assert isinstance(members, MembersPage)
    assert members.member_list.admit_button.text() == "&Admit…"
