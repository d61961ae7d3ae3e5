"""The demo resolution's native charts read back from the .docx zip: parts, drawings, data."""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from facilitator.export import build_document, preview_text
from facilitator.export.build import load_session_data
from facilitator.export.counts import count
from facilitator.export.resolution import Figure
from facilitator.export.votes import load_vote_summaries
from facilitator.export.wording import CHART_STATUS_LEGEND, QUADRANTS

NS = {
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
DEMO_PLATFORMS = 7
CHARTS = 1 + 2 * DEMO_PLATFORMS + 1  # statuses, dots and votes for each platform, the matrix


def xml(z: zipfile.ZipFile, name: str) -> Any:
    return etree.fromstring(z.read(name))


def charts_in_order(path: Path) -> list[Any]:
    """The chart parts' roots in the order the body shows them."""
    with zipfile.ZipFile(path) as z:
        rels = xml(z, "word/_rels/document.xml.rels")
        targets = {r.get("Id"): r.get("Target") for r in rels if r.get("Type") == RT.CHART}
        ids = xml(z, "word/document.xml").xpath("//c:chart/@r:id", namespaces=NS)
        return [xml(z, posixpath.join("word", targets[rid])) for rid in ids]


def strings(node: Any, path: str) -> list[str]:
    return [str(v) for v in node.xpath(f"{path}//c:pt/c:v/text()", namespaces=NS)]


def numbers(node: Any, path: str) -> list[float]:
    return [float(v) for v in strings(node, path)]


def indexed(node: Any, path: str) -> dict[int, float]:
    """The cached numbers by their row (blank rows absent)."""
    points = node.xpath(f"{path}//c:pt", namespaces=NS)
    return {int(p.get("idx")): float(p.findtext("c:v", namespaces=NS)) for p in points}


@pytest.fixture(scope="module")
def charts(demo_export: Any) -> list[Any]:
    return charts_in_order(demo_export.resolution)


def test_chart_parts_have_their_content_type_and_relationship(demo_export: Any) -> None:
    with zipfile.ZipFile(demo_export.resolution) as z:
        names = [n for n in z.namelist() if n.startswith("word/charts/")]
        overrides = {
            o.get("PartName"): o.get("ContentType")
            for o in xml(z, "[Content_Types].xml").xpath("ct:Override", namespaces=NS)
        }
        rels = xml(z, "word/_rels/document.xml.rels").xpath("rel:Relationship", namespaces=NS)
        body_ids = xml(z, "word/document.xml").xpath("//c:chart/@r:id", namespaces=NS)
    assert len(names) == CHARTS  # statuses, dots and votes per platform, the matrix
    assert all(overrides[f"/{name}"] == CT.DML_CHART for name in names)
    chart_rels = {r.get("Id"): r.get("Target") for r in rels if r.get("Type") == RT.CHART}
    assert sorted(f"word/{t}" for t in chart_rels.values()) == sorted(names)
    assert sorted(body_ids) == sorted(chart_rels)  # each part shown once


def test_drawings_are_inline_sized_and_described(demo_export: Any) -> None:
    with zipfile.ZipFile(demo_export.resolution) as z:
        body = xml(z, "word/document.xml")
    inlines = body.xpath("//w:drawing/wp:inline", namespaces=NS)
    assert len(inlines) == CHARTS
    for inline in inlines:
        extent = inline.find("wp:extent", NS)
        assert int(extent.get("cx")) > 100 * 36000 and int(extent.get("cy")) > 30 * 36000
        doc_pr = inline.find("wp:docPr", NS)
        assert doc_pr.get("name") and doc_pr.get("descr").startswith("Рисунок ")
        uri = inline.find("a:graphic/a:graphicData", NS).get("uri")
        assert uri == NS["c"]
    ids = body.xpath("//wp:docPr/@id", namespaces=NS)
    assert len(ids) == len(set(ids))


def test_status_chart(charts: list[Any], demo_sf: Any) -> None:
    status = charts[0]
    bar = status.find(".//c:barChart", NS)
    assert bar.find("c:barDir", NS).get("val") == "bar"
    assert bar.find("c:grouping", NS).get("val") == "stacked"
    assert bar.find("c:overlap", NS).get("val") == "100"
    assert status.find(".//c:catAx/c:scaling/c:orientation", NS).get("val") == "maxMin"
    series = bar.findall("c:ser", NS)
    assert [strings(s, "c:tx")[0] for s in series] == list(CHART_STATUS_LEGEND)
    labels = [f"№\u00a0{n}" for n in range(1, DEMO_PLATFORMS + 1)]
    assert all(strings(s, "c:cat") == labels for s in series)
    data, votes = load_session_data(demo_sf), load_vote_summaries()
    per_platform = [
        count([], [r for r in data.proposals if r.platform_id == p.id], votes)
        for p in data.platforms
    ]
    totals = [sum(v) for v in zip(*(numbers(s, "c:val") for s in series), strict=True)]
    assert totals == [c.considered for c in per_platform]  # what the body calls considered
    assert numbers(series[0], "c:val") == [c.adopted for c in per_platform]
    assert sum(totals) < len(data.proposals)  # the open votes are not counted
    top = float(status.find(".//c:valAx/c:scaling/c:max", NS).get("val"))
    assert max(totals) <= top < max(totals) + 5  # the axis ends just after the longest bar


def test_platform_charts_show_one_measure_each(charts: list[Any], demo_export: Any) -> None:
    register = {
        row.cells[0].text: row.cells[4].text
        for table in Document(str(demo_export.resolution)).tables
        if table.rows[0].cells[-1].text == "Итоги голосования"
        for row in table.rows[1:]
    }
    platform_charts = charts[1 : 1 + 2 * DEMO_PLATFORMS]
    for n, chart in enumerate(platform_charts):
        number, measure = n // 2 + 1, ("стикеры", "голоса «за»")[n % 2]
        (series,) = chart.findall(".//c:barChart/c:ser", NS)
        assert strings(series, "c:tx") == [f"Площадка №\u00a0{number}: {measure}"]
        codes, values = strings(series, "c:cat"), numbers(series, "c:val")
        assert 0 < len(codes) <= 10 and len(codes) == len(values)
        assert all(code.startswith(f"{number}.") for code in codes)
        assert values == sorted(values, reverse=True)
        for code, value in zip(codes, values, strict=True):  # the register's figure, not a mix
            figures = register[code]
            wanted = f"стикеров — {value:g}" if n % 2 == 0 else f"за — {value:g},"
            assert figures.startswith(wanted), (code, figures)
        assert chart.find(".//c:valAx/c:scaling/c:min", NS).get("val") == "0"


def test_matrix_points_lie_within_the_axes(charts: list[Any]) -> None:
    matrix = charts[-1]
    axes = matrix.findall(".//c:valAx", NS)
    assert len(axes) == 2
    low = {float(a.find("c:scaling/c:min", NS).get("val")) for a in axes}
    high = {float(a.find("c:scaling/c:max", NS).get("val")) for a in axes}
    assert len(low) == len(high) == 1
    (lo,), (hi,) = low, high
    middle = (lo + hi) / 2
    assert {float(a.find("c:crossesAt", NS).get("val")) for a in axes} == {middle}
    series = matrix.findall(".//c:scatterChart/c:ser", NS)
    names = [strings(s, "c:tx")[0] for s in series]
    assert names and set(names) <= set(QUADRANTS.values())
    quadrant_of = {title: key for key, title in QUADRANTS.items()}
    for name, one in zip(names, series, strict=True):
        xs, ys = numbers(one, "c:xVal"), indexed(one, "c:yVal")  # x shared, y per quadrant
        assert ys and all(lo <= v <= hi for v in xs + list(ys.values()))
        assert all(((xs[i] >= middle), (y >= middle)) == quadrant_of[name] for i, y in ys.items())
        labels = one.xpath("c:dLbls/c:dLbl", namespaces=NS)
        assert sorted(int(d.find("c:idx", NS).get("val")) for d in labels) == sorted(ys)
        assert all("." in d.findtext(".//a:t", namespaces=NS) for d in labels)


def test_chart_text_is_cyrillic_ready(charts: list[Any]) -> None:
    for chart in charts:
        assert chart.find("c:lang", NS).get("val") == "ru-RU"
        default = chart.find("c:txPr//a:defRPr", NS)
        assert default.get("lang") == "ru-RU" and 1000 <= int(default.get("sz")) <= 1100
        faces = {default.find(f"a:{slot}", NS).get("typeface") for slot in ("latin", "ea", "cs")}
        assert faces == {"Times New Roman"}
        assert chart.find("c:chart/c:autoTitleDeleted", NS).get("val") == "1"


def test_preview_and_no_charts(demo_sf: Any) -> None:
    with_charts = build_document(demo_sf)
    figures = [b for a in with_charts.appendices for b in a.blocks if isinstance(b, Figure)]
    assert len(figures) == CHARTS
    assert "[рисунок: Рисунок 1 — " in preview_text(with_charts)
    without = build_document(demo_sf, charts=False)
    assert not [b for a in without.appendices for b in a.blocks if isinstance(b, Figure)]
    # the chart appendix keeps its place (and the others their numbers), with nothing drawn
    assert [a.label for a in without.appendices] == [a.label for a in with_charts.appendices]
    assert without.appendices[-1].blocks == []
