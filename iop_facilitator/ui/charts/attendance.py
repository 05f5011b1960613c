"""The attendance strip: one cell per session, with a letter and a pattern for the status."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from iop_facilitator.ui.charts.base import Chart
from iop_facilitator.ui.charts.base import colour as _c
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Cell:
    label: str
    code: str  # one letter drawn in the cell
    kind: str  # "full", "partial", "remote", "absent", "none"
    tooltip: str


class AttendanceStrip(Chart):
    """One cell per session: a letter and a pattern for the attendance status."""

    # The letters must match member_progress.CELL ("AttendanceCode" context). Two spaces
    # between entries: the legend wraps there at narrow widths (LEGEND_SEPARATOR).
    LEGEND = QT_TRANSLATE_NOOP(
        "AttendanceStrip",
        "P present  L late  E left early  T telehealth  X absent excused  U absent unexcused",
    )

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title or self.tr("Attendance by session"), parent)
        self.cells: list[Cell] = []
        self.base_minimum_height = 130
        self.setMinimumHeight(self.base_minimum_height)

    def sizeHint(self) -> QSize:
        return QSize(520, 140)

    def legend(self) -> str:
        return self.tr(self.LEGEND)

    def set_data(self, cells: list[Cell]) -> None:
        self.cells = list(cells)
        self.refresh_summary()

    def summary(self) -> str:
        if not self.cells:
            return self.tr("{title}: no sessions in this range.").format(title=self.title)
        attended = sum(c.kind in ("full", "partial", "remote") for c in self.cells)
        details = "; ".join(c.tooltip for c in self.cells)
        return self.tr("{title}: attended {attended} of {total}. {details}.").format(
            title=self.title, attended=attended, total=len(self.cells), details=details
        )

    def paint_chart(self, painter: QPainter, rect: QRectF) -> list[tuple[QRectF, str]]:
        u = self.unit(painter)
        area = self.draw_title(painter, rect.adjusted(6 * u, 4 * u, -6 * u, -4 * u), self.legend())
        metrics = painter.fontMetrics()
        if not self.cells:
            painter.setPen(_c("ink"))
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter, self.tr("No sessions in this range.")
            )
            return []
        size = min(metrics.height() * 1.8, area.width() / len(self.cells))
        size = max(size, 4 * u)
        per_row = max(1, int(area.width() // size))
        step = self.label_step(painter, [c.label for c in self.cells[:per_row]], per_row * size)
        hits = []
        for i, cell in enumerate(self.cells):
            row, col = divmod(i, per_row)
            box = QRectF(
                area.left() + col * size,
                area.top() + row * (size + metrics.height() * 1.2),
                size - 2 * u,
                size - 2 * u,
            )
            painter.setPen(QPen(_c("ink"), 1 * u))
            brush = {
                "full": QBrush(_c("fill")),
                "partial": QBrush(_c("fill"), Qt.BrushStyle.Dense4Pattern),
                "remote": QBrush(_c("fill"), Qt.BrushStyle.CrossPattern),
                "absent": QBrush(_c("base")),
                "none": QBrush(_c("none")),
            }[cell.kind]
            painter.setBrush(QBrush(_c("base")))
            painter.drawRect(box)
            painter.setBrush(brush)
            painter.drawRect(box)
            if cell.kind == "absent":
                painter.setPen(QPen(_c("warn"), 1.5 * u))
                painter.drawLine(box.topLeft(), box.bottomRight())
            if size > metrics.height():
                font = QFont(painter.font())
                font.setBold(True)
                painter.save()
                painter.setFont(font)
                light = cell.kind == "full"
                painter.setPen(_c("on_fill") if light else _c("ink"))
                if not light:
                    back = QRectF(
                        0, 0, metrics.horizontalAdvance(cell.code) + 4 * u, metrics.height()
                    )
                    back.moveCenter(box.center())
                    painter.fillRect(back, _c("base"))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, cell.code)
                painter.restore()
            if col % step == 0:
                painter.setPen(_c("ink"))
                label_box = QRectF(
                    box.left() - size, box.bottom() + 1 * u, size * 3, metrics.height()
                )
                align = Qt.AlignmentFlag.AlignHCenter
                if box.center().x() - metrics.horizontalAdvance(cell.label) / 2 < rect.left():
                    label_box.moveLeft(box.left())  # the first label stays inside the chart
                    align = Qt.AlignmentFlag.AlignLeft
                painter.drawText(label_box, align, cell.label)
            hits.append((box, cell.tooltip))
        return hits
