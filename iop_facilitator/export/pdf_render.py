"""PDF rendering with Qt: a paginated QTextDocument with a header and footer painted on every page.

The body flows through QTextDocument's own pagination; each page is then drawn by hand
(`drawContents` over that page's slice) so the identity header, the 42 CFR Part 2 notice and
"Page N of M" are truly on every page, not only where the flow happens to put them. Fonts are
embedded by QPdfWriter (subset TrueType), so the file reads the same on any machine.

This is the one module outside ui/ that imports Qt (the layer test allows "pdf" in the name).
It works headless: without a running Qt application it starts an offscreen QGuiApplication.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from iop_facilitator import APP_NAME
from iop_facilitator.export.spec import PdfSpec

RESOLUTION = 300  # dots per inch inside the PDF; text stays vector at any zoom
MARGINS_MM = QMarginsF(16, 12, 16, 12)
BODY_POINTS = 10.0
HEADER_POINTS = 8.5
NOTICE_POINTS = 7.5
GAP_POINTS = 6.0

_app: QGuiApplication | None = None


def ensure_app() -> None:
    """Fonts need a Qt GUI application; headless callers (the CLI) get an offscreen one."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([APP_NAME])


def _page_size(spec: PdfSpec) -> QPageSize:
    return QPageSize(
        QPageSize.PageSizeId.A4 if spec.paper_size == "A4" else QPageSize.PageSizeId.Letter
    )


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Arial", "Helvetica", "Liberation Sans", "Sans Serif"])
    font.setPointSizeF(points)
    font.setBold(bold)
    # No ligatures: "fi" stays two letters, so the PDF's text searches and copies as typed.
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def render_pdf(spec: PdfSpec) -> bytes:
    """The finished PDF file's bytes (nothing is written to disk here)."""
    ensure_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(spec.title)
    writer.setCreator(APP_NAME)
    orientation = (
        QPageLayout.Orientation.Landscape if spec.landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(_page_size(spec), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)
    )
    painter = QPainter(writer)
    try:
        _paint(painter, writer, spec)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _paint(painter: QPainter, writer: QPdfWriter, spec: PdfSpec) -> None:
    px = RESOLUTION / 72.0  # device pixels per point
    width = float(writer.width())
    height = float(writer.height())
    gap = GAP_POINTS * px

    header_font, header_bold = _font(HEADER_POINTS), _font(HEADER_POINTS, bold=True)
    notice_font = _font(NOTICE_POINTS)
    header_metrics = QFontMetricsF(header_font, writer)
    notice_metrics = QFontMetricsF(notice_font, writer)
    header_height = header_metrics.lineSpacing() * max(1, len(spec.header_lines)) + gap
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
    notice_rect = notice_metrics.boundingRect(QRectF(0, 0, width, height / 3), flags, spec.notice)
    footer_height = gap + notice_rect.height() + notice_metrics.lineSpacing() * 1.4

    body_top = header_height + gap
    body_height = height - body_top - footer_height - gap
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_font(BODY_POINTS))
    document.setDocumentMargin(0)
    document.setHtml(spec.body_html)
    document.setPageSize(QSizeF(width, body_height))
    pages = max(1, document.pageCount())

    for index in range(pages):
        if index:
            writer.newPage()
        # Header: identity on every page.
        y = 0.0
        for number, line in enumerate(spec.header_lines):
            painter.setFont(header_bold if number == 0 else header_font)
            painter.setPen(QColor("#000000"))
            painter.drawText(QPointF(0, y + header_metrics.ascent()), line)
            y += header_metrics.lineSpacing()
        if spec.banner:
            painter.setFont(header_bold)
            painter.setPen(QColor("#8a1010"))
            painter.drawText(
                QRectF(0, 0, width, header_metrics.lineSpacing()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                spec.banner,
            )
        painter.setPen(QPen(QColor("#555555"), px * 0.6))
        painter.drawLine(QPointF(0, header_height), QPointF(width, header_height))

        # Body: this page's slice of the flowing document.
        painter.save()
        painter.translate(0, body_top - index * body_height)
        document.drawContents(painter, QRectF(0, index * body_height, width, body_height))
        painter.restore()

        # Footer: the redisclosure notice and the page number on every page.
        footer_top = height - footer_height
        painter.setPen(QPen(QColor("#555555"), px * 0.6))
        painter.drawLine(QPointF(0, footer_top), QPointF(width, footer_top))
        painter.setPen(QColor("#000000"))
        painter.setFont(notice_font)
        painter.drawText(
            QRectF(0, footer_top + gap * 0.5, width, notice_rect.height() + px), flags, spec.notice
        )
        painter.drawText(
            QRectF(
                0,
                height - notice_metrics.lineSpacing() * 1.2,
                width,
                notice_metrics.lineSpacing() * 1.2,
            ),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            f"Page {index + 1} of {pages}",
        )

        if spec.watermark:
            _watermark(painter, width, height, spec.watermark)


def _watermark(painter: QPainter, width: float, height: float, text: str) -> None:
    painter.save()
    font = _font(72, bold=True)
    painter.setFont(font)
    painter.setPen(QColor(200, 30, 30, 60))
    painter.translate(width / 2, height / 2)
    painter.rotate(-35)
    painter.drawText(
        QRectF(-width, -height / 6, 2 * width, height / 3), int(Qt.AlignmentFlag.AlignCenter), text
    )
    painter.restore()
