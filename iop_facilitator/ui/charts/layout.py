"""Where a chart's title and legend go: both wrap to the chart's width.

The legend is one translated text whose entries are separated by two or more spaces; an entry is
kept whole on one line when it fits (`header_layout`).
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice

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
