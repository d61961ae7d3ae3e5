"""Borda count: n-1 points for a first place down to 0, tied places share their points."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from facilitator.voting._checks import competition_ranks
from facilitator.voting.rank_ballots import RankBallot, check_rank_ballots, positions


@dataclass(frozen=True, slots=True)
class BordaRow:
    """One item's Borda points and rank."""

    item: str
    points: float  # a multiple of 1/2, exact
    rank: int


@dataclass(frozen=True, slots=True)
class BordaResult:
    """Items by Borda points, best first."""

    ballots: int
    rows: tuple[BordaRow, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "algorithm": "borda",
            "ballots": self.ballots,
            "rows": [{"item": r.item, "points": r.points, "rank": r.rank} for r in self.rows],
        }


def ballot_points(ballot: RankBallot, items: Sequence[str]) -> dict[str, Fraction]:
    """Points of one checked ballot; every ballot hands out n(n-1)/2 points in all."""
    n = len(items)
    points: dict[str, Fraction] = {}
    start = 0
    for group in positions(ballot, items):
        size = len(group)
        # The mean of the points of places start .. start+size-1: (n-1-start) .. (n-start-size).
        share = Fraction(2 * n - 2 * start - size - 1, 2)
        points.update({item: share for item in group})
        start += size
    return points


def tally_borda(ballots: tuple[RankBallot, ...], items: tuple[str, ...]) -> BordaResult:
    """Borda points of checked ballots."""
    totals = {item: Fraction(0) for item in items}
    for ballot in ballots:
        for item, points in ballot_points(ballot, items).items():
            totals[item] += points
    ranks = competition_ranks({item: float(points) for item, points in totals.items()})
    position = {item: index for index, item in enumerate(items)}
    rows = sorted(
        (BordaRow(item, float(totals[item]), ranks[item]) for item in items),
        key=lambda row: (row.rank, position[row.item]),
    )
    return BordaResult(len(ballots), tuple(rows))


def borda(
    ballots: Iterable[RankBallot], items: Sequence[str], present: Collection[str]
) -> BordaResult:
    """The Borda count of `ballots` over `items`, cast by some of the `present` participants."""
    given, order = check_rank_ballots(ballots, items, present)
    return tally_borda(given, order)
