"""Native Word charts in the package: one chart part each, shown by an inline drawing."""

from __future__ import annotations

from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.shared import Mm
from lxml import etree

from .chart_spec import ChartSpec
from .chart_text import A_NS, C_NS, R_NS
from .chart_xml import chart_space
from .markup import NS, attr, clean

WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
CHART_URI = C_NS  # a:graphicData names the kind of graphic by its namespace
PARTNAME = "/word/charts/chart%d.xml"
DEFAULT_FONT = "Times New Roman"
_DRAWING_IDS = etree.XPath("//wp:docPr/@id", namespaces={"wp": WP_NS})


class ChartParts:
    """Adds chart parts to a document and numbers their drawings after those already there."""

    def __init__(self, document: Any, font: str = DEFAULT_FONT) -> None:
        self.part = document.part
        self.font = font
        self.next_id = first_free_drawing_id(self.part.package)

    def paragraph(self, spec: ChartSpec, width_mm: float, height_mm: float, style: str,
                  description: str) -> str:  # fmt: skip
        """A paragraph of the style holding the chart (a new part) as an inline drawing."""
        rid = self.add(spec)
        drawing_id, self.next_id = self.next_id, self.next_id + 1
        inline = inline_xml(rid, Mm(width_mm), Mm(height_mm), drawing_id, clean(description))
        return (
            f'<w:p {NS}><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
            f"<w:r><w:drawing>{inline}</w:drawing></w:r></w:p>"
        )

    def add(self, spec: ChartSpec) -> str:
        """A new chart part for the spec, related from the document; returns the rId."""
        package = self.part.package
        partname = package.next_partname(PARTNAME)
        part = Part(PackURI(partname), CT.DML_CHART, chart_space(spec, self.font), package)
        rid: str = self.part.relate_to(part, RT.CHART)
        return rid


def inline_xml(rid: str, width: int, height: int, drawing_id: int, description: str) -> str:
    """wp:inline → a:graphic → c:chart r:id; sizes in EMU; the description is the alt text."""
    name = f"Диаграмма {drawing_id}"
    return (
        f'<wp:inline xmlns:wp="{WP_NS}" distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{width}" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{drawing_id}" name="{name}" descr="{attr(description)}"/>'
        f'<wp:cNvGraphicFramePr/><a:graphic xmlns:a="{A_NS}"><a:graphicData uri="{CHART_URI}">'
        f'<c:chart xmlns:c="{C_NS}" xmlns:r="{R_NS}" r:id="{rid}"/>'
        "</a:graphicData></a:graphic></wp:inline>"
    )


def document_font(document: Any, style_name: str) -> str:
    """The font of the style (the body text's), else the document default, else ours."""
    try:
        name = document.styles[style_name].font.name
    except KeyError:
        name = None
    found = document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii")
    return str(name or (found[0] if found else DEFAULT_FONT))


def first_free_drawing_id(package: Any) -> int:
    """One more than the largest drawing id (wp:docPr) in any XML part of the package."""
    used = [0]
    for part in package.iter_parts():
        if isinstance(part, XmlPart):
            found = _DRAWING_IDS(part.element)
            used += [int(value) for value in found if value.isdigit()]
    return max(used) + 1
