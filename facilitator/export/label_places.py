"""Where each point's label goes (right, left, above, below) so that the labels overlap least."""

from __future__ import annotations

from collections.abc import Sequence

PLACES = ("r", "l", "t", "b")  # the c:dLblPos values, in order of preference
CHAR_MM = 1.7  # a digit or a dot at 9 pt, with some room
LINE_MM = 3.8
GAP_MM = 1.8  # from the point's centre to the near edge of its label
MARKER_MM = 1.2  # half the marker's size
LINE_HALF_MM = 0.3  # half the thickness given to the lines through the middle

Box = tuple[float, float, float, float]  # left, bottom, right, top


def label_places(
    points: Sequence[tuple[float, float, str]], size: tuple[float, float]
) -> list[str]:
    """A place for the label of each (x, y, text) point, all in mm within a plot of `size`.

    A greedy choice on estimated boxes: good enough for a few dozen item codes.
    """
    width, height = size
    taken: list[Box] = [_square(x, y, MARKER_MM) for x, y, _ in points]
    taken += [
        (width / 2 - LINE_HALF_MM, 0.0, width / 2 + LINE_HALF_MM, height),
        (0.0, height / 2 - LINE_HALF_MM, width, height / 2 + LINE_HALF_MM),
    ]
    chosen = []
    for x, y, text in points:
        options = [_label_box(x, y, text, place) for place in PLACES]
        costs = [_cost(box, taken, size) for box in options]
        best = costs.index(min(costs))
        taken.append(options[best])
        chosen.append(PLACES[best])
    return chosen


def _square(x: float, y: float, half: float) -> Box:
    return x - half, y - half, x + half, y + half


def _label_box(x: float, y: float, text: str, place: str) -> Box:
    width, height = CHAR_MM * max(len(text), 1), LINE_MM
    if place == "r":
        return x + GAP_MM, y - height / 2, x + GAP_MM + width, y + height / 2
    if place == "l":
        return x - GAP_MM - width, y - height / 2, x - GAP_MM, y + height / 2
    if place == "t":
        return x - width / 2, y + GAP_MM, x + width / 2, y + GAP_MM + height
    return x - width / 2, y - GAP_MM - height, x + width / 2, y - GAP_MM


def _cost(box: Box, taken: list[Box], size: tuple[float, float]) -> float:
    """The area the box shares with what is already there, plus its area outside the plot."""
    inside = _overlap(box, (0.0, 0.0, *size))
    outside = _area(box) - inside
    return sum(_overlap(box, other) for other in taken) + outside


def _overlap(a: Box, b: Box) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def _area(box: Box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])
