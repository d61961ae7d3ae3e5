"""Tables fit between the template's margins, whatever they are, on portrait and landscape pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from facilitator.export import DEFAULT_TEMPLATE, export_document

TWIPS_PER_MM = 1440 / 25.4


def tables_and_room(path: Path) -> list[tuple[float, float]]:
    """(table width, text width of its page) in mm, for every table in reading order."""
    body = Document(str(path)).element.body
    found: list[float] = []
    out = []
    for element in body:
        if element.tag == qn("w:tbl"):
            found.append(int(element.find(f"{qn('w:tblPr')}/{qn('w:tblW')}").get(qn("w:w"))))
        sectpr = element if element.tag == qn("w:sectPr") else element.find(f".//{qn('w:sectPr')}")
        if sectpr is not None:
            width = int(sectpr.find(qn("w:pgSz")).get(qn("w:w")))
            margins = sectpr.find(qn("w:pgMar"))
            room = width - int(margins.get(qn("w:left"))) - int(margins.get(qn("w:right")))
            out += [(t / TWIPS_PER_MM, room / TWIPS_PER_MM) for t in found]
            found = []
    return out


def test_default_template_tables_fill_the_text_width(demo_export: Any) -> None:
    sizes = tables_and_room(demo_export.resolution)
    assert len(sizes) >= 10
    data = sizes[1:]  # the first is the signatures' table
    assert all(abs(table - room) < 0.5 for table, room in data)
    assert {round(room) for _, room in data} == {165, 252}  # portrait and landscape


def test_tables_fit_a_template_with_wider_margins(demo_sf: Any, tmp_path: Path) -> None:
    doc = Document(str(DEFAULT_TEMPLATE))
    doc.sections[0].left_margin = doc.sections[0].right_margin = Mm(30)
    template = tmp_path / "narrow.docx"
    doc.save(str(template))
    (out,) = export_document(demo_sf, tmp_path / "r.docx", template=template)
    sizes = tables_and_room(out)
    assert {round(room) for _, room in sizes} == {150, 237}
    assert all(table <= room + 0.5 for table, room in sizes)  # none sticks out
