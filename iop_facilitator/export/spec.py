"""What a PDF page carries, independent of how it is drawn (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass

PAPER_SIZES = ("Letter", "A4")


@dataclass(frozen=True)
class PdfSpec:
    """One PDF: a flowing HTML body plus what repeats on every page.

    `header_lines` are drawn at the top of every page (identity: whose record, which day);
    `notice` (the 42 CFR Part 2 redisclosure notice) and "Page N of M" at the bottom of every
    page; `watermark` ("DRAFT") diagonally across every page when set.
    """

    title: str
    header_lines: tuple[str, ...]
    body_html: str
    notice: str
    paper_size: str = "Letter"
    watermark: str = ""
    landscape: bool = False
    banner: str = ""  # a short marking on every page's header, e.g. "INTERNAL"

    def __post_init__(self) -> None:
        if self.paper_size not in PAPER_SIZES:
            raise ValueError(f"paper size {self.paper_size!r}")
