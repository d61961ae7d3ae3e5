"""A chart part's XML (c:chartSpace) as text: horizontal bars or an effect × feasibility scatter."""

from __future__ import annotations

import math

from . import chart_text as t
from .chart_spec import BarChart, ChartSpec, Layout, ScatterChart, ScatterSeries
from .chart_text import val

FONT_PT = 10.0
LABEL_PT = 9.0
DENSE_CATEGORIES = 30  # more bars than this and their names go in LABEL_PT
AXIS_LINE = "808080"
GRID_LINE = "D9D9D9"
CROSS_LINE = "595959"
CAT_AX, VAL_AX = 101, 102  # axis ids, unique within a chart
X_AX, Y_AX = 201, 202


def chart_space(spec: ChartSpec, font: str) -> bytes:
    """The whole chart part for the spec, in UTF-8.

    The data sit in the chart as cached values behind sheet formulas, as Word writes them; no
    workbook is embedded, so Word and LibreOffice draw the caches (Word cannot "edit data").
    """
    if isinstance(spec, BarChart):
        plot, legend = bar_plot(spec, font), spec.legend
    else:
        plot, legend = scatter_plot(spec, font), True
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<c:chartSpace xmlns:c="{t.C_NS}" xmlns:a="{t.A_NS}" xmlns:r="{t.R_NS}">'
        f"{val('date1904', 0)}{val('lang', t.LANG)}{val('roundedCorners', 0)}"
        f"<c:chart>{val('autoTitleDeleted', 1)}{plot}{_legend() if legend else ''}"
        f"{val('plotVisOnly', 1)}{val('dispBlanksAs', 'gap')}</c:chart>"
        f"{t.sp_pr()}{t.tx_pr(font, FONT_PT)}</c:chartSpace>"
    )
    return xml.encode("utf-8")


def _legend() -> str:
    return f"<c:legend>{val('legendPos', 'b')}{val('overlay', 0)}</c:legend>"


def bar_plot(spec: BarChart, font: str) -> str:
    """The plot area of horizontal bars: categories down the left, the first at the top."""
    count = len(spec.categories)
    categories = t.str_ref(t.cells(0, 2, count), spec.categories)
    series = []
    for index, one in enumerate(spec.series):
        labels = _value_labels(font) if spec.value_labels else ""
        series.append(
            f"<c:ser>{val('idx', index)}{val('order', index)}{t.series_name(index + 1, one.name)}"
            f"{t.sp_pr(one.colour)}{val('invertIfNegative', 0)}{labels}"
            f"<c:cat>{categories}</c:cat>"
            f"<c:val>{t.num_ref(t.cells(index + 1, 2, count), one.values)}</c:val></c:ser>"
        )
    grouping = "stacked" if spec.stacked else "clustered"
    overlap = val("overlap", 100) if spec.stacked else ""
    chart = (
        f"<c:barChart>{val('barDir', 'bar')}{val('grouping', grouping)}{val('varyColors', 0)}"
        f"{''.join(series)}{val('gapWidth', 50)}{overlap}"
        f"{val('axId', CAT_AX)}{val('axId', VAL_AX)}</c:barChart>"
    )
    axes = _category_axis(font, count) + _bar_value_axis(spec)
    return f"<c:plotArea><c:layout/>{chart}{axes}</c:plotArea>"


def _value_labels(font: str) -> str:
    return (
        f"<c:dLbls>{t.sp_pr()}{t.tx_pr(font, LABEL_PT)}{val('dLblPos', 'outEnd')}"
        f"{t.label_flags(True)}</c:dLbls>"
    )


def _category_axis(font: str, count: int) -> str:
    """Every category named, top to bottom; in smaller type when there are many of them."""
    size = FONT_PT if count <= DENSE_CATEGORIES else LABEL_PT
    return (
        f"<c:catAx>{val('axId', CAT_AX)}<c:scaling>{val('orientation', 'maxMin')}</c:scaling>"
        f"{val('delete', 0)}{val('axPos', 'l')}{val('majorTickMark', 'none')}"
        f"{val('minorTickMark', 'none')}{val('tickLblPos', 'nextTo')}"
        f"<c:spPr>{t.line(AXIS_LINE)}</c:spPr>{t.tx_pr(font, size)}"
        f"{val('crossAx', VAL_AX)}{val('crosses', 'autoZero')}"
        f"{val('auto', 1)}{val('lblAlgn', 'ctr')}{val('lblOffset', 100)}"
        f"{val('tickLblSkip', 1)}{val('noMultiLvlLbl', 0)}</c:catAx>"
    )


def _bar_value_axis(spec: BarChart) -> str:
    # With the categories reversed (maxMin), the value axis crosses at the last one: the bottom.
    totals = [sum(values) for values in zip(*(s.values for s in spec.series), strict=True)]
    top = max(map(abs, totals), default=0)
    unit = nice_unit(top)
    scaling = val("orientation", "minMax")
    if min(totals, default=0) >= 0:  # bars start at 0, or their lengths would mislead
        if not spec.value_labels:  # no label needs room at the end
            scaling += val("max", t.number(unit * max(math.ceil(top / unit), 1)))
        scaling += val("min", 0)
    return (
        f"<c:valAx>{val('axId', VAL_AX)}<c:scaling>{scaling}</c:scaling>"
        f"{val('delete', 0)}{val('axPos', 'b')}{_gridlines()}"
        f'<c:numFmt formatCode="General" sourceLinked="0"/>{val("majorTickMark", "none")}'
        f"{val('minorTickMark', 'none')}{val('tickLblPos', 'nextTo')}"
        f"<c:spPr>{t.line(None)}</c:spPr>{val('crossAx', CAT_AX)}{val('crosses', 'max')}"
        f"{val('crossBetween', 'between')}{val('majorUnit', t.number(unit))}</c:valAx>"
    )


