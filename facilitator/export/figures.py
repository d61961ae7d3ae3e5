"""Vote figures and outcomes as the documents print them."""

from __future__ import annotations

from . import wording as w
from .resolution import VoteSummary


def figures(vote: VoteSummary | None) -> str:
    """«за — 12, против — 1, воздержались — 2», «стикеров — 7», …; "" without figures."""
    if vote is None:
        return ""
    if vote.for_ is not None:
        return w.VOTES_COUNT.format(
            for_=vote.for_, against=vote.against or 0, abstain=vote.abstain or 0
        )
    if vote.dots is not None:
        return w.VOTES_DOTS.format(dots=vote.dots)
    if vote.effect is not None and vote.feasibility is not None:
        return w.VOTES_RATING.format(
            effect=w.number(vote.effect), feasibility=w.number(vote.feasibility)
        )
    if vote.rank is not None:
        return w.VOTES_RANK.format(rank=vote.rank)
    return ""


def outcome(vote: VoteSummary | None, status: str) -> str:
    """The vote's outcome when there is one, else the proposal's status, in Russian."""
    if vote is not None and vote.outcome:
        return w.OUTCOMES.get(vote.outcome, vote.outcome)
    return w.STATUSES.get(status, status)
