"""Points joined by lines (craving 0-10) or by steps (stage of change, labelled levels)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from iop_facilitator.ui.charts.base import Chart
from iop_facilitator.ui.charts.base import colour as _c


@dataclass(frozen=True)
class Point:
    label: str
    value: float
    tooltip: str


class LineChart(Chart):
    """Points joined by lines (craving 0-10) or by steps (stage of change, labelled levels)."""

    def __init__(
        self, title: str, y_labels: list[str], *, step: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.y_labels = y_labels
        self.step = step
        self.points: list[Point] = []
        self.empty_text = self.tr("Nothing recorded in this range.")

    def set_data(self, points: list[Point]) -> None:
        self.points = list(points)
        self.refresh_summary()

    def summary(self) -> str:
        if not self.points:
            return self.tr("{title}: {empty}").format(title=self.title, empty=self.empty_text)
        values = "; ".join(p.tooltip for p in self.points)
        return self.tr("{title}. {values}.").format(title=self.title, values=values)

    def _y_text(self, value: float) -> str:
        index = round(value)
        if len(self.y_labels) > 2 and 0 <= index < len(self.y_labels):
            return self.y_labels[index]
        return f"{value:g}"

    def paint_chart(self, painter: QPainter, rect: QRectF) -> list[tuple[QRectF, str]]:
        u = self.unit(painter)
        area = self.draw_title(painter, rect.adjusted(6 * u, 4 * u, -6 * u, -4 * u))
        metrics = painter.fontMetrics()
        if not self.points:
            painter.setPen(_c("ink"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return []
        numeric = len(self.y_labels) <= 2
        y_max = float(self.y_labels[-1]) if numeric else float(len(self.y_labels) - 1)
        ticks = (
            [0.0, y_max / 2, y_max] if numeric else [float(i) for i in range(len(self.y_labels))]
        )
        # Long level names (a stage of change in Spanish) are elided to leave room for the plot;
        # the tooltips and the summary give them in full.
        widest = max(metrics.horizontalAdvance(self._y_text(t)) for t in ticks)
        widest = math.ceil(
            min(widest, max(metrics.horizontalAdvance("M") * 4, area.width() * 0.35)) + 1
        )
        axis_w = widest + 8 * u
        plot = QRectF(
            area.left() + axis_w,
            area.top() + metrics.height() * 0.6,
            area.width() - axis_w - metrics.height(),
            area.height() - metrics.height() * 2.0,
        )

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / y_max if y_max else plot.bottom()

        for tick in ticks:
            y = y_of(tick)
            painter.setPen(QPen(_c("grid"), 1 * u))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(_c("ink"))
            painter.drawText(
                QRectF(area.left(), y - metrics.height() / 2, axis_w - 4 * u, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(self._y_text(tick), Qt.TextElideMode.ElideRight, widest),
            )
        count = len(self.points)
        slot = plot.width() / count
        xs = [plot.left() + slot * (i + 0.5) for i in range(count)]
        path = QPainterPath()
        for i, point in enumerate(self.points):
            target = QPointF(xs[i], y_of(point.value))
            if i == 0:
                path.moveTo(target)
            elif self.step:
                path.lineTo(QPointF(xs[i], y_of(self.points[i - 1].value)))
                path.lineTo(target)
            else:
                path.lineTo(target)
        painter.setPen(QPen(_c("fill"), 2 * u))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        hits = []
        radius = 3.5 * u
        step = self.label_step(painter, [p.label for p in self.points], plot.width())
        show_values = numeric and slot > metrics.horizontalAdvance("10") * 1.6
        for i, point in enumerate(self.points):
            centre = QPointF(xs[i], y_of(point.value))
            painter.setPen(QPen(_c("ink"), 1.2 * u))
            painter.setBrush(QBrush(_c("base")))
            if self.step:
                painter.drawRect(
                    QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
                )
            else:
                painter.drawEllipse(centre, radius, radius)
            if show_values:
                painter.setPen(_c("ink"))
                painter.drawText(
                    QRectF(
                        centre.x() - slot / 2,
                        centre.y() - radius - metrics.height(),
                        slot,
                        metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{point.value:g}",
                )
            if i % step == 0:
                painter.setPen(_c("ink"))
                painter.drawText(
                    QRectF(xs[i] - slot * 1.5, plot.bottom() + 2 * u, slot * 3, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    point.label,
                )
            hits.append((QRectF(xs[i] - slot / 2, plot.top(), slot, plot.height()), point.tooltip))
        return hits
