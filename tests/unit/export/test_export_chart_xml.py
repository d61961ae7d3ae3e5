"""The chart builders on their own: chart XML, label placement, drawing ids, the matrix data."""

from __future__ import annotations

import struct
import zlib
from io import BytesIO
from types import SimpleNamespace
from typing import Any

import pytest
from docx import Document
from lxml import etree

from facilitator.export import chart_text as t
from facilitator.export.chart_part import ChartParts, first_free_drawing_id, inline_xml
from facilitator.export.chart_spec import BarChart, BarSeries, Point, ScatterChart, ScatterSeries
from facilitator.export.chart_xml import chart_space, nice_unit
from facilitator.export.charts import LABELLED_POINTS, matrix_chart, platform_chart
from facilitator.export.label_places import CHAR_MM, GAP_MM, label_places
from facilitator.export.resolution import VoteSummary

C = f"{{{t.C_NS}}}"


def parsed(spec: Any) -> Any:
    return etree.fromstring(chart_space(spec, "Times New Roman"))


def local_names(element: Any) -> list[str]:
    return [etree.QName(child).localname for child in element]


def test_scatter_series_share_one_table() -> None:
    first = ScatterSeries("A", (Point(4, 4, "1.1"), Point(5, 5, "1.2")), "3A7D44")
    second = ScatterSeries("B", (Point(1, 1, "1.3"),), "B9473B")
    root = parsed(ScatterChart((first, second), 1, 5))
    ns = {"c": t.C_NS}
    one, two = root.findall(f".//{C}ser")
    for ser in (one, two):  # every series has all the x values, a column of its own for y
        assert ser.xpath("c:xVal//c:v/text()", namespaces=ns) == ["4", "5", "1"]
        assert ser.xpath("c:yVal//c:ptCount/@val", namespaces=ns) == ["3"]
    assert two.xpath("c:yVal//c:pt/@idx", namespaces=ns) == ["2"]
    assert two.xpath("c:yVal//c:f/text()", namespaces=ns) == ["Sheet1!$C$2:$C$4"]
    assert two.xpath("c:dLbls/c:dLbl/c:idx/@val", namespaces=ns) == ["2"]


def test_bar_chart_elements_in_schema_order() -> None:
    spec = BarChart(("a<&>b", "№\u00a02"), (BarSeries("x", (1.0, 2.5), "112233"),), True, True)
    root = parsed(spec)
    assert local_names(root) == ["date1904", "lang", "roundedCorners", "chart", "spPr", "txPr"]
    chart = root.find(f"{C}chart")
    assert local_names(chart) == [
        "autoTitleDeleted", "plotArea", "legend", "plotVisOnly", "dispBlanksAs"
    ]  # fmt: skip
    bar = root.find(f".//{C}barChart")
    assert local_names(bar) == [
        "barDir", "grouping", "varyColors", "ser", "gapWidth", "overlap", "axId", "axId"
    ]  # fmt: skip
    ser = bar.find(f"{C}ser")
    assert local_names(ser) == ["idx", "order", "tx", "spPr", "invertIfNegative", "cat", "val"]
    assert ser.xpath("c:cat//c:v/text()", namespaces={"c": t.C_NS}) == ["a<&>b", "№\u00a02"]
    assert ser.find(f"{C}val/{C}numRef/{C}f").text == "Sheet1!$B$2:$B$3"


_SHOW = "showLegendKey showVal showCatName showSerName showPercent showBubbleSize"
_AXIS = "axId scaling delete axPos majorGridlines minorGridlines title numFmt majorTickMark "
_AXIS += "minorTickMark tickLblPos spPr txPr crossAx crosses crossesAt"
# The order of children in the chart schema (dml-chart.xsd) of each element the writer makes:
# Word refuses a chart whose children are out of order.
SCHEMA_ORDER = {
    "chartSpace": "date1904 lang roundedCorners chart spPr txPr externalData",
    "chart": "title autoTitleDeleted plotArea legend plotVisOnly dispBlanksAs",
    "plotArea": "layout barChart scatterChart catAx valAx spPr",
    "barChart": "barDir grouping varyColors ser dLbls gapWidth overlap axId",
    "scatterChart": "scatterStyle varyColors ser dLbls axId",
    "barChart/ser": "idx order tx spPr invertIfNegative dLbls cat val",
    "scatterChart/ser": "idx order tx spPr marker dLbls xVal yVal smooth",
    "catAx": f"{_AXIS} auto lblAlgn lblOffset tickLblSkip noMultiLvlLbl",
    "valAx": f"{_AXIS} crossBetween majorUnit",
    "scaling": "orientation max min",
    "dLbls": f"dLbl spPr txPr dLblPos {_SHOW}",
    "dLbl": f"idx tx spPr txPr dLblPos {_SHOW}",
    "legend": "legendPos overlay",
    "title": "tx overlay",
    "manualLayout": "layoutTarget xMode yMode x y w h",
}


def assert_schema_order(root: Any) -> None:
    for element in root.iter(f"{C}*"):
        name = etree.QName(element).localname
        parent = element.getparent()
        key = f"{etree.QName(parent).localname}/{name}" if name == "ser" else name
        if key not in SCHEMA_ORDER:
            continue
        order = SCHEMA_ORDER[key].split()
        children = [etree.QName(c).localname for c in element if etree.QName(c).namespace == t.C_NS]
        assert all(c in order for c in children), (key, children)
        ranks = [order.index(c) for c in children]
        assert ranks == sorted(ranks), (key, children)


