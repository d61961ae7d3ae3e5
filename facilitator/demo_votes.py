"""Votes of every method for a demo platform, consistent with its attendance."""

from __future__ import annotations

import random

from facilitator.services import votes
from facilitator.services.participants import list_participants
from facilitator.services.proposals import ProposalRow, list_proposals
from facilitator.store.db import SessionFile
from facilitator.store.models import Platform
from facilitator.vocabulary import INITIATIVE, PROBLEM, PROPOSAL, RESOLUTION_ITEM


def add_votes(sf: SessionFile, platform: Platform, rng: random.Random) -> None:
    """Count votes on resolution items (the last left open), a named vote on proposals,
    dots on problems, a rating of proposals and initiatives, and a ranking of proposals."""
    rows = list_proposals(platform.id)
    of = lambda kind: [r for r in rows if r.kind == kind]  # noqa: E731
    present = [p.id for p in list_participants(platform.id) if p.present]
    _count_votes(sf, platform, of(RESOLUTION_ITEM), len(present), rng)
    _named_vote(sf, platform, of(PROPOSAL), present, rng)
    _dots(sf, platform, of(PROBLEM), present, rng)
    _rating(sf, platform, of(PROPOSAL) + of(INITIATIVE), present, rng)
    _ranking(sf, platform, of(PROPOSAL), present, rng)


def _count_votes(
    sf: SessionFile, platform: Platform, items: list[ProposalRow], present: int, rng: random.Random
) -> None:
    for index, item in enumerate(items):
        vote = votes.start_vote(sf, platform.id, "count", [item.id])
        against = rng.randint(0, 2)
        abstain = rng.randint(0, 2)
        figures = {"for": present - against - abstain, "against": against, "abstain": abstain}
        votes.record_tally(sf, vote.id, item.id, figures)
        if index < len(items) - 1:  # the last one is still being voted on
            votes.close_vote(sf, vote.id)


def _named_vote(
    sf: SessionFile,
    platform: Platform,
    items: list[ProposalRow],
    present: list[str],
    rng: random.Random,
) -> None:
    vote = votes.start_vote(sf, platform.id, "named", [i.id for i in items])
    support = {item.id: rng.choice((0.85, 0.7, 0.3)) for item in items}
    for voter in present:
        choices = {
            item: "for" if rng.random() < share else rng.choice(("against", "abstain"))
            for item, share in support.items()
        }
        votes.record_ballot(sf, vote.id, voter, choices)
    votes.close_vote(sf, vote.id)


def _dots(
    sf: SessionFile,
    platform: Platform,
    items: list[ProposalRow],
    present: list[str],
    rng: random.Random,
) -> None:
    vote = votes.start_vote(
        sf, platform.id, "dots", [i.id for i in items], {"dots": 3, "entry": "ballots"}
    )
    for voter in present:
        dots: dict[str, int] = {}
        for _ in range(3):
            choice = rng.choice(items).id
            dots[choice] = dots.get(choice, 0) + 1
        votes.record_ballot(sf, vote.id, voter, dots)
    votes.close_vote(sf, vote.id)


def _rating(
    sf: SessionFile,
    platform: Platform,
    items: list[ProposalRow],
    present: list[str],
    rng: random.Random,
) -> None:
    vote = votes.start_vote(sf, platform.id, "rating", [i.id for i in items], {"entry": "ballots"})
    # Initiatives reached the session after a selection: they rate high on effect.
    centre = {
        i.id: (rng.randint(6, 9) if i.kind == INITIATIVE else rng.randint(2, 9), rng.randint(3, 9))
        for i in items
    }
    for voter in present:
        sheet = {
            item: {"effect": _near(effect, rng), "feasibility": _near(feasible, rng)}
            for item, (effect, feasible) in centre.items()
        }
        votes.record_ballot(sf, vote.id, voter, sheet)
    votes.close_vote(sf, vote.id)


def _near(value: int, rng: random.Random) -> int:
    return max(0, min(10, value + rng.randint(-2, 2)))


def _ranking(
    sf: SessionFile,
    platform: Platform,
    items: list[ProposalRow],
    present: list[str],
    rng: random.Random,
) -> None:
    vote = votes.start_vote(sf, platform.id, "ranking", [i.id for i in items])
    favourite = [i.id for i in items]
    for voter in present:
        order = sorted(favourite, key=lambda i: favourite.index(i) + rng.uniform(0, 2.5))
        votes.record_ballot(sf, vote.id, voter, [[item] for item in order])
    votes.close_vote(sf, vote.id)
