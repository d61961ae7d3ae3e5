"""Draw the app's icons: the SVGs (a round table with three seats; the document icons add a
badge) and the PNG sizes rendered from them with Qt's QSvgRenderer. The output is committed
under facilitator/resources/icons/; run this again after changing a drawing.

python tools/make_icons.py          # write the SVGs and PNGs
python tools/make_icons.py --check  # exit 1 if a committed file differs from the drawing
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "facilitator" / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)

# A blue rounded square; on it a round white table and three seats around it.
TABLE = """\
  <rect x="8" y="8" width="240" height="240" rx="48" fill="#2f6db5"/>
  <circle cx="128" cy="140" r="58" fill="#ffffff"/>
  <circle cx="128" cy="50" r="26" fill="#ffd35c"/>
  <circle cx="50" cy="186" r="26" fill="#ffd35c"/>
  <circle cx="206" cy="186" r="26" fill="#ffd35c"/>"""

# Each document's badge, bottom right: session = lines of a page, kit = an arrow into the
# laptop (down), bundle = an arrow back to the secretariat (up).
BADGES = {
    "session": (
        "#2e9d57",
        '<path d="M170 178 h52 M170 198 h52 M170 218 h36" stroke="#ffffff" '
        'stroke-width="12" stroke-linecap="round"/>',
    ),
    "kit": (
        "#e07b1a",
        '<path d="M196 166 v48 M172 192 l24 24 l24 -24" stroke="#ffffff" stroke-width="14" '
        'fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
    ),
    "bundle": (
        "#8a3fb8",
        '<path d="M196 226 v-48 M172 200 l24 -24 l24 24" stroke="#ffffff" stroke-width="14" '
        'fill="none" stroke-linecap="round" stroke-linejoin="round"/>',
    ),
}

APP_NAME = "facilitator"


def svg(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" '
        'viewBox="0 0 256 256">\n' + body + "\n</svg>\n"
    )


def drawings() -> dict[str, str]:
    """Icon name → SVG text: the app and one per document type (freedesktop MIME names)."""
    result = {APP_NAME: svg(TABLE)}
    for kind, (colour, mark) in BADGES.items():
        badge = (
            f'  <circle cx="196" cy="196" r="56" fill="{colour}" stroke="#ffffff" '
            f'stroke-width="8"/>\n  {mark}'
        )
        result[f"application-x-facilitator-{kind}"] = svg(TABLE + "\n" + badge)
    return result


def render(svg_text: str, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg_text.encode()))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def wanted() -> dict[Path, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    files: dict[Path, bytes] = {}
    for name, text in drawings().items():
        files[ICONS / "scalable" / f"{name}.svg"] = text.encode()
        for size in SIZES:
            files[ICONS / f"{size}x{size}" / f"{name}.png"] = render(text, size)
    return files


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    files = wanted()
    if args.check:
        stale = [p for p, data in files.items() if not p.is_file() or p.read_bytes() != data]
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}")
        return 1 if stale else 0
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    print(f"{len(files)} icon files written to {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
