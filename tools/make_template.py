"""Make facilitator/resources/templates/resolution.docx, the default template of the Word export.

Run `python tools/make_template.py` after changing a style here, and commit the .docx.

Font: "Times New Roman" in every rFonts slot (ascii, hAnsi, cs, eastAsia) with the theme font
attributes removed, so Cyrillic never falls back to a theme font (Calibri/Cambria). Word has it
on every Windows machine; LibreOffice substitutes the free, metric-compatible Liberation Serif
(Debian's fonts-liberation), so lines and pages break the same way in both.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt
from docx.styles.style import BaseStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from facilitator.export import styles as s

OUT = (
    Path(__file__).resolve().parents[1]
    / "facilitator"
    / "resources"
    / "templates"
    / "resolution.docx"
)
FONT = "Times New Roman"
INDENT = Cm(1.25)
TEXT_WIDTH = Mm(210 - 30 - 15)
PAGE_FIELD = (
    '<w:fldChar w:fldCharType="begin"/>',
    '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
    '<w:fldChar w:fldCharType="separate"/>',
    "<w:t>2</w:t>",
    '<w:fldChar w:fldCharType="end"/>',
)
THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_fonts(rpr: object) -> None:
    """Name the font in all four slots and drop the theme references that would win over it."""
    rfonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rfonts)  # type: ignore[attr-defined]
    for attr in THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)


def defaults(doc: Document) -> None:
    styles = doc.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr)
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "ru-RU")
    lang.set(qn("w:eastAsia"), "ru-RU")
    ppr = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    for rfonts in styles.iter(qn("w:rFonts")):
        for attr in THEME_ATTRS:
            rfonts.attrib.pop(qn(attr), None)
        if rfonts.get(qn("w:ascii")) is None:
            for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                rfonts.set(qn(attr), FONT)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    settings = doc.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), "ru-RU")


def theme_fonts(doc: Document) -> None:
    """The theme's Latin fonts too, for anything that still asks the theme."""
    for part in doc.part.package.iter_parts():
        if str(part.partname).startswith("/word/theme/"):
            blob = part.blob.decode("utf-8")
            for old in ("Calibri Light", "Calibri", "Cambria"):
                blob = blob.replace(f'typeface="{old}"', f'typeface="{FONT}"')
            part._blob = blob.encode("utf-8")


def paragraph_style(doc: Document, name: str, **spec: object) -> BaseStyle:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles[str(spec.pop("base", "Normal"))]
    style.quick_style = True
    fmt, font = style.paragraph_format, style.font
    fmt.space_before = Pt(float(spec.pop("before", 0)))  # type: ignore[arg-type]
    fmt.space_after = Pt(float(spec.pop("after", 0)))  # type: ignore[arg-type]
    fmt.alignment = spec.pop("align", WD_ALIGN_PARAGRAPH.JUSTIFY)
    fmt.first_line_indent = spec.pop("first", INDENT)
    fmt.left_indent = spec.pop("left", None)
    fmt.keep_with_next = bool(spec.pop("keep", False))
    fmt.page_break_before = bool(spec.pop("page_break", False))
    font.bold = bool(spec.pop("bold", False)) or None
    font.size = Pt(float(spec.pop("size", 14)))  # type: ignore[arg-type]
    outline = spec.pop("outline", None)
    if outline is not None:
        style.element.get_or_add_pPr().append(
            parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{outline}"/>')
        )
    assert not spec, spec
    return style


def define_styles(doc: Document) -> None:
    center, left = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT
    paragraph_style(doc, s.TITLE, align=center, first=0, bold=True, keep=True, after=6)
    paragraph_style(doc, s.SUBTITLE, align=center, first=0, bold=True, keep=True)
    date_place = paragraph_style(doc, s.DATE_PLACE, align=left, first=0, before=18, after=18)
    date_place.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    paragraph_style(
        doc, s.HEADING, align=center, first=0, bold=True, keep=True, before=12, after=6, outline=0
    )
    paragraph_style(
        doc, s.SUBHEADING, align=left, first=0, bold=True, keep=True, before=12, after=6, outline=1
    )
    paragraph_style(doc, s.BODY)
    paragraph_style(doc, s.ITEM, base=s.BODY)
    paragraph_style(doc, s.SUBITEM, base=s.BODY)
    paragraph_style(
        doc, s.APPENDIX_LABEL, align=left, first=0, left=Mm(65), page_break=True, after=18
    )
    paragraph_style(doc, s.APPENDIX_TITLE, align=center, first=0, bold=True, keep=True, after=12)
    paragraph_style(doc, s.TABLE_HEADER, align=center, first=0, bold=True, size=12, keep=True)
    paragraph_style(doc, s.TABLE_TEXT, align=left, first=0, size=12)
    paragraph_style(doc, s.FIGURE, align=center, first=0, keep=True, before=12)
    paragraph_style(doc, s.CAPTION, align=center, first=0, size=12, after=12)
    paragraph_style(doc, s.SIGNATURE, align=left, first=0, before=18)
    details = doc.styles.add_style(s.DETAILS, WD_STYLE_TYPE.CHARACTER)
    details.font.italic = True
    table_style(doc)


def table_style(doc: Document) -> None:
    style = doc.styles.add_style(s.TABLE, WD_STYLE_TYPE.TABLE)
    style.base_style = doc.styles["Normal Table"]
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    style.element.append(
        parse_xml(
            f"<w:tblPr {nsdecls('w')}><w:tblBorders>{borders}</w:tblBorders>"
            '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr>"
        )
    )


def page_setup(doc: Document) -> None:
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    section.different_first_page_header_footer = True  # page 1 has no number
    header = section.header.paragraphs[0]
    header.style = doc.styles["Header"]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header.paragraph_format.first_line_indent = 0
    for run in PAGE_FIELD:
        header._p.append(parse_xml(f"<w:r {nsdecls('w')}>{run}</w:r>"))
    section.first_page_header.is_linked_to_previous = False
    doc.styles["Header"].font.size = Pt(12)


def clear_body(doc: Document) -> None:
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def drop_thumbnail(doc: Document) -> None:
    """python-docx's default template carries a picture of a blank page; nobody needs it."""
    rels = doc.part.package.rels
    for rid, rel in list(rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del rels[rid]


def make(out: Path = OUT) -> Path:
    doc = Document()
    defaults(doc)
    theme_fonts(doc)
    define_styles(doc)
    page_setup(doc)
    clear_body(doc)
    drop_thumbnail(doc)
    props = doc.core_properties
    props.title, props.author, props.subject = "Резолюция", "Facilitator", ""
    props.language, props.comments, props.keywords = "ru-RU", "", ""
    props.last_modified_by, props.revision = "Facilitator", 1
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out


if __name__ == "__main__":
    print(make())
