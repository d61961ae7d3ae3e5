"""Multi-criteria rating: per-criterion means per item, and the effect x feasibility quadrant."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from facilitator.voting._checks import (
    check_count,
    check_items,
    check_known_item,
    check_not_above_present,
    check_voters,
)
from facilitator.voting.labels import Method
from facilitator.voting.rating_rules import Quadrant, RatingRules, Scores, check_scores, quadrant


@dataclass(frozen=True, slots=True)
class Rating:
    """One participant's scores of one item, as (criterion, score) pairs."""

    voter: str | None
    item: str
    scores: Scores

    @classmethod
    def of(cls, voter: str | None, item: str, scores: Mapping[str, float]) -> Rating:
        return cls(voter, item, tuple(sorted(scores.items())))


@dataclass(frozen=True, slots=True)
class RatingAverage:
    """Mean scores of one item entered directly, with how many rated it if known."""

    item: str
    scores: Scores
    raters: int | None = None

    @classmethod
    def of(cls, item: str, scores: Mapping[str, float], raters: int | None = None) -> RatingAverage:
        return cls(item, tuple(sorted(scores.items())), raters)


@dataclass(frozen=True, slots=True)
class RatingRow:
    """One item's means per criterion (in the rules' order) and its quadrant."""

    item: str
    raters: int | None
    means: Scores  # empty when nobody rated the item
    quadrant: Quadrant | None  # None without means or without both matrix criteria


@dataclass(frozen=True, slots=True)
class RatingResult:
    """Means and quadrants of all items."""

    method: Method
    rules: RatingRules
    rows: tuple[RatingRow, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "method": str(self.method),
            "rules": self.rules.to_dict(),
            "rows": [
                {
                    "item": row.item,
                    "raters": row.raters,
                    "means": dict(row.means),
                    "quadrant": None if row.quadrant is None else str(row.quadrant),
                }
                for row in self.rows
            ],
        }


def _row(
    item: str, raters: int | None, means: Mapping[str, float], rules: RatingRules
) -> RatingRow:
    ordered = tuple((c, means[c]) for c in rules.criteria if c in means)
    return RatingRow(item, raters, ordered, quadrant(means, rules))


def _means(sheets: Sequence[Mapping[str, float]], criteria: Sequence[str]) -> dict[str, float]:
    # fsum is exactly rounded, so the mean does not depend on the order of the sheets.
    return {c: math.fsum(sheet[c] for sheet in sheets) / len(sheets) for c in criteria}


def _order(given: Iterable[str], items: Sequence[str] | None) -> tuple[str, ...]:
    if items is None:
        return tuple(sorted(set(given)))
    order = check_items(items)
    for item in given:
        check_known_item(item, order)
    return order


def rate(
    ratings: Iterable[Rating],
    rules: RatingRules,
    present: Collection[str],
    items: Sequence[str] | None = None,
) -> RatingResult:
    """Means per criterion from each participant's ratings (one per participant and item)."""
    given = tuple(ratings)
    attending = frozenset(present)
    by_item: dict[str, list[dict[str, float]]] = {}
    for item in sorted({r.item for r in given}):
        check_voters((r.voter for r in given if r.item == item), attending)
    for r in given:
        by_item.setdefault(r.item, []).append(check_scores(r.scores, rules))
    rows = []
    for item in _order(by_item, items):
        sheets = by_item.get(item, [])
        means = _means(sheets, rules.criteria) if sheets else {}
        rows.append(_row(item, len(sheets), means, rules))
    return RatingResult(Method.RATING, rules, tuple(rows))


def rate_averages(
    averages: Iterable[RatingAverage],
    rules: RatingRules,
    present: int | None = None,
    items: Sequence[str] | None = None,
) -> RatingResult:
    """Classify items from mean scores entered directly (e.g. read off a flip chart)."""
    given = tuple(averages)
    by_item = {a.item: a for a in given}
    check_items(a.item for a in given)
    for a in given:
        if a.raters is not None:
            check_count("raters", a.raters)
            if present is not None:
                check_not_above_present(a.raters, present)
    rows = []
    for item in _order(by_item, items):
        if item not in by_item:
            rows.append(_row(item, 0, {}, rules))
            continue
        average = by_item[item]
        rows.append(_row(item, average.raters, check_scores(average.scores, rules), rules))
    return RatingResult(Method.RATING, rules, tuple(rows))
