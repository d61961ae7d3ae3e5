"""The Schulze method: pairwise preferences, widest paths by winning votes, ranks with ties."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from facilitator.voting.rank_ballots import RankBallot, check_rank_ballots, levels

Matrix = tuple[tuple[int, ...], ...]


@dataclass(frozen=True, slots=True)
class SchulzeRow:
    """One item's Schulze rank and how many items it beats."""

    item: str
    rank: int
    wins: int


@dataclass(frozen=True, slots=True)
class SchulzeResult:
    """Items by the Schulze method, with the matrices that justify the order."""

    ballots: int
    items: tuple[str, ...]
    pairwise: Matrix  # pairwise[i][j]: ballots preferring items[i] to items[j]
    strongest: Matrix  # strongest[i][j]: the widest path strength from items[i] to items[j]
    rows: tuple[SchulzeRow, ...]

    def to_dict(self) -> dict[str, object]:
        def table(matrix: Matrix) -> dict[str, dict[str, int]]:
            return {
                a: {b: matrix[i][j] for j, b in enumerate(self.items) if i != j}
                for i, a in enumerate(self.items)
            }

        return {
            "algorithm": "schulze",
            "ballots": self.ballots,
            "rows": [{"item": r.item, "rank": r.rank, "wins": r.wins} for r in self.rows],
            "pairwise": table(self.pairwise),
            "strongest": table(self.strongest),
        }


def pairwise(ballots: Iterable[RankBallot], items: Sequence[str]) -> list[list[int]]:
    """d[i][j]: how many ballots rank items[i] strictly above items[j]."""
    n = len(items)
    d = [[0] * n for _ in range(n)]
    for ballot in ballots:
        level = levels(ballot, items)
        ranks = [level[item] for item in items]
        for i in range(n):
            for j in range(n):
                if ranks[i] < ranks[j]:
                    d[i][j] += 1
    return d


def strongest_paths(d: list[list[int]]) -> list[list[int]]:
    """p[i][j]: the strength of the widest path from i to j, links weighed by winning votes."""
    n = len(d)
    p = [[d[i][j] if i != j and d[i][j] > d[j][i] else 0 for j in range(n)] for i in range(n)]
    for i in range(n):
        for j in range(n):
            if j == i:
                continue
            for k in range(n):
                if k not in (i, j):
                    p[j][k] = max(p[j][k], min(p[j][i], p[i][k]))
    return p


def _ranks(p: list[list[int]]) -> list[int]:
    """Competition ranks: peel off the items no remaining item beats, level by level."""
    n = len(p)
    rank = [0] * n
    remaining = set(range(n))
    while remaining:
        top = {i for i in remaining if not any(p[j][i] > p[i][j] for j in remaining)}
        # Schulze's relation is a strict partial order, so a finite set always has a top.
        assert top, "Schulze relation must be acyclic"
        for i in top:
            rank[i] = n - len(remaining) + 1
        remaining -= top
    return rank


def tally_schulze(ballots: tuple[RankBallot, ...], items: tuple[str, ...]) -> SchulzeResult:
    """The Schulze result of checked ballots."""
    d = pairwise(ballots, items)
    p = strongest_paths(d)
    rank = _ranks(p)
    n = len(items)
    wins = [sum(1 for j in range(n) if p[i][j] > p[j][i]) for i in range(n)]
    rows = tuple(
        SchulzeRow(items[i], rank[i], wins[i]) for i in sorted(range(n), key=lambda i: (rank[i], i))
    )
    return SchulzeResult(
        ballots=len(ballots),
        items=items,
        pairwise=tuple(tuple(row) for row in d),
        strongest=tuple(tuple(row) for row in p),
        rows=rows,
    )


def schulze(
    ballots: Iterable[RankBallot], items: Sequence[str], present: Collection[str]
) -> SchulzeResult:
    """The Schulze ranking of `items` from `ballots` cast by some of the `present` participants."""
    given, order = check_rank_ballots(ballots, items, present)
    return tally_schulze(given, order)