def _gridlines() -> str:
    return f"<c:majorGridlines><c:spPr>{t.line(GRID_LINE, 6350)}</c:spPr></c:majorGridlines>"


def nice_unit(maximum: float, ticks: int = 6) -> float:
    """A round step (1, 2, 5 × 10ⁿ, at least 1) giving about `ticks` gridlines up to maximum."""
    if maximum <= ticks:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    return float(next(step * power for step in (1, 2, 5, 10) if step * power >= raw))


def scatter_plot(spec: ScatterChart, font: str) -> str:
    """The plot area of the matrix: markers only, the axes crossing in the middle.

    The data are one table, as a secretary would type it: the x values of all points in one
    column, each series' y values in a column of its own, blank on the other series' rows.
    (Series of their own lengths made LibreOffice drop whole series.)
    """
    xs = [p.x for one in spec.series for p in one.points]
    x_ref = f"<c:xVal>{t.num_ref(t.cells(0, 2, len(xs)), xs)}</c:xVal>"
    series, first = [], 0
    for index, one in enumerate(spec.series):
        ys: list[float | None] = [None] * len(xs)
        ys[first : first + len(one.points)] = [p.y for p in one.points]
        labels = _point_labels(one, first, font) if spec.point_labels else ""
        series.append(_scatter_series(index, one, x_ref, ys, labels))
        first += len(one.points)
    chart = (
        f"<c:scatterChart>{val('scatterStyle', 'lineMarker')}{val('varyColors', 0)}"
        f"{''.join(series)}{val('axId', X_AX)}{val('axId', Y_AX)}</c:scatterChart>"
    )
    axes = _scatter_axis(spec, X_AX, font) + _scatter_axis(spec, Y_AX, font)
    frame = f"<c:spPr><a:noFill/>{t.line(AXIS_LINE)}</c:spPr>"
    return f"<c:plotArea>{_layout(spec.plot_area)}{chart}{axes}{frame}</c:plotArea>"


def _layout(area: Layout | None) -> str:
    """The plot area's inner rectangle (the axes) as fractions of the chart, or automatic."""
    if area is None:
        return "<c:layout/>"
    x, y, width, height = (t.number(round(v, 4)) for v in area)
    return (
        f"<c:layout><c:manualLayout>{val('layoutTarget', 'inner')}{val('xMode', 'edge')}"
        f"{val('yMode', 'edge')}{val('x', x)}{val('y', y)}{val('w', width)}{val('h', height)}"
        "</c:manualLayout></c:layout>"
    )


def _scatter_series(
    index: int, series: ScatterSeries, x_ref: str, ys: list[float | None], labels: str
) -> str:
    marker = (
        f"<c:marker>{val('symbol', 'circle')}{val('size', 6)}"
        f"<c:spPr>{t.solid(series.colour)}{t.line('FFFFFF', 3175)}</c:spPr></c:marker>"
    )
    column = index + 1
    return (
        f"<c:ser>{val('idx', index)}{val('order', index)}{t.series_name(column, series.name)}"
        f"<c:spPr>{t.line(None)}</c:spPr>{marker}{labels}{x_ref}"
        f"<c:yVal>{t.num_ref(t.cells(column, 2, len(ys)), ys)}</c:yVal>"
        f"{val('smooth', 0)}</c:ser>"
    )


def _point_labels(series: ScatterSeries, first: int, font: str) -> str:
    """Each point's own text (an item code) at its place; `first` is the point's table row."""
    each = "".join(
        f"<c:dLbl>{val('idx', first + n)}{t.rich(point.label, font, LABEL_PT)}"
        f"{val('dLblPos', point.place)}{t.label_flags(True)}</c:dLbl>"
        for n, point in enumerate(series.points)
        if point.label
    )
    return (
        f"<c:dLbls>{each}{t.sp_pr()}{t.tx_pr(font, LABEL_PT)}{val('dLblPos', 'r')}"
        f"{t.label_flags(False)}</c:dLbls>"
    )


def _scatter_axis(spec: ScatterChart, axis: int, font: str) -> str:
    """One value axis fixed to the scale; its line crosses the other axis at the midpoint.

    The tick labels stay at the low end, outside the plot, while the line runs through it.
    """
    horizontal = axis == X_AX
    title = spec.x_title if horizontal else spec.y_title
    title_xml = (
        f"<c:title>{t.rich(title, font, FONT_PT, rotated=not horizontal)}{val('overlay', 0)}"
        "</c:title>"
        if title
        else ""
    )
    scaling = (
        f"<c:scaling>{val('orientation', 'minMax')}{val('max', t.number(spec.high))}"
        f"{val('min', t.number(spec.low))}</c:scaling>"
    )
    return (
        f"<c:valAx>{val('axId', axis)}{scaling}{val('delete', 0)}"
        f"{val('axPos', 'b' if horizontal else 'l')}{title_xml}"
        f'<c:numFmt formatCode="General" sourceLinked="0"/>{val("majorTickMark", "none")}'
        f"{val('minorTickMark', 'none')}{val('tickLblPos', 'low')}"
        f"<c:spPr>{t.line(CROSS_LINE, 12700)}</c:spPr>"
        f"{val('crossAx', Y_AX if horizontal else X_AX)}"
        f"{val('crossesAt', t.number(spec.middle))}{val('crossBetween', 'midCat')}"
        f"{val('majorUnit', 1)}</c:valAx>"
    )
