"""What a native Word chart shows, as plain data: horizontal bars, or a scatter of points."""

from __future__ import annotations

from dataclasses import dataclass

Layout = tuple[float, float, float, float]  # x, y, width, height as fractions of the chart


@dataclass(frozen=True, slots=True)
class BarSeries:
    """One series of bars: its legend name, a value per category, an RGB colour ("2f5f8a")."""

    name: str
    values: tuple[float, ...]
    colour: str


@dataclass(frozen=True, slots=True)
class BarChart:
    """Horizontal bars, categories listed top to bottom; stacked when there are several series."""

    categories: tuple[str, ...]
    series: tuple[BarSeries, ...]
    stacked: bool = False
    legend: bool = False
    value_labels: bool = False  # each bar's value printed at its end


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float
    label: str = ""
    place: str = "r"  # where the label goes: r, l, t, b (c:dLblPos)


@dataclass(frozen=True, slots=True)
class ScatterSeries:
    """Markers only, one colour; the name goes to the legend."""

    name: str
    points: tuple[Point, ...]
    colour: str


@dataclass(frozen=True, slots=True)
class ScatterChart:
    """Points on two value axes fixed to [low, high], crossing at `middle` (the quadrants)."""

    series: tuple[ScatterSeries, ...]
    low: float
    high: float
    x_title: str = ""
    y_title: str = ""
    point_labels: bool = True  # each point's label beside it
    plot_area: Layout | None = None  # the axes' rectangle; None lets the application choose

    @property
    def middle(self) -> float:
        return (self.low + self.high) / 2


ChartSpec = BarChart | ScatterChart
