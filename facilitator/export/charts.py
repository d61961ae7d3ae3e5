"""The resolution's result charts as native chart data: statuses, top items, the matrix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from facilitator.vocabulary import ADOPTED, REJECTED

from . import wording as w
from .chart_spec import BarChart, BarSeries, ChartSpec, Point, ScatterChart, ScatterSeries
from .counts import CONSIDERED_STANDINGS
from .figures import standing
from .label_places import label_places
from .resolution import VoteSummary

if TYPE_CHECKING:
    from .build import SessionData

COLOURS = ("2F5F8A", "B9473B", "A8B3BD")  # adopted, rejected, other; the bars of a platform
QUADRANT_COLOURS = ("3A7D44", "2F5F8A", "C98A1B", "B9473B")  # in the order of w.QUADRANTS
PLATFORM_LABEL = "№\u00a0{number}"
TOP_ITEMS = 10
LABELLED_POINTS = 80  # more points than this and their codes would only cover each other
WIDTH_MM = 160.0
STATUS_MAX_MM = 230.0  # with its caption, a page of text
MATRIX_MM = (150.0, 140.0)
MATRIX_PLOT = (0.12, 0.04, 0.85, 0.76)  # room on the left and below for the axes and legend


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart with its size on the page and the title its caption gives."""

    spec: ChartSpec
    width_mm: float
    height_mm: float
    caption: str


def status_chart(data: SessionData, votes: Mapping[str, VoteSummary]) -> Chart:
    """Stacked bars: the considered items of each platform, adopted, rejected, or without a
    decision (ranked by dots or a rating, no quorum). An open vote has considered nothing yet.
    """
    counts: dict[str, Counter[str]] = {p.id: Counter() for p in data.platforms}
    for row in data.proposals:
        found = standing(row.status, votes.get(row.id))
        if found not in CONSIDERED_STANDINGS:
            continue
        bucket = found if found in (ADOPTED, REJECTED) else "other"
        counts.setdefault(row.platform_id, Counter())[bucket] += 1
    series = tuple(
        BarSeries(name, tuple(float(counts[p.id][bucket]) for p in data.platforms), colour)
        for bucket, name, colour in zip(
            (ADOPTED, REJECTED, "other"), w.CHART_STATUS_LEGEND, COLOURS, strict=True
        )
    )
    labels = tuple(PLATFORM_LABEL.format(number=p.number) for p in data.platforms)
    spec = BarChart(labels, series, stacked=True, legend=True)
    height = min(STATUS_MAX_MM, 32.0 + 6.0 * len(labels))
    return Chart(spec, WIDTH_MM, height, w.CHART_STATUS_TITLE)


MEASURES = {"dots": w.CHART_DOTS, "for": w.CHART_FOR}  # a bar chart shows one of them


def measures(vote: VoteSummary | None) -> dict[str, float]:
    """The item's values on the bar charts' measures: its dots, its votes for (closed votes
    only; the means of a rating go on the matrix, a ranking's places on no axis)."""
    if vote is None:
        return {}
    found = {"dots": vote.dots, "for": vote.for_}
    return {measure: float(value) for measure, value in found.items() if value is not None}


def platform_chart(number: int, scored: list[tuple[float, str]], measure: str = "for") -> Chart:
    """The platform's items with the most dots (or votes for), given as (value, code)."""
    top = sorted(scored, key=lambda pair: -pair[0])[:TOP_ITEMS]
    values = tuple(round(score, 1) for score, _ in top)
    title = w.CHART_PLATFORM_TITLE.format(number=number, measure=MEASURES[measure])
    series = BarSeries(title, values, COLOURS[0])
    spec = BarChart(tuple(code for _, code in top), (series,), value_labels=True)
    height = 25.0 + 7.0 * len(top)
    return Chart(spec, WIDTH_MM, height, title)


def matrix_chart(data: SessionData, votes: Mapping[str, VoteSummary]) -> Chart | None:
    """The effect × feasibility matrix of rated items, a series per quadrant; None if unrated."""
    points = [
        Point(vote.feasibility, vote.effect, row.code)
        for row in data.proposals
        if (vote := votes.get(row.id)) is not None
        and vote.effect is not None
        and vote.feasibility is not None
    ]
    if not points:
        return None
    low, high = scale(points)
    middle = (low + high) / 2
    labelled = len(points) <= LABELLED_POINTS
    if labelled:
        points = _placed(points, low, high)
    series = tuple(
        ScatterSeries(title, tuple(p for p in points if _quadrant(p, middle) == key), colour)
        for (key, title), colour in zip(w.QUADRANTS.items(), QUADRANT_COLOURS, strict=True)
    )
    spec = ScatterChart(
        tuple(s for s in series if s.points),
        low,
        high,
        x_title=w.CHART_FEASIBILITY,
        y_title=w.CHART_EFFECT,
        point_labels=labelled,
        plot_area=MATRIX_PLOT,
    )
    return Chart(spec, *MATRIX_MM, w.CHART_MATRIX_TITLE)


def scale(points: list[Point]) -> tuple[float, float]:
    """The rating scale the points were given on: 1–5 or 1–10 (0–… if a zero occurs)."""
    values = [v for p in points for v in (p.x, p.y)]
    low = 1.0 if min(values) >= 1 else 0.0
    high = 10.0 if max(values) > 5 else 5.0
    return low, high


def _placed(points: list[Point], low: float, high: float) -> list[Point]:
    """The points with their labels placed where they cover the fewest others."""
    width = MATRIX_MM[0] * MATRIX_PLOT[2]
    height = MATRIX_MM[1] * MATRIX_PLOT[3]
    span = high - low
    in_mm = [((p.x - low) / span * width, (p.y - low) / span * height, p.label) for p in points]
    places = label_places(in_mm, (width, height))
    return [replace(p, place=place) for p, place in zip(points, places, strict=True)]


def _quadrant(point: Point, middle: float) -> tuple[bool, bool]:
    """(high feasibility?, high effect?): high at or above the midpoint, as the vote counts."""
    return point.x >= middle, point.y >= middle
