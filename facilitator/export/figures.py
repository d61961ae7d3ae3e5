"""Where each item stands and its vote figures, as every part of the documents prints them.

One rule for the whole export: only a closed vote decides. An item with a vote still open
stands «голосование не завершено», whatever its live counts say.
"""

from __future__ import annotations

from facilitator.vocabulary import ADOPTED, MERGED, REJECTED, VOTING, WITHDRAWN

from . import wording as w
from .resolution import VoteSummary

OPEN = "open"  # a vote on the item is still open
CONSIDERED = "considered"  # put to a closed vote that ranks rather than decides (dots, rating)


def standing(status: str, vote: VoteSummary | None) -> str:
    """The item's standing: a status, an outcome (no_quorum), OPEN or CONSIDERED."""
    if status in (WITHDRAWN, MERGED):
        return status
    if vote is not None and vote.open:
        return OPEN
    if status in (ADOPTED, REJECTED):
        return status
    if vote is not None and vote.outcome:
        return vote.outcome
    if status == VOTING:  # put to a deciding vote that has no result for it
        return OPEN
    if vote is not None and vote.closed:
        return CONSIDERED
    return status


def outcome(vote: VoteSummary | None, status: str) -> str:
    """The item's standing in Russian: «принято», «голосование не завершено», …"""
    found = standing(status, vote)
    return w.STANDINGS.get(found, found)


def decided(found: str) -> bool:
    """Whether a standing is a vote's decision (rather than a ranking or no vote at all)."""
    return found in (ADOPTED, REJECTED, "no_quorum")


def figures(vote: VoteSummary | None) -> str:
    """The closed votes' figures, each worded for its method, joined by «; »; "" without any.

    «за — 12, против — 1, воздержались — 2», «стикеров — 11 (2-е место)»,
    «эффект 7,6, реализуемость 5,8 — быстрый результат», «1-е место в ранжировании».
    """
    if vote is None:
        return ""
    parts = [_count(vote), _dots(vote), _rating(vote), _place(vote)]
    return "; ".join(part for part in parts if part)


def other_figures(vote: VoteSummary | None) -> str:
    """The figures of the closed votes by every method but a count: «стикеров — 11 (2-е
    место); 1-е место в ранжировании»; "" without any."""
    if vote is None:
        return ""
    return "; ".join(part for part in (_dots(vote), _rating(vote), _place(vote)) if part)


def _count(vote: VoteSummary) -> str:
    if vote.for_ is None:
        return ""
    against, abstain = vote.against or 0, vote.abstain or 0
    return w.VOTES_COUNT.format(
        for_=w.count(vote.for_), against=w.count(against), abstain=w.count(abstain)
    )


def _dots(vote: VoteSummary) -> str:
    if vote.dots is None:
        return ""
    if vote.rank is None:
        return w.VOTES_DOTS.format(dots=w.count(vote.dots))
    return w.VOTES_DOTS_PLACE.format(dots=w.count(vote.dots), place=vote.rank)


def _rating(vote: VoteSummary) -> str:
    if vote.effect is None or vote.feasibility is None:
        return ""
    text = w.VOTES_RATING.format(
        effect=w.number(vote.effect), feasibility=w.number(vote.feasibility)
    )
    quadrant = w.QUADRANT_WORDS.get(vote.quadrant or "")
    return f"{text} — {quadrant}" if quadrant else text


def _place(vote: VoteSummary) -> str:
    return "" if vote.place is None else w.VOTES_PLACE.format(place=vote.place)
