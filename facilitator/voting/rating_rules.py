"""The rating scale and criteria, score checks, and the effect x feasibility quadrants."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from facilitator.voting._checks import check_items
from facilitator.voting.errors import QT_TRANSLATE_NOOP, VoteError

Scores = tuple[tuple[str, float], ...]


class Quadrant(StrEnum):
    """Where an item falls on the effect x feasibility matrix."""

    QUICK_WIN = "quick_win"  # high effect, high feasibility
    MAJOR_PROJECT = "major_project"  # high effect, low feasibility
    FILL_IN = "fill_in"  # low effect, high feasibility
    TIME_SINK = "time_sink"  # low effect, low feasibility


@dataclass(frozen=True, slots=True)
class RatingRules:
    """The criteria, their common scale, and which two criteria span the matrix."""

    criteria: tuple[str, ...] = ("effect", "feasibility")
    low: float = 0
    high: float = 10
    effect: str = "effect"
    feasibility: str = "feasibility"

    def __post_init__(self) -> None:
        check_items(self.criteria)
        if not self.criteria or not self.low < self.high:
            raise VoteError(
                "rating_rules_invalid",
                QT_TRANSLATE_NOOP("Voting", "A rating needs criteria and a scale low < high."),
            )

    @property
    def midpoint(self) -> float:
        """The threshold between low and high: a mean at or above it is high."""
        return (self.low + self.high) / 2

    def to_dict(self) -> dict[str, object]:
        return {
            "criteria": list(self.criteria),
            "low": self.low,
            "high": self.high,
            "midpoint": self.midpoint,
            "effect": self.effect,
            "feasibility": self.feasibility,
        }


def _check_score(criterion: str, value: float, rules: RatingRules) -> None:
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if not number or not math.isfinite(value) or not rules.low <= value <= rules.high:
        raise VoteError(
            "score_out_of_scale",
            QT_TRANSLATE_NOOP("Voting", "The {criterion} score {value} is not in {low}–{high}."),
            criterion=criterion,
            value=str(value),
            low=rules.low,
            high=rules.high,
        )


def check_scores(scores: Scores, rules: RatingRules) -> dict[str, float]:
    """Refuse an unknown, repeated or missing criterion, or a score out of scale."""
    named = check_items(criterion for criterion, _ in scores)
    for criterion, value in scores:
        if criterion not in rules.criteria:
            raise VoteError(
                "criterion_unknown",
                QT_TRANSLATE_NOOP("Voting", "There is no criterion {criterion}."),
                criterion=criterion,
            )
        _check_score(criterion, value, rules)
    for criterion in rules.criteria:
        if criterion not in named:
            raise VoteError(
                "criterion_missing",
                QT_TRANSLATE_NOOP("Voting", "The {criterion} score is missing."),
                criterion=criterion,
            )
    return dict(scores)


def quadrant(means: Mapping[str, float], rules: RatingRules) -> Quadrant | None:
    """The matrix quadrant of an item's means; high means at or above the scale midpoint."""
    if rules.effect not in means or rules.feasibility not in means:
        return None
    effect = means[rules.effect] >= rules.midpoint
    feasible = means[rules.feasibility] >= rules.midpoint
    if effect:
        return Quadrant.QUICK_WIN if feasible else Quadrant.MAJOR_PROJECT
    return Quadrant.FILL_IN if feasible else Quadrant.TIME_SINK
