"""Charts of the results as PNG, drawn by matplotlib's Agg canvas: no display, no pyplot, no Qt."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from facilitator.vocabulary import ADOPTED, REJECTED

from . import wording as w
from .resolution import VoteSummary

if TYPE_CHECKING:
    from .build import SessionData

MM_PER_INCH = 25.4
DPI = 150
FONT = {"family": "DejaVu Sans", "size": 8}  # ships with matplotlib, has Cyrillic
COLOURS = ("#2f5f8a", "#b9473b", "#a8b3bd")
TOP_ITEMS = 10


@dataclass(frozen=True, slots=True)
class Picture:
    png: bytes
    width_mm: float
    height_mm: float
    caption: str


def _figure(width_mm: float, height_mm: float) -> Any:
    # Imported here: matplotlib takes a noticeable time to import and only charts need it.
    from matplotlib.figure import Figure

    return Figure(figsize=(width_mm / MM_PER_INCH, height_mm / MM_PER_INCH), dpi=DPI)


def _png(fig: Any) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
    return out.getvalue()


def _style(ax: Any) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=FONT["size"])


def status_figure(data: SessionData) -> Picture:
    """Stacked bars: adopted, rejected and other proposals of each platform."""
    counts: dict[str, Counter[str]] = {p.id: Counter() for p in data.platforms}
    for row in data.proposals:
        bucket = row.status if row.status in (ADOPTED, REJECTED) else "other"
        counts.setdefault(row.platform_id, Counter())[bucket] += 1
    labels = [f"№ {p.number}" for p in data.platforms]
    height = min(220.0, 30.0 + 6.0 * len(labels))
    fig = _figure(160, height)
    ax = fig.add_subplot()
    left = [0] * len(labels)
    for bucket, colour, legend in zip(
        (ADOPTED, REJECTED, "other"), COLOURS, w.CHART_STATUS_LEGEND, strict=True
    ):
        values = [counts[p.id][bucket] for p in data.platforms]
        ax.barh(labels, values, left=left, color=colour, label=legend)
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.invert_yaxis()
    ax.legend(prop=FONT, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=3)
    _style(ax)
    fig.tight_layout()
    return Picture(_png(fig), 160, height, w.CHART_STATUS_TITLE)


def platform_figure(number: int, scored: list[tuple[float, str]]) -> Picture:
    """The platform's items with the highest vote scores, given as (score, code)."""
    top = sorted(scored, key=lambda pair: -pair[0])[:TOP_ITEMS]
    height = 25 + 7 * len(top)
    fig = _figure(160, height)
    ax = fig.add_subplot()
    ax.barh([code for _, code in top], [score for score, _ in top], color=COLOURS[0])
    ax.invert_yaxis()
    _style(ax)
    _margins(fig, 160, height)
    caption = w.CHART_PLATFORM_TITLE.format(number=number)
    return Picture(_png(fig), 160, height, caption)


def _margins(fig: Any, width_mm: float, height_mm: float) -> None:
    """Fixed margins for short labels (item codes): tight_layout measured every text each time,
    a third of the time of a resolution with fifty platforms' charts."""
    fig.subplots_adjust(
        left=14 / width_mm, right=1 - 4 / width_mm, bottom=9 / height_mm, top=1 - 4 / height_mm
    )


def matrix_figure(data: SessionData, votes: Mapping[str, VoteSummary]) -> Picture | None:
    """The effect × feasibility matrix of rated items; None when nothing was rated."""
    points = [
        (vote.feasibility, vote.effect, row.code)
        for row in data.proposals
        if (vote := votes.get(row.id)) is not None
        and vote.effect is not None
        and vote.feasibility is not None
    ]
    if not points:
        return None
    values = [v for x, y, _ in points for v in (x, y)]
    low = 1.0 if min(values) >= 1 else 0.0
    high = 10.0 if max(values) > 5 else 5.0  # the usual rating scales: 1–5 and 1–10
    middle = (low + high) / 2
    fig = _figure(150, 130)
    ax = fig.add_subplot()
    _quadrants(ax, low, high, middle)
    ax.scatter([x for x, _, _ in points], [y for _, y, _ in points], color=COLOURS[0], s=14)
    for x, y, code in points:
        ax.annotate(code, (x, y), textcoords="offset points", xytext=(3, 3), fontsize=7)
    ax.set_xlabel(w.CHART_FEASIBILITY, fontdict=FONT)
    ax.set_ylabel(w.CHART_EFFECT, fontdict=FONT)
    fig.tight_layout()
    return Picture(_png(fig), 150, 130, w.CHART_MATRIX_TITLE)


def _quadrants(ax: Any, low: float, high: float, middle: float) -> None:
    ax.set_xlim(low, high)
    ax.set_ylim(low, high)
    ax.axhline(middle, color="#777777", linewidth=0.8)
    ax.axvline(middle, color="#777777", linewidth=0.8)
    quarter = (high - low) / 4
    for (column, row), title in w.QUADRANTS.items():
        x = low + quarter * (3 if column else 1)
        y = low + quarter * (3 if row else 1)
        ax.text(x, y, title, ha="center", va="center", fontsize=9, color="#999999")
    ax.tick_params(labelsize=FONT["size"])
