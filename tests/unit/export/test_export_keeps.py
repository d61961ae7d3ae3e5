"""Pages break where a secretary would let them: lead-ins keep with their first item, table rows
stay whole, the row-number column holds «1745.», and the text is hyphenated."""

from __future__ import annotations

import zipfile
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TWIPS_PER_MM = 1440 / 25.4
# «1745.» in 12 pt Times New Roman: four digits of half an em and a full stop of a quarter,
# plus the cell's default margins of 1.9 mm on each side.
ROW_NUMBER_MM = (4 * 0.5 + 0.25) * 12 * 25.4 / 72 + 2 * 1.9


def test_lead_ins_keep_with_their_first_item(resolution_doc: Any) -> None:
    leads = [p for p in resolution_doc.paragraphs if p.text.endswith(":") and "№" not in p.text]
    assert any(p.text.startswith("Поддержать проектные инициативы") for p in leads)
    for p in leads:
        assert p._p.find(f"{W}pPr/{W}keepNext") is not None, p.text


def test_table_rows_do_not_split_across_pages(resolution_doc: Any) -> None:
    data = [t for t in resolution_doc.tables if len(t.rows) > 2]
    assert data
    for table in data:
        for row in table._tbl.findall(qn("w:tr")):
            assert row.find(f"{W}trPr/{W}cantSplit") is not None


def test_row_number_columns_hold_four_digits(resolution_doc: Any, demo_export: Any) -> None:
    protocol = Document(str(demo_export.protocol))
    tables = [t for t in [*resolution_doc.tables, *protocol.tables] if t.cell(0, 0).text == "№ п/п"]
    assert len(tables) >= 3
    for table in tables:
        first = table._tbl.find(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")
        assert int(first.get(qn("w:w"))) / TWIPS_PER_MM >= ROW_NUMBER_MM


def test_hyphenation_is_on(demo_export: Any) -> None:
    for path in (demo_export.resolution, demo_export.protocol):
        with zipfile.ZipFile(path) as z:
            settings = etree.fromstring(z.read("word/settings.xml"))
        assert settings.find(f"{W}autoHyphenation") is not None
