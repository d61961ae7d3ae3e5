"""The default template holds every style; a user's template is checked and used."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn

from facilitator import i18n
from facilitator.export import DEFAULT_TEMPLATE, export_document, load_template
from facilitator.export import styles as st
from facilitator.export.template import styles_by_name
from facilitator.messages import FacilitatorError


def test_default_template_has_every_style_the_writer_uses() -> None:
    found = styles_by_name(Document(str(DEFAULT_TEMPLATE)))
    for name, kind in st.REQUIRED.items():
        assert name in found, name
        assert found[name][1] == kind, name


def test_default_template_is_a4_ru_with_page_numbers_from_page_two() -> None:
    doc = Document(str(DEFAULT_TEMPLATE))
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.left_margin.mm) == 30
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert doc.core_properties.language == "ru-RU"
    assert not [p for p in doc.element.body if p.tag != qn("w:sectPr")]  # an empty body


def without_style(tmp_path: Path, name: str) -> Path:
    doc = Document(str(DEFAULT_TEMPLATE))
    for style in doc.styles.element.iter(qn("w:style")):
        if style.find(qn("w:name")).get(qn("w:val")) == name:
            style.getparent().remove(style)
            break
    out = tmp_path / "custom.docx"
    doc.save(str(out))
    return out


def test_a_missing_style_is_named(tmp_path: Path) -> None:
    path = without_style(tmp_path, st.SIGNATURE)
    with pytest.raises(FacilitatorError) as caught:
        load_template(path)
    assert "“Signature”" in str(caught.value) and str(path) in str(caught.value)
    assert caught.value.message.context == "Export"


def test_every_missing_style_is_listed_in_the_users_language(tmp_path: Path) -> None:
    doc = Document(str(DEFAULT_TEMPLATE))
    gone = (st.SIGNATURE, st.TABLE, st.DETAILS)
    for style in list(doc.styles.element.iter(qn("w:style"))):
        if style.find(qn("w:name")).get(qn("w:val")) in gone:
            style.getparent().remove(style)
    path = tmp_path / "lacking.docx"
    doc.save(str(path))
    with pytest.raises(FacilitatorError) as caught:
        load_template(path)
    english = caught.value.format()
    assert english.splitlines()[1:4] == [
        "— “Item Details”: add a character style of this name",
        "— “Resolution Table”: add a table style of this name",
        "— “Signature”: add a paragraph style of this name",
    ]
    russian = caught.value.format(i18n.translator("ru"))
    assert "— «Resolution Table»: добавьте стиль таблицы с этим именем" in russian
    assert "add a" not in russian and str(path) in russian


def test_a_style_of_the_wrong_kind_is_named(tmp_path: Path) -> None:
    doc = Document(str(DEFAULT_TEMPLATE))
    for style in doc.styles.element.iter(qn("w:style")):
        if style.find(qn("w:name")).get(qn("w:val")) == st.DETAILS:
            style.set(qn("w:type"), "paragraph")
    path = tmp_path / "wrong.docx"
    doc.save(str(path))
    with pytest.raises(FacilitatorError, match="Item Details.*character"):
        load_template(path)


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04broken"])
def test_not_a_word_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    with pytest.raises(FacilitatorError, match="not a Word document"):
        load_template(path)
    with pytest.raises(FacilitatorError, match="does not exist"):
        load_template(tmp_path / "missing.docx")


def test_user_template_with_other_style_ids_and_an_emblem(demo_sf: Any, tmp_path: Path) -> None:
    """A user's template: its own style ids (as a Russian Word would make), header and body."""
    doc = Document(str(DEFAULT_TEMPLATE))
    for style in doc.styles.element.iter(qn("w:style")):
        if style.find(qn("w:name")).get(qn("w:val")) == st.BODY:
            old = style.get(qn("w:styleId"))
            style.set(qn("w:styleId"), "ОсновнойТекст")
            for based in doc.styles.element.iter(qn("w:basedOn")):
                if based.get(qn("w:val")) == old:
                    based.set(qn("w:val"), "ОсновнойТекст")
    doc.add_paragraph("ГЕРБ (эмблема организации)")
    doc.sections[0].header.paragraphs[0].text = "Шапка пользователя"
    template = tmp_path / "user.docx"
    doc.save(str(template))
    (out,) = export_document(demo_sf, tmp_path / "out.docx", template=template)
    result = Document(str(out))
    assert result.paragraphs[0].text == "ГЕРБ (эмблема организации)"
    assert "Шапка пользователя" in result.sections[0].header._element.xml
    assert any(p.style.name == st.BODY for p in result.paragraphs)
    assert 'w:val="ОсновнойТекст"' in result.element.body.xml
