"""A golden snapshot of the demo resolution's structure, so that changes to it are deliberate.

To accept a deliberate change, regenerate the snapshot and review its diff:

    UPDATE_GOLDEN=1 pytest tests/unit/export/test_export_golden.py
    git diff tests/golden/
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "demo_resolution.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def structure(path: Path) -> str:
    """One line per body element: the style, the list level, the text (tables summarised)."""
    doc = Document(str(path))
    names = {s.style_id: s.name for s in doc.styles}
    lines = []
    for element in doc.element.body:
        if element.tag == qn("w:p"):
            lines.append(_paragraph(element, names))
        elif element.tag == qn("w:tbl"):
            lines.append(_table(element))
        elif element.tag == qn("w:sectPr"):
            lines.append(_section(element))
    return "\n".join(lines) + "\n"


def _paragraph(p: Any, names: dict[str, str]) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    name = names.get(style.get(qn("w:val")), "?") if style is not None else "Normal"
    level = p.find(f"{W}pPr/{W}numPr/{W}ilvl")
    marker = f"L{level.get(qn('w:val'))}" if level is not None else "--"
    if p.find(f"{W}pPr/{W}sectPr") is not None:
        return _section(p.find(f"{W}pPr/{W}sectPr"))
    text = "".join(
        t.text or "" if t.tag == qn("w:t") else ("\\t" if t.tag == qn("w:tab") else "\\n")
        for t in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"))
    )
    if p.find(f".//{W}drawing") is not None:
        text = "[picture]"
    return f"{name:<22} {marker} {text}"


def _table(tbl: Any) -> str:
    rows = tbl.findall(qn("w:tr"))
    header = [
        "".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in rows[0].findall(qn("w:tc"))
    ]
    repeat = "repeating header" if rows[0].find(f"{W}trPr/{W}tblHeader") is not None else "plain"
    return f"{'[table]':<22} -- {len(rows)} rows, {repeat}: {' | '.join(header)}"


def _section(sectpr: Any) -> str:
    size = sectpr.find(qn("w:pgSz"))
    orient = size.get(qn("w:orient")) or "portrait"
    title_page = "title page" if sectpr.find(qn("w:titlePg")) is not None else "no title page"
    return f"{'[section end]':<22} -- {orient}, {title_page}"


def test_demo_resolution_structure_matches_the_snapshot(demo_export: Any) -> None:
    actual = structure(demo_export.resolution)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(actual, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8")
    assert actual == expected, (
        "The demo resolution's structure changed. If that is deliberate, run "
        "UPDATE_GOLDEN=1 pytest tests/unit/export/test_export_golden.py and commit the diff."
    )
