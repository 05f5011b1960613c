"""Charts drawn with QPainter: weekly bars with a target line, attendance strip, line and steps.

Why QPainter and not QtCharts: QtCharts is not in PySide6-Essentials; the full PySide6 package
adds about 400 MB (WebEngine and the rest) to get it, against a few hundred lines here.

Every chart:
- draws through `paint_chart(painter, rect)`, so the same code paints the screen and a PDF page;
- reads in greyscale: below-target bars are hatched and labelled, attendance cells carry a
  letter and a pattern, points are marked and labelled; colour only repeats what shapes say;
- shows the value under the mouse as a tooltip;
- puts its figures in words in `accessibleDescription()` (`summary()`), for screen readers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from iop_facilitator.ui import theme
from iop_facilitator.ui.i18n import QT_TRANSLATE_NOOP


def _c(role: str) -> QColor:
    """A chart colour from the current theme (light, dark or high contrast; ui/theme.py)."""
    return theme.current().colour(role)


def _faded_base() -> QColor:
    colour = _c("base")
    colour.setAlpha(220)
    return colour


# Legend entries are separated by two or more spaces, in the source text and in every
# translation ("P present  L late"); each entry is kept whole on one line when it fits.
LEGEND_SEPARATOR = re.compile(r"\s{2,}")
HEADER_FLAGS = (
    Qt.AlignmentFlag.AlignLeft
    | Qt.AlignmentFlag.AlignTop
    | Qt.TextFlag.TextWordWrap
    | Qt.TextFlag.TextDontClip
)


def legend_entries(legend: str) -> list[str]:
    return [entry for entry in LEGEND_SEPARATOR.split(legend.strip()) if entry]


def header_layout(
    font: QFont, device: QPaintDevice | None, width: float, title: str, legend: str
) -> tuple[QRectF, list[tuple[QRectF, str]], float]:
    """Where a chart's title and legend entries go, from the top left of a `width` wide area.

    The title wraps at word boundaries. Legend entries flow left to right and start a new line
    when the next one does not fit; an entry wider than the whole area is word-wrapped on its
    own lines. Returns the title's box, each entry's box and text, and the height used.
    """
    width = max(1.0, width)
    metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    bold = QFont(font)
    bold.setBold(True)
    bold_metrics = QFontMetricsF(bold, device) if device is not None else QFontMetricsF(bold)
    tall = QRectF(0, 0, width, 1e6)
    title_height = bold_metrics.boundingRect(tall, HEADER_FLAGS, title).height() if title else 0
    title_box = QRectF(0, 0, width, max(title_height, bold_metrics.height()))
    line = metrics.height()
    gap = metrics.horizontalAdvance("M") * 1.5
    top = title_box.height() + line * 0.3
    x, y = 0.0, top
    boxes: list[tuple[QRectF, str]] = []
    for entry in legend_entries(legend):
        advance = math.ceil(metrics.horizontalAdvance(entry)) + 1.0
        if advance > width:  # too long even alone: wrap the entry itself
            if x > 0:
                x, y = 0.0, y + line
            height = metrics.boundingRect(tall, HEADER_FLAGS, entry).height()
            boxes.append((QRectF(0, y, width, height), entry))
            y += height
            continue
        if x > 0 and x + advance > width:
            x, y = 0.0, y + line
        boxes.append((QRectF(x, y, advance, line), entry))
        x += advance + gap
    if x > 0:
        y += line
    if boxes:
        y += line * 0.2
    return title_box, boxes, y


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    tooltip: str
    pending: bool = (
        False  # e.g. the week in progress: drawn dotted, never judged against the target
    )


@dataclass(frozen=True)
class Cell:
    label: str
    code: str  # one letter drawn in the cell
    kind: str  # "full", "partial", "remote", "absent", "none"
    tooltip: str


@dataclass(frozen=True)
class Point:
    label: str
    value: float
    tooltip: str


class Chart(QWidget):
    """Base: a title, hit boxes for tooltips, and the accessible summary."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._hits: list[tuple[QRectF, str]] = []
        # Where the legend entries were last painted (widget coordinates), for tests.
        self.legend_boxes: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        self.base_minimum_height = 190
        self.setMinimumHeight(self.base_minimum_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(
            Qt.FocusPolicy.TabFocus
        )  # reachable by keyboard; the summary is read out
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def summary(self) -> str:
        raise NotImplementedError

    def refresh_summary(self) -> None:
        self._hits = []
        self.setAccessibleDescription(self.summary())
        self.setToolTip("")
        self.update()

    def paint_chart(self, painter: QPainter, rect: QRectF) -> list[tuple[QRectF, str]]:
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._hits = self.paint_chart(painter, QRectF(self.rect()))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPointF) -> str:
        """The value under `pos` (widget coordinates)."""
        if not self._hits:  # not painted yet at this size: lay it out off screen
            image = QImage(max(1, self.width()), max(1, self.height()), QImage.Format.Format_ARGB32)
            painter = QPainter(image)
            painter.setFont(self.font())
            self._hits = self.paint_chart(painter, QRectF(self.rect()))
            painter.end()
        return next((text for box, text in self._hits if box.contains(pos)), "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._hits = []
        super().resizeEvent(event)
        self.fit_height()

    def legend(self) -> str:
        """The legend text as painted (entries separated by two spaces); "" for none."""
        return ""

    def fit_height(self) -> None:
        """Ask for room for the title and legend as wrapped at this width, plus the plot."""
        margin = 6 * self.unit_for(self.fontMetrics().height())
        _title, _entries, header = header_layout(
            self.font(), self, self.width() - 2 * margin, self.title, self.legend()
        )
        wanted = max(
            self.base_minimum_height,
            math.ceil(header + 2 * margin + self.fontMetrics().height() * 7),
        )
        if wanted != self.minimumHeight():
            self.setMinimumHeight(wanted)

    # -- shared drawing ---------------------------------------------------------------------
    @staticmethod
    def unit(painter: QPainter) -> float:
        """About a pixel at 100% on screen; scales with the device (PDF, 200%)."""
        return Chart.unit_for(painter.fontMetrics().height())

    @staticmethod
    def unit_for(font_height: float) -> float:
        return max(1.0, font_height / 16.0)

    def draw_title(self, painter: QPainter, rect: QRectF, legend: str = "") -> QRectF:
        """Title (bold) and an optional legend; returns the space left below them.

        Both wrap to the width of `rect` (see `header_layout`), so nothing is cut off in a narrow
        panel, at 200% or in a longer language; the plot gets what is left.
        """
        title_box, entries, height = header_layout(
            painter.font(), painter.device(), rect.width(), self.title, legend
        )
        font = QFont(painter.font())
        font.setBold(True)
        painter.save()
        painter.setFont(font)
        painter.setPen(_c("ink"))
        painter.drawText(title_box.translated(rect.topLeft()), HEADER_FLAGS, self.title)
        painter.restore()
        painter.setPen(_c("ink"))
        self.legend_boxes = []
        for box, text in entries:
            placed = box.translated(rect.topLeft())
            painter.drawText(placed, HEADER_FLAGS, text)
            self.legend_boxes.append((placed, text))
        return QRectF(rect.left(), rect.top() + height, rect.width(), rect.height() - height)

    @staticmethod
    def label_step(painter: QPainter, labels: list[str], width: float) -> int:
        """Show every n-th x label so they never overlap."""
        if not labels:
            return 1
        widest = max(painter.fontMetrics().horizontalAdvance(text) for text in labels) * 1.3
        per = width / len(labels)
        return max(1, math.ceil(widest / per)) if per > 0 else 1


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
