"""The Reports page and the charts: figures on screen, CSV and PDF exports with the Part 2 notice,
tooltips and text summaries, painting at any size."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPointF, QRectF
from PySide6.QtGui import QImage, QPainter

from iop_facilitator.app import Bootstrap
from iop_facilitator.errors import ExportFailed
from iop_facilitator.services.report_export import write_atomic
from iop_facilitator.services.settings import PART2_SHORT_NOTICE
from iop_facilitator.ui.application import build_main_window
from iop_facilitator.ui.charts import AttendanceStrip, Bar, BarChart, Cell, LineChart, Point
from tests.unit.test_reports import seed


@pytest.fixture
def reports_page(qtbot, curriculum_clinic, data_paths, clock):
    clinic = curriculum_clinic
    ids = seed(clinic)
    win = build_main_window(Bootstrap(data_paths, clock), clinic)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.show_section(win.page_titles().index("Reports"))
    page = win.page("Reports")
    page.start.setDate(QDate(2026, 11, 9))
    page.end.setDate(QDate(2026, 11, 22))
    return page, clinic, ids


def choose(page, group_id) -> None:
    page.choice.setCurrentIndex(page.choice.findData(group_id))
    assert page.show_report()


def test_group_report_on_screen_and_as_csv(reports_page, tmp_path) -> None:
    page, _clinic, ids = reports_page
    choose(page, ids["a"])
    doc = page.document
    assert doc.title == "Group report: Morning Test"
    assert doc.summary[0] == "Attendance rate 92% (23 of 25 marked attendances)."
    rate, hours = page.charts
    assert "11/09 100%; 11/16 85%" in rate.accessibleDescription()
    assert "Target 9 h; 2 of 2 below target" in hours.accessibleDescription()
    target = tmp_path / "group.csv"
    assert page.export_csv(target)
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == PART2_SHORT_NOTICE
    assert "Ben,Ben Reportson,2 of 2,5.67,3,9" in text
    assert "2026-11-16,3,11,13,85%,6.4" in text
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report-")]


def test_program_report_as_pdf_with_the_notice_on_every_page(reports_page, tmp_path) -> None:
    page, _clinic, _ids = reports_page
    page.start.setDate(QDate(2026, 11, 2))
    choose(page, -1)
    assert page.document.summary[0] == "Census: 5 admissions, 3 discharges, 4 active on 11/22/2026."
    target = tmp_path / "program.pdf"
    assert page.export_pdf(target)
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 1
    for pdf_page in reader.pages:
        text = " ".join(pdf_page.extract_text().split())
        assert "42 CFR part 2 prohibits" in text
        assert "Test Clinic" in text
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Program report" in first and "Left against advice" in " ".join(
        " ".join(p.extract_text().split()) for p in reader.pages
    )


def test_a_reversed_range_is_refused_in_words(reports_page, monkeypatch) -> None:
    page, _clinic, _ids = reports_page
    shown = []
    monkeypatch.setattr(
        "iop_facilitator.ui.controller.show_error", lambda parent, exc: shown.append(exc)
    )
    page.start.setDate(QDate(2026, 11, 30))
    assert not page.show_report()
    assert shown and "end date is before its start date" in shown[0].message


def test_an_unwritable_folder_is_reported_and_leaves_nothing(tmp_path) -> None:
    with pytest.raises(ExportFailed):
        write_atomic(tmp_path / "missing" / "r.csv", b"x")
    target = tmp_path / "r.csv"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["r.csv"]


def test_charts_give_values_on_hover_and_in_words(qtbot) -> None:
    chart = BarChart("Hours per week")
    qtbot.addWidget(chart)
    chart.resize(600, 240)
    chart.set_data(
        [
            Bar("11/09", 8.5, "Week of 11/09: 8.5 h"),
            Bar("11/16", 9.0, "Week of 11/16: 9 h"),
            Bar("11/23", 3.0, "so far", pending=True),
        ],
        9,
        "9 h target",
    )
    chart.show()
    qtbot.waitExposed(chart)
    chart.repaint()
    assert (
        chart.tooltip_at(QPointF(chart.width() * 0.3, chart.height() * 0.6))
        == "Week of 11/09: 8.5 h"
    )
    assert chart.tooltip_at(QPointF(1, 1)) == ""
    assert chart.accessibleDescription() == (
        "Hours per week. 11/09 8.5 h; 11/16 9 h; 11/23 3 h. Target 9 h; 1 of 2 below target. "
        "1 partial weeks not judged."
    )
    empty = LineChart("Craving", ["0", "10"])
    empty.set_data([])
    assert empty.accessibleDescription() == "Craving: Nothing recorded in this range."


@pytest.mark.parametrize("size", [(300, 150), (900, 300), (2400, 900)])
def test_charts_paint_at_any_size(qtbot, size) -> None:
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    charts = [
        BarChart("Bars"),
        AttendanceStrip(),
        LineChart("Line", ["0", "10"]),
        LineChart("Steps", ["A", "B", "C"], step=True),
    ]
    charts[0].set_data([Bar(f"w{i}", i * 1.5, "t") for i in range(40)], 9)
    charts[1].set_data(
        [
            Cell(f"{i}", "P", kind, "t")
            for i, kind in enumerate(["full", "partial", "remote", "absent", "none"] * 20)
        ]
    )
    charts[2].set_data([Point(f"{i}", i % 11, "t") for i in range(60)])
    charts[3].set_data([Point(f"{i}", i % 3, "t") for i in range(10)])
    for chart in charts:
        painter = QPainter(image)
        hits = chart.paint_chart(painter, QRectF(0, 0, *size))
        painter.end()
        assert hits


def test_every_report_heading_and_column_is_offered_for_translation(reports_page) -> None:
    """The core writes reports in English; the page lists their fixed texts for lupdate."""
    from iop_facilitator.ui.reports_page import REPORT_TEXTS

    page = reports_page[0]
    documents = []
    for index in range(page.choice.count()):
        page.choice.setCurrentIndex(index)
        assert page.show_report()
        documents.append(page.document)
    assert len(documents) >= 2  # the program report and at least one group report
    texts = {documents[0].title}
    for document in documents:
        for section in document.sections:
            texts |= {section.heading, section.empty, *section.header}
    assert texts - set(REPORT_TEXTS) == set()
