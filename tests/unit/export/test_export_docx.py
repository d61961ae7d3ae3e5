"""The demo resolution read back: structure, numbering, styles, tables, page setup, properties."""

from __future__ import annotations

from typing import Any

from docx.enum.section import WD_ORIENT
from docx.enum.shape import WD_INLINE_SHAPE
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx2python import docx2python

from facilitator.demo_data import PLATFORMS
from facilitator.export import styles as st
from facilitator.export.wording import quoted

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def num_level(paragraph: Any) -> tuple[int, int] | None:
    num = paragraph._p.find(f"{W}pPr/{W}numPr")
    if num is None:
        return None
    return int(num.find(f"{W}numId").get(qn("w:val"))), int(num.find(f"{W}ilvl").get(qn("w:val")))


def mm(*lengths: Any) -> tuple[int, ...]:
    return tuple(round(length.mm) for length in lengths)


def by_style(doc: Any, name: str) -> list[Any]:
    return [p for p in doc.paragraphs if p.style is not None and p.style.name == name]


def test_title_block_and_sections(resolution_doc: Any) -> None:
    paragraphs = resolution_doc.paragraphs
    assert (paragraphs[0].style.name, paragraphs[0].text) == (st.TITLE, "РЕЗОЛЮЦИЯ")
    subtitles = [p.text for p in by_style(resolution_doc, st.SUBTITLE)]
    assert subtitles == [
        "стратегической сессии «Промышленный рывок – заводы развития»",
        "форума «Локомотивы роста»",
    ]
    (date_place,) = by_style(resolution_doc, st.DATE_PLACE)
    assert date_place.text == "5\u00a0июня 2026\u00a0г.\tг. Иркутск"
    headings = [p.text for p in by_style(resolution_doc, st.HEADING)]
    expected = [f"Площадка №\u00a0{n} {quoted(t)}" for n, t in enumerate(PLATFORMS, start=1)]
    assert headings == ["Общие положения", *expected, "Заключительные положения"]


def test_numbering_levels(resolution_doc: Any) -> None:
    headings = by_style(resolution_doc, st.HEADING)
    items = by_style(resolution_doc, st.ITEM)
    subitems = by_style(resolution_doc, st.SUBITEM)
    num_ids = {num_level(p)[0] for p in headings + items + subitems}  # type: ignore[index]
    assert len(num_ids) == 1
    assert {num_level(p)[1] for p in headings} == {0}  # type: ignore[index]
    assert {num_level(p)[1] for p in items} == {1}  # type: ignore[index]
    assert {num_level(p)[1] for p in subitems} == {2}  # type: ignore[index]


def test_numbering_definition(resolution_doc: Any) -> None:
    numbering = resolution_doc.part.numbering_part.element
    num_id = num_level(by_style(resolution_doc, st.HEADING)[0])[0]  # type: ignore[index]
    num = next(n for n in numbering.iter(f"{W}num") if n.get(qn("w:numId")) == str(num_id))
    abstract_id = num.find(f"{W}abstractNumId").get(qn("w:val"))
    abstract = next(
        a for a in numbering.iter(f"{W}abstractNum") if a.get(qn("w:abstractNumId")) == abstract_id
    )
    levels = {
        lvl.get(qn("w:ilvl")): (
            lvl.find(f"{W}lvlText").get(qn("w:val")),
            lvl.find(f"{W}numFmt").get(qn("w:val")),
            lvl.find(f"{W}pPr/{W}ind").get(qn("w:firstLine")),
        )
        for lvl in abstract.iter(f"{W}lvl")
    }
    assert levels["0"] == ("%1.", "decimal", "0")
    assert levels["1"] == ("%1.%2.", "decimal", str(Cm(1.25).twips))
    assert levels["2"] == ("%1.%2.%3.", "decimal", str(Cm(1.25).twips))


def test_numbering_restarts_under_each_heading(demo_export: Any) -> None:
    with docx2python(str(demo_export.resolution)) as read:
        lines = [line.strip() for line in read.text.splitlines() if line.strip()]
    # docx2python prints its own counters ("1)"); what matters is where they restart.
    general = lines.index("1)\tОбщие положения")
    platform = next(i for i, line in enumerate(lines) if line.startswith("2)\tПлощадка №\u00a01"))
    assert lines[general + 1].startswith("1)\tРабота стратегической сессии")
    after = [line for line in lines[platform + 1 :] if line[0].isdigit()]
    assert after[0].startswith("1)\tУчастники площадки отметили следующие проблемы:")
    assert after[1].startswith("1)\t")  # sub-items restart too


