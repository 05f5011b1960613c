"""Draw the app icon (original art): a rounded teal square with "IOP" on it.

Writes resources/icons/iop-facilitator.svg, .png (256 px) and .ico (16-256 px, PNG-compressed
entries). Run it again after changing the drawing: `python build_spec/make_icon.py`.
The SVG is the source; the PNG and ICO are rendered from it with QtSvg.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>IOP Facilitator</title>
  <rect x="8" y="8" width="240" height="240" rx="52" ry="52" fill="#1d6f6a"/>
  <rect x="8" y="8" width="240" height="120" rx="52" ry="52" fill="#23837d"/>
  <rect x="8" y="76" width="240" height="52" fill="#23837d"/>
  <circle cx="64" cy="206" r="10" fill="#f2c14e"/>
  <circle cx="100" cy="206" r="10" fill="#f2c14e"/>
  <circle cx="136" cy="206" r="10" fill="#f2c14e"/>
  <circle cx="172" cy="206" r="10" fill="#f2c14e"/>
  <text x="128" y="150" font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-size="92"
        font-weight="bold" fill="#ffffff" text-anchor="middle">IOP</text>
</svg>
"""


def render_png(svg_path: Path, size: int) -> bytes:
    """The SVG rendered at `size` x `size`, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: TID251 - build tool
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: TID251
    from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    QSvgRenderer(str(svg_path)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, payload = b"", b""
    offset = 6 + 16 * len(pngs)
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ICONS.mkdir(parents=True, exist_ok=True)
    svg = ICONS / "iop-facilitator.svg"
    svg.write_text(SVG, encoding="utf-8")
    pngs = {size: render_png(svg, size) for size in ICO_SIZES}
    (ICONS / "iop-facilitator.png").write_bytes(pngs[256])
    (ICONS / "iop-facilitator.ico").write_bytes(ico_bytes(pngs))
    print(f"Wrote {svg.name}, iop-facilitator.png and iop-facilitator.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
