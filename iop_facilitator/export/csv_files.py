"""CSV bytes that Excel opens right: UTF-8 with a byte-order mark, CRLF line ends.

A text cell that starts with '=', '+', '-', '@' (or a tab/CR) would run as a formula in a
spreadsheet; such cells get a leading apostrophe. Numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

ATTENDANCE_HEADER = (
    "date",
    "group",
    "chart_id",
    "status",
    "arrived",
    "left",
    "minutes",
    "billing_code",
)
HOURS_HEADER = ("chart_id", "week_starting", "hours", "target_hours", "below_target")


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return (BOM + out.getvalue()).encode("utf-8")