def test_every_chart_follows_the_schema_order() -> None:
    data, votes = rated(12)
    matrix = matrix_chart(data, votes)
    assert matrix is not None
    stacked = BarChart(("a", "b"), (BarSeries("x", (1, 2), "112233"),) * 3, True, True)
    for spec in (platform_chart(1, [(3.0, "1.1")]).spec, stacked, matrix.spec):
        assert_schema_order(parsed(spec))


def test_single_series_has_value_labels_and_no_legend() -> None:
    chart = platform_chart(2, [(3.0, "2.1"), (9.25, "2.2"), (5.0, "2.3")])
    root = parsed(chart.spec)
    assert root.find(f".//{C}legend") is None
    assert root.find(f".//{C}ser/{C}dLbls/{C}showVal").get("val") == "1"
    values = root.xpath("//c:val//c:v/text()", namespaces={"c": t.C_NS})
    assert values == ["9.2", "5", "3"]  # rounded to a tenth, best first


def test_scatter_is_markers_only_with_labels_at_their_places() -> None:
    points = (Point(2, 4, "1.1", "l"), Point(4, 2, "1.2", "t"))
    spec = ScatterChart((ScatterSeries("Быстрые победы", points, "3A7D44"),), 1, 5, "x", "y")
    root = parsed(spec)
    ns = {"c": t.C_NS, "a": t.A_NS}
    assert root.find(f".//{C}scatterStyle").get("val") == "lineMarker"
    assert root.find(f".//{C}ser/{C}spPr/{{{t.A_NS}}}ln/{{{t.A_NS}}}noFill") is not None
    assert root.xpath("//c:dLbl/c:dLblPos/@val", namespaces=ns) == ["l", "t"]
    assert root.xpath("//c:dLbl//a:t/text()", namespaces=ns) == ["1.1", "1.2"]
    assert root.xpath("//c:valAx/c:crossesAt/@val", namespaces=ns) == ["3", "3"]
    titles = root.xpath("//c:valAx/c:title//a:t/text()", namespaces=ns)
    assert titles == ["x", "y"]


@pytest.mark.parametrize(
    ("maximum", "unit"), [(0, 1), (6, 1), (12, 2), (23, 5), (70, 20), (400, 100), (9000, 2000)]
)
def test_nice_unit(maximum: float, unit: float) -> None:
    assert nice_unit(maximum) == unit


def test_sheet_columns_and_numbers() -> None:
    assert [t.column(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]
    assert [t.number(v) for v in (3.0, 6.5, -2.0)] == ["3", "6.5", "-2"]


def test_labels_of_crowded_points_do_not_overlap() -> None:
    step = GAP_MM + CHAR_MM * 3  # each label on the right would cover the next point's
    points = [(10 + step * n, 20.0, "1.1") for n in range(4)]
    places = label_places(points, (100.0, 100.0))
    assert places[-1] == "r" and len(set(places)) > 1
    assert label_places([(99.0, 50.0, "7.10")], (100.0, 100.0)) == ["l"]  # not off the plot


def rated(n: int, scale: int = 5) -> tuple[Any, dict[str, VoteSummary]]:
    rows = [SimpleNamespace(id=f"p{i}", code=f"1.{i}") for i in range(n)]
    votes = {
        f"p{i}": VoteSummary("rating", effect=1 + i % scale, feasibility=1 + (i * 3) % scale)
        for i in range(n)
    }
    return SimpleNamespace(proposals=rows), votes


def test_matrix_scale_and_labels() -> None:
    data, votes = rated(12)
    chart = matrix_chart(data, votes)
    assert chart is not None
    spec = chart.spec
    assert isinstance(spec, ScatterChart)
    assert (spec.low, spec.high, spec.point_labels) == (1.0, 5.0, True)
    assert sum(len(s.points) for s in spec.series) == 12
    data, votes = rated(LABELLED_POINTS + 1, scale=10)
    crowded = matrix_chart(data, votes)
    assert crowded is not None and isinstance(crowded.spec, ScatterChart)
    assert (crowded.spec.high, crowded.spec.point_labels) == (10.0, False)
    assert matrix_chart(SimpleNamespace(proposals=[]), {}) is None  # type: ignore[arg-type]


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_drawing_ids_follow_a_template_picture() -> None:
    document = Document()
    document.add_picture(BytesIO(tiny_png()))
    picture_id = int(document.element.body.xpath("//wp:docPr/@id")[0])
    parts = ChartParts(document)
    assert parts.next_id == first_free_drawing_id(document.part.package) == picture_id + 1
    spec = BarChart(("a",), (BarSeries("x", (1.0,), "112233"),))
    first = parts.paragraph(spec, 100, 50, "Figure", "Рисунок 1 — «итоги» & <всё>")
    second = parts.paragraph(spec, 100, 50, "Figure", "Рисунок 2")
    ids = [etree.fromstring(p).xpath("//*[local-name()='docPr']/@id")[0] for p in (first, second)]
    assert ids == [str(picture_id + 1), str(picture_id + 2)]
    names = [p.partname for p in document.part.package.iter_parts() if "chart" in p.partname]
    assert sorted(names) == ["/word/charts/chart1.xml", "/word/charts/chart2.xml"]


def test_inline_sizes_in_emu() -> None:
    inline = etree.fromstring(inline_xml("rId7", 5760000, 2520000, 3, 'a"b'))
    extent = inline.find("{*}extent")
    assert (extent.get("cx"), extent.get("cy")) == ("5760000", "2520000")
    assert inline.find("{*}docPr").get("descr") == 'a"b'
