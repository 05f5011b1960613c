"""A report as a PDF: title, figures in words, the charts (painted by the same code as on
screen), then the tables; the clinic name, the 42 CFR Part 2 notice and the page number on
every page. Written to a temporary file and renamed into place.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from iop_facilitator.errors import ExportFailed
from iop_facilitator.services.report_export import ReportDocument
from iop_facilitator.ui import theme
from iop_facilitator.ui.charts import Chart

DPI = 300


def write_report_pdf(
    path: Path,
    document: ReportDocument,
    charts: list[Chart],
    *,
    clinic: str,
    notice: str,
    paper: str = "Letter",
) -> None:
    path = Path(path)
    try:
        handle, temp = tempfile.mkstemp(prefix=".report-", suffix=".pdf.part", dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise ExportFailed(
            QCoreApplication.translate(
                "ReportPdf", "The report could not be saved in that folder."
            ),
            QCoreApplication.translate(
                "ReportPdf", "Choose a folder you can write to (for example Documents)."
            ),
        ) from exc
    try:
        _paint(temp, document, charts, clinic, notice, paper)
        with open(temp, "rb") as file:
            os.fsync(file.fileno())
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise ExportFailed(
            QCoreApplication.translate(
                "ReportPdf",
                "The report could not be saved (the disk may be full or the file open elsewhere).",
            ),
            QCoreApplication.translate(
                "ReportPdf", "Close the file if it is open, free some space, and try again."
            ),
        ) from exc


def _paint(
    temp: str, document: ReportDocument, charts: list[Chart], clinic: str, notice: str, paper: str
) -> None:
    writer = QPdfWriter(temp)
    writer.setResolution(DPI)
    writer.setTitle(document.title)
    writer.setCreator("IOP Facilitator")
    size = QPageSize(QPageSize.PageSizeId.A4 if paper == "A4" else QPageSize.PageSizeId.Letter)
    writer.setPageLayout(
        QPageLayout(
            size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    if not painter.isActive():
        raise OSError("the PDF file could not be opened")
    page = _Pages(painter, writer, clinic, notice)
    body = QFont("DejaVu Sans", 9)
    painter.setFont(body)
    page.text(document.title, bold=True, scale=1.5)
    page.text(document.subtitle)
    page.gap(0.5)
    for line in document.summary:
        page.text(line)
    page.gap(1)
    chart_height = page.line * 16
    for chart in charts:
        page.need(chart_height)
        painter.save()
        with theme.for_paper():
            chart.paint_chart(painter, QRectF(page.left, page.y, page.width, chart_height))
        painter.restore()
        page.y += chart_height + page.line
    for section in document.sections:
        page.need(page.line * 4)
        page.text(section.heading, bold=True)
        page.row(section.header, bold=True)
        for row in section.rows or ((section.empty,),):
            page.row(row)
        page.gap(1)
    page.finish()
    painter.end()


class _Pages:
    """Flowing layout with a header and footer on every page."""

    def __init__(self, painter: QPainter, writer: QPdfWriter, clinic: str, notice: str) -> None:
        self.painter, self.writer, self.clinic, self.notice = painter, writer, clinic, notice
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        self.left, self.width = 0.0, float(rect.width())
        self.height = float(rect.height())
        painter.setFont(QFont("DejaVu Sans", 9))
        self.line = painter.fontMetrics().height() * 1.25
        self.number = 1
        self.y = 0.0
        self._header()

    def _header(self) -> None:
        small = QFont("DejaVu Sans", 7)
        self.painter.save()
        self.painter.setFont(small)
        height = self.painter.fontMetrics().height()
        self.painter.drawText(
            QRectF(0, 0, self.width, height),
            Qt.AlignmentFlag.AlignLeft,
            QCoreApplication.translate("ReportPdf", "{clinic} - internal report").format(
                clinic=self.clinic
            ),
        )
        self.painter.drawText(
            QRectF(0, self.height - height * 2.2, self.width, height * 2.2),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            self.notice,
        )
        self.painter.drawText(
            QRectF(0, self.height - height, self.width, height),
            Qt.AlignmentFlag.AlignRight,
            QCoreApplication.translate("ReportPdf", "Page {number}").format(number=self.number),
        )
        self.painter.restore()
        self.y = height * 2
        self.bottom = self.height - height * 3

    def need(self, space: float) -> None:
        if self.y + space > self.bottom:
            self.writer.newPage()
            self.number += 1
            self._header()

    def gap(self, lines: float) -> None:
        self.y += self.line * lines

    def text(self, text: str, *, bold: bool = False, scale: float = 1.0) -> None:
        font = QFont(self.painter.font())
        font.setBold(bold)
        font.setPointSizeF(9 * scale)
        self.painter.save()
        self.painter.setFont(font)
        box = self.painter.boundingRect(
            QRectF(self.left, 0, self.width, 10_000), Qt.TextFlag.TextWordWrap, text
        )
        self.need(box.height())
        self.painter.drawText(
            QRectF(self.left, self.y, self.width, box.height()), Qt.TextFlag.TextWordWrap, text
        )
        self.painter.restore()
        self.y += max(box.height(), self.line)

    def row(self, cells: tuple[str, ...], *, bold: bool = False) -> None:
        self.need(self.line)
        font = QFont(self.painter.font())
        font.setBold(bold)
        self.painter.save()
        self.painter.setFont(font)
        width = self.width / max(1, len(cells))
        metrics = self.painter.fontMetrics()
        for i, cell in enumerate(cells):
            text = metrics.elidedText(
                cell, Qt.TextElideMode.ElideRight, int(width - self.line * 0.3)
            )
            self.painter.drawText(
                QRectF(self.left + i * width, self.y, width, self.line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        self.painter.restore()
        self.y += self.line

    def finish(self) -> None:
        """Nothing to close: the footer was drawn when each page began."""
