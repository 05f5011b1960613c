"""File names a facilitator can file without opening: `<date>_<chart id>_<group>_<format>.<ext>`.

Only letters, digits, '-' and '.' survive inside a part (spaces become '-'), so a name is safe on
Windows, macOS, Linux and in an EHR's upload box; '_' separates the parts.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

MAX_PART = 40
_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")


def safe_part(text: str, fallback: str = "x") -> str:
    """'Morning IOP / Room 2' -> 'Morning-IOP-Room-2'. Accents are folded (é -> e)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    cleaned = _UNSAFE.sub("-", folded).strip("-.")
    cleaned = re.sub(r"-{2,}", "-", cleaned)[:MAX_PART].strip("-.")
    return cleaned or fallback


def note_file_name(day: dt.date, chart_id: str, group: str, note_format: str, ext: str) -> str:
    return (
        "_".join(
            (
                day.isoformat(),
                safe_part(chart_id, "no-chart-id"),
                safe_part(group, "group"),
                safe_part(note_format, "note"),
            )
        )
        + f".{ext}"
    )


def session_file_name(day: dt.date, group: str, kind: str, ext: str) -> str:
    """A per-session document: '2026-11-23_Morning-IOP_sign-in.pdf'."""
    return f"{day.isoformat()}_{safe_part(group, 'group')}_{safe_part(kind)}.{ext}"


def range_file_name(kind: str, start: dt.date, end: dt.date, ext: str) -> str:
    """A date-range report: 'attendance_2026-11-01_to_2026-11-30.csv'."""
    return f"{safe_part(kind)}_{start.isoformat()}_to_{end.isoformat()}.{ext}"
