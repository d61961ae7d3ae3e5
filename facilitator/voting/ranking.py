"""Ranking vote: ballots that order the items, counted by both Borda and Schulze."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from facilitator.voting.borda import BordaResult, tally_borda
from facilitator.voting.labels import Method
from facilitator.voting.rank_ballots import RankBallot, check_rank_ballots
from facilitator.voting.schulze import SchulzeResult, tally_schulze


@dataclass(frozen=True, slots=True)
class RankingResult:
    """The Borda and the Schulze results of one ranking vote."""

    method: Method
    present: int
    items: tuple[str, ...]
    borda: BordaResult
    schulze: SchulzeResult

    def to_dict(self) -> dict[str, object]:
        return {
            "method": str(self.method),
            "present": self.present,
            "ballots": self.borda.ballots,
            "items": list(self.items),
            "borda": self.borda.to_dict(),
            "schulze": self.schulze.to_dict(),
        }


def rank(
    ballots: Iterable[RankBallot], items: Sequence[str], present: Collection[str]
) -> RankingResult:
    """Count ranking ballots over `items` by Borda and by Schulze."""
    given, order = check_rank_ballots(ballots, items, present)
    return RankingResult(
        Method.RANKING,
        len(frozenset(present)),
        order,
        tally_borda(given, order),
        tally_schulze(given, order),
    )
