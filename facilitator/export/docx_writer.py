"""Write a Resolution or a Protocol to a .docx file, fast, through python-docx's lxml layer."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx.oxml import parse_xml
from lxml import etree

from facilitator import version
from facilitator.messages import QT_TRANSLATE_NOOP

from . import layout
from . import markup as m
from . import styles as st
from .chart_part import ChartParts, document_font
from .errors import export_error
from .resolution import (
    Appendix,
    Block,
    Document,
    Figure,
    Item,
    Para,
    Protocol,
    Section,
    Signature,
    Table,
    TitleBlock,
)
from .template import Template, load_template

Chunk = str  # a block's XML text, parsed when it is inserted
PARA_STYLES = {
    "body": st.BODY,
    "subheading": st.SUBHEADING,
    "caption": st.CAPTION,
    "line": st.BODY,
    "opens": st.BODY,
}
PARA_EXTRAS = {"line": '<w:ind w:firstLine="0"/>', "opens": '<w:spacing w:before="240"/>'}
SIGNATURE_WIDTHS = (85.0, 38.0, 42.0)
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
APPLICATION = "Facilitator"
LONG_DATE_PLACE = 60  # characters; a longer date and place do not share one line


@dataclass(slots=True)
class Part:
    """A run of blocks that share a page orientation."""

    landscape: bool
    chunks: list[Chunk] = field(default_factory=list)


class Composer:
    """Turns the document's parts into WordprocessingML blocks with the template's style ids."""

    def __init__(self, template: Template, num_id: int) -> None:
        self.ids = template.style_ids
        self.num_id = num_id
        self.charts = ChartParts(template.document, document_font(template.document, st.BODY))
        self.parts: list[Part] = [Part(landscape=False)]
        self.label_indent = layout.style_indent(template.document, self.ids[st.APPENDIX_LABEL])
        sectpr = layout.final_sectpr(template.document)
        self.landscape_shift = layout.landscape_gain(sectpr)
        self.text_mm = {  # the width between the template's margins, by orientation
            landscape: layout.text_width_mm(sectpr, landscape) for landscape in (False, True)
        }

    @property
    def out(self) -> list[Chunk]:
        return self.parts[-1].chunks

    def compose(self, doc: Document) -> list[Part]:
        self.title(doc.title)
        for text in doc.preamble:
            self.para(Para(text))
        for section in doc.sections:
            self.section(section)
        self.signatures(doc.signatures)
        for appendix in doc.appendices:
            self.appendix(appendix)
        return [part for part in self.parts if part.chunks]

    def p(
        self,
        style: str,
        runs: str,
        numbering: tuple[int, int] | None = None,
        extra: str = "",
        keep: bool = False,
    ) -> None:
        self.out.append(m.paragraph(self.ids[style], runs, numbering, extra, keep))

    def title(self, title: TitleBlock) -> None:
        for line in title.above:  # the organisation's heading, set apart from the name
            self.p(st.SUBTITLE, m.run(line))
        space = '<w:spacing w:before="360" w:after="120"/>' if title.above else ""
        self.p(st.TITLE, m.run(title.name), extra=space)
        for line in title.lines:
            self.p(st.SUBTITLE, m.run(line))
        date, place = title.date.strip(), title.place.strip()
        if len(date) + len(place) > LONG_DATE_PLACE:
            self.p(st.DATE_PLACE, m.run(date) + "<w:r><w:br/></w:r>" + m.run(place))
        elif date or place:
            self.p(st.DATE_PLACE, m.run(date) + "<w:r><w:tab/></w:r>" + m.run(place))

    def para(self, para: Para) -> None:
        extra = PARA_EXTRAS.get(para.role, "")
        self.p(PARA_STYLES[para.role], m.run(_one_line(para.text)), extra=extra, keep=para.keep)

    def section(self, section: Section) -> None:
        if section.heading:
            numbering = (self.num_id, 0) if section.numbered else None
            self.p(st.HEADING, m.run(section.heading), numbering)
        for block in section.blocks:
            self.block(block)

    def block(self, block: Block, level: int = 1) -> None:
        if isinstance(block, Item):
            self.item(block, level)
        elif isinstance(block, Para):
            self.para(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Figure):
            self.figure(block)

    def item(self, item: Item, level: int) -> None:
        runs = m.run(_one_line(item.text))
        if item.details:
            runs += m.run(" ") + m.run(_one_line(item.details), self.ids[st.DETAILS])
        style = st.ITEM if level == 1 else st.SUBITEM
        # A lead-in («Поддержать проектные инициативы:») keeps with its first item.
        self.p(style, runs, (self.num_id, min(level, 2)), keep=bool(item.children))
        for child in item.children:
            self.item(child, level + 1)

    def fitted(self, widths_mm: list[float], stretch: bool = True) -> list[float]:
        """Column widths scaled to the text width of the page they are on (the template's
        margins decide it); without `stretch` only narrowed, never widened."""
        room = self.text_mm[self.parts[-1].landscape]
        total = sum(widths_mm)
        if not room or not total or (not stretch and total <= room):
            return widths_mm
        return [width * room / total for width in widths_mm]

    def table(self, table: Table) -> None:
        self.out.append(
            m.table(
                self.ids[st.TABLE],
                self.fitted([c.width_mm for c in table.columns]),
                [c.title for c in table.columns],
                table.rows,
                (self.ids[st.TABLE_HEADER], self.ids[st.TABLE_TEXT]),
            )
        )

    def figure(self, figure: Figure) -> None:
        self.out.append(
            self.charts.paragraph(
                figure.chart, figure.width_mm, figure.height_mm, self.ids[st.FIGURE], figure.caption
            )
        )
        if figure.caption:
            self.p(st.CAPTION, m.run(figure.caption))

    def signatures(self, signatures: list[Signature]) -> None:
        if not signatures:
            return
        style = self.ids[st.SIGNATURE]
        widths = [m.twips(mm) for mm in self.fitted(list(SIGNATURE_WIDTHS), stretch=False)]
        last = len(signatures) - 1  # the rows keep together, on one page
        rows = "".join(
            _signature_row(widths, style, s, keep=n < last) for n, s in enumerate(signatures)
        )
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        self.out.append(
            f"<w:tbl {m.NS}>{_borderless_tblpr(sum(widths))}<w:tblGrid>{grid}</w:tblGrid>"
            f"{rows}</w:tbl>"
        )

    def appendix(self, appendix: Appendix) -> None:
        if appendix.landscape != self.parts[-1].landscape:
            self.parts.append(Part(appendix.landscape))
        # The mark keeps with the title, and on a landscape page stays as far from the right
        # margin as on a portrait one (the template's indent is measured from the left).
        shift = self.landscape_shift if appendix.landscape else 0
        indent = f'<w:ind w:left="{self.label_indent + shift}"/>' if shift else ""
        self.p(st.APPENDIX_LABEL, m.run(appendix.label), extra=indent, keep=True)
        self.p(st.APPENDIX_TITLE, m.run(appendix.title))
        for block in appendix.blocks:
            self.block(block)


def _one_line(text: str) -> str:
    # A line break or tab inside a justified paragraph stretches that line across the page.
    # Not str.split(): that would also break the no-break spaces in dates and «№ 3».
    return _SPACES.sub(" ", m.clean(text)).strip()


def _signature_row(widths: list[int], style: str, signature: Signature, keep: bool = False) -> str:
    """The role (and the signer's position under it), a line to sign on, «И. О. Фамилия»;
    all three on the bottom line, as ГОСТ Р 7.0.97 sets the signature."""
    bottom = '<w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vAlign w:val="bottom"/></w:tcPr>'
    role = "\n".join(t for t in (signature.role, signature.position) if t)
    cells = [
        (role, ""),
        ("_" * 12, '<w:jc w:val="center"/>'),
        (signature.name, '<w:jc w:val="right"/>'),
    ]
    keep_next = "<w:keepNext/>" if keep else ""
    out = ["<w:tr><w:trPr><w:cantSplit/></w:trPr>"]
    for width, (text, jc) in zip(widths, cells, strict=True):
        out.append(
            f'<w:tc>{bottom.format(w=width)}<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep_next}{jc}'
            f"</w:pPr>{m.run(text)}</w:p></w:tc>"
        )
    out.append("</w:tr>")
    return "".join(out)


def _borderless_tblpr(width: int) -> str:
    sides = "".join(
        f'<w:{side} w:val="nil"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return (
        f'<w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:tblBorders>{sides}</w:tblBorders>'
        '<w:tblLayout w:type="fixed"/></w:tblPr>'
    )


def insert(template: Template, parts: list[Part]) -> None:
    """Put the blocks before the final section properties, breaking sections where needed."""
    final = layout.final_sectpr(template.document)
    original = layout.layout_copy(final)
    for index, part in enumerate(parts):
        for block in parsed(part.chunks):
            final.addprevious(block)
        if index < len(parts) - 1:
            ending = original if index == 0 else layout.following_sectpr(original, part.landscape)
            final.addprevious(layout.section_break(layout.layout_copy(ending)))
    if len(parts) > 1:
        final.getparent().replace(final, layout.following_sectpr(original, parts[-1].landscape))
    etree.cleanup_namespaces(template.document.element.body)


def parsed(chunks: list[str]) -> list[Any]:
    """The blocks, parsed in one go: one parse of ten thousand paragraphs costs far less than
    ten thousand parses. Each block declares its own namespace, so it moves out cheaply."""
    return list(parse_xml("<blocks>" + "".join(chunks) + "</blocks>"))


def write_docx(doc: Document, out: Path, template: Path | None = None) -> Path:
    """Write the document to `out` (replaced atomically); returns the path written."""
    tpl = load_template(template)
    parts = Composer(tpl, layout.add_numbering(tpl.document)).compose(doc)
    insert(tpl, parts)
    category = "Протокол" if isinstance(doc, Protocol) else "Резолюция"
    layout.set_properties(tpl.document, doc.properties, category)
    layout.set_application(tpl.document, f"{APPLICATION}/{version()}")
    layout.drop_stale_parts(tpl.document)
    layout.hyphenate(tpl.document)
    return save(tpl.document, Path(out))


def save(document: Any, out: Path) -> Path:
    temporary = out.with_name(f".{out.name}.part")
    try:
        document.save(str(temporary))
        os.replace(temporary, out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise export_error(
            QT_TRANSLATE_NOOP("Export", "Cannot write {path}: {reason}"),
            path=str(out), reason=error.strerror or str(error),
        ) from None  # fmt: skip
    return out


__all__ = ["Composer", "write_docx"]
