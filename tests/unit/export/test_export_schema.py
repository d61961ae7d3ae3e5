"""Word opens our files without "repairing" them: the schema, the parts, the properties.

Every .docx a test writes is checked by tests/conftest.py; these tests show that the check
catches what it is there for, and that the properties name this program.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from helpers.ooxml import problems
from lxml import etree

from facilitator import version

EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LVL_ORDER = ["start", "numFmt", "suff", "lvlText", "lvlJc", "pPr"]


def rewritten(source: Path, out: Path, name: str, change: Any) -> Path:
    """A copy of `source` with one part's text changed."""
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in z.infolist():
            data = z.read(item)
            if item.filename == name:
                changed = change(data.decode("utf-8"))
                assert changed != data.decode("utf-8")
                data = changed.encode("utf-8")
            copy.writestr(item, data)
    return out


@pytest.mark.parametrize("which", ["resolution", "protocol"])
def test_the_demo_documents_are_valid(demo_export: Any, which: str) -> None:
    assert problems(getattr(demo_export, which)) == []


def test_numbering_levels_are_in_schema_order(demo_export: Any) -> None:
    with zipfile.ZipFile(demo_export.resolution) as z:
        numbering = etree.fromstring(z.read("word/numbering.xml"))
    ours = numbering.findall(f"{W}abstractNum")[-1]
    for level in ours.findall(f"{W}lvl"):
        assert [child.tag.removeprefix(W) for child in level] == LVL_ORDER


def test_a_level_in_the_wrong_order_is_caught(demo_export: Any, tmp_path: Path) -> None:
    def suff_last(xml: str) -> str:
        return xml.replace('<w:suff w:val="space"/>', "").replace(
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/>',
            '<w:lvlJc w:val="left"/><w:suff w:val="space"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="0"/>',
        )

    bad = rewritten(demo_export.resolution, tmp_path / "bad.docx", "word/numbering.xml", suff_last)
    assert any("Unexpected element 'suff'" in p for p in problems(bad))


def test_a_chart_of_the_wrong_type_is_caught(demo_export: Any, tmp_path: Path) -> None:
    def plain(xml: str) -> str:
        chart = 'PartName="/word/charts/chart2.xml" ContentType="'
        return xml.replace(
            chart + "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
            chart + "application/xml",
        )

    bad = rewritten(demo_export.resolution, tmp_path / "bad.docx", "[Content_Types].xml", plain)
    (found,) = problems(bad)
    assert "/word/charts/chart2.xml is application/xml" in found


def test_a_broken_chart_is_caught(demo_export: Any, tmp_path: Path) -> None:
    def broken(xml: str) -> str:
        return xml.replace("<c:plotArea>", "<c:plotArea><c:bogus/>", 1)

    bad = rewritten(demo_export.resolution, tmp_path / "bad.docx", "word/charts/chart3.xml", broken)
    assert any("chart3.xml" in p and "'bogus'" in p for p in problems(bad))


def test_properties_name_this_program(demo_export: Any) -> None:
    with zipfile.ZipFile(demo_export.resolution) as z:
        app = etree.fromstring(z.read("docProps/app.xml"))
        core = z.read("docProps/core.xml").decode("utf-8")
        names = z.namelist()
    assert app.findtext(f"{EP}Application") == f"Facilitator/{version()}"
    assert app.find(f"{EP}AppVersion") is None and app.find(f"{EP}Template") is None
    assert app.find(f"{EP}Pages") is None  # no page count from the template
    assert "Word" not in core and "python-docx" not in core
    assert "word/stylesWithEffects.xml" not in names  # the template's stale copy of the styles
