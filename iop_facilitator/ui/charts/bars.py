"""Bars per week (hours or a percentage) with an optional target line."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from iop_facilitator.ui.charts.base import Chart
from iop_facilitator.ui.charts.base import colour as _c


def _faded_base() -> QColor:
    colour = _c("base")
    colour.setAlpha(220)
    return colour


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    tooltip: str
    pending: bool = (
        False  # e.g. the week in progress: drawn dotted, never judged against the target
    )


class BarChart(Chart):
    """Bars per week (hours or a percentage) with an optional target line.

    Bars below the target are hatched and light; bars at or above it are solid.
    """

    def __init__(self, title: str, unit_label: str = "h", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.unit_label = unit_label
        self.bars: list[Bar] = []
        self.target: float | None = None
        self.target_label = ""
        self.y_max: float | None = None
        self.empty_text = self.tr("No data in this range.")

    def set_data(
        self,
        bars: list[Bar],
        target: float | None = None,
        target_label: str = "",
        y_max: float | None = None,
    ) -> None:
        self.bars, self.target, self.target_label, self.y_max = (
            list(bars),
            target,
            target_label,
            y_max,
        )
        self.refresh_summary()
        self.fit_height()

    def fmt(self, value: float) -> str:
        return (
            f"{value:.0f}%" if self.unit_label == "%" else f"{round(value, 1):g} {self.unit_label}"
        )

    def summary(self) -> str:
        if not self.bars:
            return self.tr("{title}: {empty}").format(title=self.title, empty=self.empty_text)
        values = "; ".join(f"{b.label} {self.fmt(b.value)}" for b in self.bars)
        text = self.tr("{title}. {values}.").format(title=self.title, values=values)
        if self.target is not None:
            judged = [b for b in self.bars if not b.pending]
            below = sum(b.value < self.target - 1e-9 for b in judged)
            text += " " + self.tr("Target {target}; {below} of {judged} below target.").format(
                target=self.fmt(self.target), below=below, judged=len(judged)
            )
            if len(judged) < len(self.bars):
                text += " " + self.tr("{count} partial weeks not judged.").format(
                    count=len(self.bars) - len(judged)
                )
        return text

    def legend(self) -> str:
        if self.target is None:
            return ""
        legend = self.tr("Solid: at or above {target}   Hatched: below   Dashed line: target")
        legend = legend.format(target=self.target_label or self.fmt(self.target))
        if any(b.pending for b in self.bars):
            legend += "   " + self.tr("Dotted: not a full week")
        return legend

    def paint_chart(self, painter: QPainter, rect: QRectF) -> list[tuple[QRectF, str]]:
        u = self.unit(painter)
        area = self.draw_title(painter, rect.adjusted(6 * u, 4 * u, -6 * u, -4 * u), self.legend())
        metrics = painter.fontMetrics()
        if not self.bars:
            painter.setPen(_c("ink"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return []
        top_value = max([b.value for b in self.bars] + [self.target or 0, 1e-9])
        y_max = self.y_max or _nice_ceiling(top_value * 1.15)
        axis_w = metrics.horizontalAdvance(self.fmt(y_max)) + 6 * u
        plot = QRectF(
            area.left() + axis_w,
            area.top() + metrics.height() * 0.6,
            area.width() - axis_w,
            area.height() - metrics.height() * 2.0,
        )

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * min(value, y_max) / y_max

        _grid(painter, plot, y_max, y_of, self.fmt, u)
        hits = []
        slot = plot.width() / len(self.bars)
        gap = max(1.0, slot * 0.18)
        step = self.label_step(painter, [b.label for b in self.bars], plot.width())
        for i, bar in enumerate(self.bars):
            x = plot.left() + i * slot + gap / 2
            box = QRectF(x, y_of(bar.value), slot - gap, plot.bottom() - y_of(bar.value))
            below = self.target is not None and bar.value < self.target - 1e-9 and not bar.pending
            painter.setPen(QPen(_c("warn") if below else _c("fill"), 1.5 * u))
            if bar.pending:
                painter.setPen(QPen(_c("fill"), 1.5 * u, Qt.PenStyle.DotLine))
                painter.setBrush(QBrush(_c("pending")))
                painter.drawRect(box)
            elif below:
                painter.setBrush(QBrush(_c("base")))
                painter.drawRect(box)
                painter.setBrush(QBrush(_c("warn"), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(box)
            else:
                painter.setBrush(QBrush(_c("fill")))
                painter.drawRect(box)
            text = self.fmt(bar.value)
            if metrics.horizontalAdvance(text) < slot - gap / 2:
                painter.setPen(_c("ink"))
                painter.drawText(
                    QRectF(x - gap / 2, box.top() - metrics.height(), slot, metrics.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
            if i % step == 0:
                painter.setPen(_c("ink"))
                painter.drawText(
                    QRectF(
                        plot.left() + i * slot - slot,
                        plot.bottom() + 2 * u,
                        slot * 3,
                        metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignHCenter,
                    bar.label,
                )
            hits.append(
                (QRectF(plot.left() + i * slot, plot.top(), slot, plot.height()), bar.tooltip)
            )
        if self.target is not None:
            y = y_of(self.target)
            painter.setPen(QPen(_c("target"), 2 * u, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label = self.target_label or self.fmt(self.target)
            painter.setPen(_c("ink"))
            width = metrics.horizontalAdvance(label) + 4 * u
            back = QRectF(
                plot.right() - width, y - metrics.height() - 1 * u, width, metrics.height()
            )
            painter.fillRect(back, _faded_base())
            painter.drawText(back, Qt.AlignmentFlag.AlignCenter, label)
        return hits


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


def _grid(
    painter: QPainter,
    plot: QRectF,
    y_max: float,
    y_of: Callable[[float], float],
    fmt: Callable[[float], str],
    u: float,
) -> None:
    metrics = painter.fontMetrics()
    for i in range(5):
        value = y_max * i / 4
        y = y_of(value)
        painter.setPen(QPen(_c("grid"), 1 * u))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(_c("ink"))
        painter.drawText(
            QRectF(
                plot.left() - 200 * u, y - metrics.height() / 2, 200 * u - 4 * u, metrics.height()
            ),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            fmt(value),
        )
    painter.setPen(QPen(_c("ink"), 1 * u))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
