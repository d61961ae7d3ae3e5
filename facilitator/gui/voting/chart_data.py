"""What a vote's chart shows: bars or a 2×2 matrix built from its evaluated result."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from facilitator.gui.voting import texts
from facilitator.gui.voting.colours import CHOICE_COLOURS, RESULT_COLOURS
from facilitator.services.proposals import ProposalRow
from facilitator.voting import QUADRANT_TITLES

Results = dict[str, dict[str, Any]]
CHOICES = ("for", "against", "abstain")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str
    colour: QColor | None = None  # None: the theme's bar colour
    highlight: bool = False


@dataclass(frozen=True)
class Bars:
    """Horizontal bars, longest scale `maximum`; `marker` draws a line (votes needed)."""

    bars: list[Bar]
    maximum: float
    note: str = ""
    marker: float | None = None
    marker_text: str = ""


@dataclass(frozen=True)
class Point:
    label: str
    x: float  # feasibility
    y: float  # effect
    highlight: bool = False


@dataclass(frozen=True)
class Matrix:
    """Effect (y) × feasibility (x) on the rating scale, split at its midpoint into quadrants."""

    points: list[Point]
    low: float
    high: float
    x_title: str
    y_title: str
    quadrants: dict[str, str] = field(default_factory=dict)  # quadrant id → title
    side: Bars | None = None  # drawn beside it: the current item's mean per criterion


Chart = Bars | Matrix | None


def _label(rows: dict[str, ProposalRow], item: str) -> str:
    row = rows.get(item)
    return f"{row.code} {row.title}" if row else "?"


def choice_bars(figures: dict[str, Any], present: int) -> Bars:
    """For / against / abstain of one item, with the votes needed to adopt as a marker."""
    bars = [
        Bar(texts.choice_title(c), figures[c], str(figures[c]), CHOICE_COLOURS[c]) for c in CHOICES
    ]
    outcome = figures["result"]
    note = texts.result_title(outcome)
    return Bars(
        bars,
        max(present, 1),
        note,
        float(figures["needed"]) if outcome != "no_quorum" else None,
        QCoreApplication.translate("VoteChart", "needed: {n}").format(n=figures["needed"]),
    )


def item_bars(
    method: str, order: list[str], results: Results, rows: dict[str, ProposalRow], current: str = ""
) -> Bars:
    """One bar per item: votes for, dots or Borda points; the current item highlighted."""
    bars = []
    for item in order:
        figures = results.get(item)
        if figures is None:
            continue
        value, text, colour = _item_value(method, figures)
        bars.append(Bar(_label(rows, item), value, text, colour, item == current))
    return Bars(bars, max([b.value for b in bars] + [1.0]))


def _item_value(method: str, figures: dict[str, Any]) -> tuple[float, str, QColor | None]:
    if method in texts.DECIDING:
        return (
            figures["for"],
            texts.figures_text(method, figures),
            RESULT_COLOURS.get(figures["result"]),
        )
    if method == "dots":
        return figures["dots"], str(figures["dots"]), None
    if method == "ranking":
        points = figures["borda_points"]
        return points, texts.number(points, 0 if points == int(points) else 1), None
    return 0.0, "", None


def rating_chart(
    config: dict[str, Any],
    order: list[str],
    results: Results,
    rows: dict[str, ProposalRow],
    current: str = "",
) -> Chart:
    """The matrix when the rating has effect and feasibility, beside it the current item's
    mean per criterion; without the matrix, those means, or every item's overall mean."""
    side = criterion_bars(config, results[current]) if current in results else None
    if texts.has_matrix(config):
        return replace(matrix(config, results, rows, current), side=side)
    if side is not None:
        return side
    bars = []
    for item in order:
        means = results.get(item, {}).get("means")
        if means:
            overall = sum(means.values()) / len(means)
            text = "/".join(texts.number(v) for v in means.values())
            bars.append(Bar(_label(rows, item), overall, text))
    bars.sort(key=lambda bar: -bar.value)
    return Bars(bars, float(config.get("high", 10))) if bars else None


def criterion_bars(config: dict[str, Any], figures: dict[str, Any]) -> Bars | None:
    """One item's mean per criterion, on the rating's scale; its quadrant as the note."""
    means = figures.get("means", {})
    names = texts.criterion_names(config)
    bars = [Bar(names[c], means[c], texts.number(means[c])) for c in names if c in means]
    if not bars:
        return None
    return Bars(bars, float(config.get("high", 10)), texts.quadrant_title(figures.get("quadrant")))


def matrix(
    config: dict[str, Any], results: Results, rows: dict[str, ProposalRow], current: str = ""
) -> Matrix:
    names = texts.criterion_names(config)
    effect, feasibility = texts.MATRIX
    points = [
        Point(
            rows[item].code if item in rows else "?",
            figures["means"].get(feasibility, 0.0),
            figures["means"].get(effect, 0.0),
            item == current,
        )
        for item, figures in results.items()
        if figures.get("means")
    ]
    return Matrix(
        points,
        float(config.get("low", 0)),
        float(config.get("high", 10)),
        names.get(feasibility, texts.criterion_title(feasibility)),
        names.get(effect, texts.criterion_title(effect)),
        {key: texts.voting(title) for key, title in QUADRANT_TITLES.items()},
    )


def vote_chart(
    method: str,
    config: dict[str, Any],
    order: list[str],
    results: Results,
    rows: dict[str, ProposalRow],
    present: int,
    current: str = "",
) -> Chart:
    """The chart of a vote; for/against/abstain of `current` (or of a lone item) when given."""
    if method == "rating":
        return rating_chart(config, order, results, rows, current)
    if method in texts.DECIDING:
        single = current or (order[0] if len(order) == 1 else "")
        if single:
            return choice_bars(results[single], present) if single in results else None
    ranked = sorted(order, key=lambda item: _rank_key(method, results.get(item)))
    return item_bars(method, ranked, results, rows, current) if results else None


def _rank_key(method: str, figures: dict[str, Any] | None) -> float:
    if figures is None:
        return float("inf")
    if method == "ranking":
        return figures["schulze_rank"] * 1000 + figures["borda_rank"]
    if method == "dots":
        return figures["rank"]
    return -figures["for"]
