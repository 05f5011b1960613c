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

from iop_facilitator.ui.charts.attendance import AttendanceStrip, Cell
from iop_facilitator.ui.charts.bars import Bar, BarChart
from iop_facilitator.ui.charts.base import Chart
from iop_facilitator.ui.charts.layout import (
    HEADER_FLAGS,
    LEGEND_SEPARATOR,
    header_layout,
    legend_entries,
)
from iop_facilitator.ui.charts.lines import LineChart, Point

__all__ = [
    "HEADER_FLAGS",
    "LEGEND_SEPARATOR",
    "AttendanceStrip",
    "Bar",
    "BarChart",
    "Cell",
    "Chart",
    "LineChart",
    "Point",
    "header_layout",
    "legend_entries",
]