def test_body_text_style_and_fonts(resolution_doc: Any) -> None:
    body = resolution_doc.styles[st.BODY]
    assert body.paragraph_format.first_line_indent.twips == Cm(1.25).twips
    normal = resolution_doc.styles["Normal"]
    assert normal.font.size == Pt(14) and normal.font.name == "Times New Roman"
    styles_xml = resolution_doc.styles.element.xml
    assert "asciiTheme" not in styles_xml and "hAnsiTheme" not in styles_xml
    defaults = resolution_doc.styles.element.find(f"{W}docDefaults")
    assert defaults.find(f".//{W}lang").get(qn("w:val")) == "ru-RU"
    fonts = defaults.find(f".//{W}rFonts")
    assert {fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {
        "Times New Roman"
    }


def test_every_paragraph_style_is_one_of_ours(resolution_doc: Any) -> None:
    # Only the empty paragraphs that end a section keep the default style.
    used = {p.style.name for p in resolution_doc.paragraphs if p.text or p.style.name != "Normal"}
    for table in resolution_doc.tables:
        used |= {p.style.name for p in _cell_paragraphs(table)}
    assert used <= set(st.REQUIRED)


def _cell_paragraphs(table: Any) -> list[Any]:
    from docx.text.paragraph import Paragraph

    return [Paragraph(p, table) for p in table._tbl.iter(f"{W}p")][:200]


def test_page_setup_header_and_first_page(resolution_doc: Any) -> None:
    first = resolution_doc.sections[0]
    assert mm(first.page_width, first.page_height) == (210, 297)
    assert mm(first.left_margin, first.right_margin) == (30, 15)
    assert mm(first.top_margin, first.bottom_margin) == (20, 20)
    assert first.different_first_page_header_footer
    header_xml = first.header._element.xml
    assert "PAGE" in header_xml and 'w:fldCharType="begin"' in header_xml
    assert first.header.paragraphs[0].alignment == 1  # centred
    assert "PAGE" not in first.first_page_header._element.xml


def test_landscape_section_for_initiatives(resolution_doc: Any) -> None:
    sections = resolution_doc.sections
    assert [s.orientation for s in sections] == [
        WD_ORIENT.PORTRAIT,
        WD_ORIENT.LANDSCAPE,
        WD_ORIENT.PORTRAIT,
    ]
    assert mm(sections[1].page_width, sections[1].page_height) == (297, 210)
    assert not sections[1].different_first_page_header_footer  # numbered from its first page
    assert not sections[2].different_first_page_header_footer


def test_register_table_repeats_its_header(resolution_doc: Any) -> None:
    tables = resolution_doc.tables
    register = next(t for t in tables if "Формулировка" in t._tbl.xml[:5000])
    first_row = register._tbl.tr_lst[0]
    assert first_row.find(f"{W}trPr/{W}tblHeader") is not None
    assert register.style.name == st.TABLE
    assert len(register._tbl.tr_lst) == 71  # header and the demo's 70 proposals
    ruled = [t for t in tables if t.style is not None and t.style.name == st.TABLE]
    assert all(t._tbl.tr_lst[0].find(f"{W}trPr/{W}tblHeader") is not None for t in ruled)
    assert register._tbl.find(f"{W}tblPr/{W}tblLayout").get(qn("w:type")) == "fixed"


def test_properties(resolution_doc: Any) -> None:
    props = resolution_doc.core_properties
    assert props.title == "Резолюция стратегической сессии «Промышленный рывок – заводы развития»"
    assert props.author == "Федеральный партийный проект «Локомотивы роста»"
    assert props.subject == "форума «Локомотивы роста»"
    assert props.language == "ru-RU"
    assert props.category == "Резолюция"


def test_charts_are_native_word_charts(resolution_doc: Any) -> None:
    shapes = resolution_doc.inline_shapes
    assert len(shapes) == 1 + 2 * 7 + 1  # statuses, dots and votes per platform, the matrix
    assert all(s.type == WD_INLINE_SHAPE.CHART and s.width > Mm(100) for s in shapes)


def test_protocol(demo_export: Any) -> None:
    from docx import Document

    doc = Document(str(demo_export.protocol))
    assert [p.text for p in by_style(doc, st.TITLE)] == ["ПРОТОКОЛ"]
    assert [p.text for p in by_style(doc, st.HEADING)] == ["ПОВЕСТКА ДНЯ"]
    heading = by_style(doc, st.HEADING)[0]
    assert heading._p.pPr.numPr is None  # not numbered like the resolution's sections
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "из 18 участников, зарегистрированных на площадке" in text
    assert "Цифровой город" in text
    signatures = doc.tables[0]
    assert "М.\u00a0С.\u00a0Кириллова" in signatures._tbl.xml
    assert "Е.\u00a0А.\u00a0Захарова" in signatures._tbl.xml
    assert doc.core_properties.category == "Протокол"
