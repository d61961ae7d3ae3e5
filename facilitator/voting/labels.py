"""Method ids and the user-visible titles of methods, rules, results and quadrants."""

from __future__ import annotations

from enum import StrEnum

from facilitator.voting.errors import QT_TRANSLATE_NOOP


class Method(StrEnum):
    """The string id of each voting method, as stored and printed."""

    COUNT = "count"
    NAMED = "named"
    DOTS = "dots"
    RATING = "rating"
    RANKING = "ranking"


METHOD_TITLES: dict[str, str] = {
    Method.COUNT: QT_TRANSLATE_NOOP("Voting", "Open vote by count"),
    Method.NAMED: QT_TRANSLATE_NOOP("Voting", "Named vote"),
    Method.DOTS: QT_TRANSLATE_NOOP("Voting", "Dot voting"),
    Method.RATING: QT_TRANSLATE_NOOP("Voting", "Multi-criteria rating"),
    Method.RANKING: QT_TRANSLATE_NOOP("Voting", "Ranking"),
}

MAJORITY_TITLES: dict[str, str] = {
    "simple": QT_TRANSLATE_NOOP("Voting", "More for than against"),
    "cast": QT_TRANSLATE_NOOP("Voting", "More than half of the votes cast"),
    "present": QT_TRANSLATE_NOOP("Voting", "More than half of those present"),
    "two_thirds": QT_TRANSLATE_NOOP("Voting", "At least two thirds of the votes cast"),
    "custom": QT_TRANSLATE_NOOP("Voting", "More than a set share"),
}

RESULT_TITLES: dict[str, str] = {
    "adopted": QT_TRANSLATE_NOOP("Voting", "Adopted"),
    "rejected": QT_TRANSLATE_NOOP("Voting", "Rejected"),
    "no_quorum": QT_TRANSLATE_NOOP("Voting", "No quorum"),
}

CHOICE_TITLES: dict[str, str] = {
    "for": QT_TRANSLATE_NOOP("Voting", "For"),
    "against": QT_TRANSLATE_NOOP("Voting", "Against"),
    "abstain": QT_TRANSLATE_NOOP("Voting", "Abstain"),
}

CRITERION_TITLES: dict[str, str] = {
    "effect": QT_TRANSLATE_NOOP("Voting", "Effect"),
    "feasibility": QT_TRANSLATE_NOOP("Voting", "Feasibility"),
}

QUADRANT_TITLES: dict[str, str] = {
    "quick_win": QT_TRANSLATE_NOOP("Voting", "Quick win"),
    "major_project": QT_TRANSLATE_NOOP("Voting", "Major project"),
    "fill_in": QT_TRANSLATE_NOOP("Voting", "Fill-in"),
    "time_sink": QT_TRANSLATE_NOOP("Voting", "Time sink"),
}

RANKING_ALGORITHM_TITLES: dict[str, str] = {
    "borda": QT_TRANSLATE_NOOP("Voting", "Borda count"),
    "schulze": QT_TRANSLATE_NOOP("Voting", "Schulze method"),
}
