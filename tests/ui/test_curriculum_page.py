"""The Curriculum page through real widgets on a clinic whose built-ins are the fixture topics."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from iop_facilitator.app import Bootstrap
from iop_facilitator.paths import DataPaths
from iop_facilitator.services.clinic import create_clinic
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.controller import Controller
from iop_facilitator.ui.curriculum_page import CurriculumPage
from iop_facilitator.ui.topic_models import SegmentTableModel, TopicFilterProxy, TopicTableModel
from tests.conftest import CURRICULUM_FIXTURES, TEST_KEY

RP, CS, GS = "rp-sample-high-risk", "cs-sample-urge-surfing", "gs-sample-smart-goals"


@pytest.fixture
def shown_errors(monkeypatch) -> list:
    shown: list = []
    monkeypatch.setattr(
        "iop_facilitator.ui.controller.show_error", lambda parent, exc: shown.append(exc)
    )
    return shown


@pytest.fixture
def page(qtbot, curriculum_clinic) -> CurriculumPage:
    controller = Controller(curriculum_clinic)
    widget = CurriculumPage(controller)
    controller.changed.connect(widget.on_changes)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def keys(page: CurriculumPage) -> list[str]:
    return [
        page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).key
        for r in range(page.proxy.rowCount())
    ]


def test_models_pass_the_model_tester(qtmodeltester, curriculum_clinic) -> None:
    model = TopicTableModel()
    model.set_rows(curriculum_clinic.curriculum.list())
    qtmodeltester.check(model)
    proxy = TopicFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_series("Coping Skills")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    segments = SegmentTableModel(curriculum_clinic.curriculum.current(GS).topic.segments)
    qtmodeltester.check(segments)
    assert not segments.setData(segments.index(0, 1), "ten")
    assert not segments.setData(segments.index(0, 1), -5)
    assert segments.setData(segments.index(0, 1), " 25 ") and segments.total_minutes() == 175
    assert segments.move_segment(0, 1) == 1 and segments.rows[1].title == "Check-in"
    assert segments.move_segment(1, -1) == 0 and segments.rows[0].title == "Check-in"
    segments.add_segment(5, minutes=5)
    segments.remove_segment(0)
    qtmodeltester.check(segments)


def test_browse_by_series_search_and_preview(page) -> None:
    assert keys(page) == [RP, CS, GS]
    assert page.series_list.item(0).text() == "All series (3)"
    assert page.series_list.item(1).text() == "Relapse Prevention (1)"
    page.series_list.setCurrentRow(6)  # Goal Setting
    assert keys(page) == [GS]
    text = page.preview.toPlainText()
    assert "Sample: Setting SMART Recovery Goals" in text
    for words in (
        "Objectives",
        "Agenda (180 of 180 minutes)",
        "1:35",
        "Break",
        "Discussion prompts",
        "Activity",
        "Facilitator tips",
        "My SMART goal",
        "Built-in topic (read-only)",
    ):
        assert words in text, words
    assert not page.edit_button.isEnabled() and page.duplicate_button.isEnabled()
    page.series_list.setCurrentRow(0)
    page.search.setText("payday cousin")
    assert keys(page) == [RP]
    page.search.setText("nothing matches this")
    assert keys(page) == [] and "No topic chosen" in page.preview.toPlainText()
    assert not page.print_button.isEnabled()


def test_handout_document_and_printing_to_pdf(page, tmp_path) -> None:
    page.select_key(CS)
    document = page.handout_document()
    assert document.toPlainText().startswith("Urge surfing")
    assert "This week I practised on: ____" in document.toPlainText()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "handout.pdf"))
    assert page.print_handout(printer)
    pdf = PdfReader(io.BytesIO((tmp_path / "handout.pdf").read_bytes()))
    assert "Notice where you feel the urge" in " ".join(pdf.pages[0].extract_text().split())


def test_duplicate_edit_and_save_a_new_version(qtbot, page, shown_errors) -> None:
    page.select_key(RP)
    with qtbot.waitSignal(page.controller.changed):
        qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    assert page.shown.topic.key == f"{RP}-copy" and page.edit_button.isEnabled()
    assert "Clinic topic, version 1" in page.preview.toPlainText()
    dialog = page.edit()
    qtbot.waitExposed(dialog)
    assert dialog.key.isReadOnly()
    dialog.segments.setData(dialog.segments.index(1, 1), 40)
    assert dialog.total_label.text() == "Agenda: 85 of 90 minutes. Add 5."
    with qtbot.assertNotEmitted(page.controller.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "add up to 85 minutes" in shown_errors[0].message
    dialog.segments.setData(dialog.segments.index(1, 1), 45)
    assert dialog.total_label.text() == "Agenda: 90 of 90 minutes. Adds up."
    dialog.title_edit.setText("Our high-risk situations")
    with qtbot.waitSignal(page.controller.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.shown.topic.title == "Our high-risk situations"
    assert "Clinic topic, version 2" in page.preview.toPlainText()


def test_new_topic_suggests_a_key_and_checks_every_field(qtbot, page, shown_errors) -> None:
    dialog = page.new_topic()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title_edit, "Anger & Stress!")
    assert dialog.key.text() == "clinic-anger-stress"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    message = shown_errors[0].message
    assert "field 'objectives'" in message and dialog.isVisible()
    dialog.objectives.setPlainText("Members name two stress signals.")
    dialog.prompts.setPlainText("What does stress feel like in your body?")
    dialog.activity.setPlainText("Body map in pairs.")
    dialog.tips.setPlainText("Keep it concrete.")
    dialog.sources.setPlainText("SAMHSA TIP 47 (2006).")
    dialog.handout.setPlainText("# Stress signals\n\n- ____")
    dialog.minutes.setCurrentIndex(0)  # 60 minutes: the 90-minute agenda no longer fits
    assert "30 too many" in dialog.total_label.text()
    dialog.agenda.setCurrentIndex(dialog.segments.index(2, 0))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    dialog.segments.setData(dialog.segments.index(1, 1), 45)
    dialog.segments.setData(dialog.segments.index(1, 2), "Teach stress signals; body map.")
    assert "Adds up" in dialog.total_label.text()
    with qtbot.waitSignal(page.controller.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert page.shown.topic.key == "clinic-anger-stress"


def test_retire_and_restore(qtbot, page) -> None:
    page.select_key(CS)
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert keys(page) == [RP, GS]
    page.show_retired.setChecked(True)
    assert CS in keys(page)
    page.select_key(CS)
    assert page.retire_button.text() == "Res&tore" and "retired" in page.preview.toPlainText()
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    page.show_retired.setChecked(False)
    assert keys(page) == [RP, CS, GS]


def test_export_then_import_into_another_clinic(qtbot, page, tmp_path, clock) -> None:
    page.select_key(GS)
    page.ask_save_path = lambda: str(tmp_path / "our-topics")
    page.table.selectAll()
    page.export_pack()
    assert (
        tmp_path / "our-topics.toml"
    ).exists() and "Exported 3 topics" in page.status_label.text()

    told: list[tuple[str, str]] = []
    page.inform = lambda title, text: told.append((title, text))
    page.ask_open_path = lambda: str(tmp_path / "our-topics.toml")
    page.import_pack()
    assert told[-1][0] == "Nothing to import" and "3 already here" in told[-1][1]

    other = create_clinic(
        DataPaths(tmp_path / "o").ensure(),
        TEST_KEY,
        clinic_name="O",
        facilitator_name="Fac Other",
        clock=clock,
        curriculum=tmp_path / "none",
    )
    try:
        controller = Controller(other)
        other_page = CurriculumPage(controller)
        controller.changed.connect(other_page.on_changes)
        qtbot.addWidget(other_page)
        assert keys(other_page) == []
        other_page.ask_open_path = page.ask_open_path
        asked: list[str] = []
        other_page.confirm = lambda title, text: asked.append(text) or True
        other_page.import_pack()
        assert "3 new, 0 changed" in asked[0]
        assert keys(other_page) == [RP, CS, GS]
        assert "Imported 3 new" in other_page.status_label.text()
        bad = tmp_path / "bad.toml"
        bad.write_text("format = 'iop-facilitator-topic-pack'\nformat_version = 1\n[[topics]]\n")
        other_page.ask_open_path = lambda: str(bad)
        other_page.inform = lambda title, text: told.append((title, text))
        other_page.import_pack()
        assert (
            told[-1][0] == "This pack cannot be imported" and "Nothing was changed" in told[-1][1]
        )
    finally:
        other.close()


def test_main_window_has_the_curriculum_page_and_file_problems_show(qtbot, tmp_path, clock) -> None:
    lib = tmp_path / "lib"
    import shutil

    shutil.copytree(CURRICULUM_FIXTURES, lib)
    (lib / "coping-skills" / "cs-bad.toml").write_text("minutes = \n")
    paths = DataPaths(tmp_path / "d").ensure()
    clinic = create_clinic(
        paths,
        TEST_KEY,
        clinic_name="C",
        facilitator_name="Fac Testwell",
        clock=clock,
        curriculum=lib,
    )
    try:
        window = build_main_window(Bootstrap(paths), clinic)
        qtbot.addWidget(window)
        window.show()
        window.show_section(window.page_titles().index("Curriculum"))
        page = window.stack.currentWidget()
        assert isinstance(page, CurriculumPage) and len(keys(page)) == 3
        assert not page.problems_label.isHidden()
        assert "coping-skills/cs-bad.toml, line 1" in page.problems_label.text()
        assert "Warning: 1 built-in topic file could not be loaded" in page.problems_label.text()
        for widget in (
            page.search,
            page.series_list,
            page.table,
            page.preview,
            page.new_button,
            page.import_button,
            page.export_button,
            page.show_retired,
        ):
            assert widget.accessibleName()
    finally:
        clinic.close()


def test_fixture_topics_are_not_shipped() -> None:
    shipped = Path(__file__).resolve().parents[2] / "resources" / "curriculum"
    assert (
        not any(
            p.name.startswith(("rp-sample", "cs-sample", "gs-sample"))
            for p in shipped.rglob("*.toml")
        )
        if shipped.is_dir()
        else True
    )
