"""The base of every chart: title, legend, tooltips, accessible summary and theme colours."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from iop_facilitator.ui import theme
from iop_facilitator.ui.charts.layout import HEADER_FLAGS, header_layout


def colour(role: str) -> QColor:
    """A chart colour from the current theme (light, dark or high contrast; ui/theme.py)."""
    return theme.current().colour(role)


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
        painter.setPen(colour("ink"))
        painter.drawText(title_box.translated(rect.topLeft()), HEADER_FLAGS, self.title)
        painter.restore()
        painter.setPen(colour("ink"))
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
