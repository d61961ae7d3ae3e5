"""Votes on a platform's proposals: start, enter tallies or ballots, close, reopen, re-run.

Tallies and ballots are stored as facts under keys derived from (vote, item) and
(vote, voter), never as increments, so copies merged from several laptops never count twice.
"""

from __future__ import annotations

import json
from typing import Any

from facilitator.messages import QT_TRANSLATE_NOOP, fail
from facilitator.services import records
from facilitator.services.platforms import check_local, check_secretariat
from facilitator.services.records import fact_id
from facilitator.services.vote_results import (
    Attendance,
    attendance,
    evaluate,
    items,
    live_ballots,
    live_tallies,
)
from facilitator.store.db import SessionFile, utc_now
from facilitator.store.models import Ballot, Proposal, Tally, Vote
from facilitator.vocabulary import ADOPTED, DRAFT, REJECTED, VOTING
from facilitator.voting import DotRules, Method, VoteRules
from facilitator.voting.rating_rules import RatingRules

DEFAULT_RULES_KEY = "voting_rules"
DECIDING = (Method.COUNT, Method.NAMED)


def default_rules(sf: SessionFile) -> dict[str, Any]:
    """The session's voting rules, as the secretariat set them (majority and quorum)."""
    stored = sf.meta(DEFAULT_RULES_KEY)
    return json.loads(stored) if stored else VoteRules().to_dict()


def set_default_rules(sf: SessionFile, rules: dict[str, Any]) -> None:
    check_secretariat(sf)
    VoteRules.from_dict(rules)  # refuses what it cannot read
    with sf.atomic():
        sf.set_meta(DEFAULT_RULES_KEY, json.dumps(rules))


def default_settings(sf: SessionFile, method: str) -> dict[str, Any]:
    if method in (Method.COUNT, Method.NAMED):
        return {"rules": default_rules(sf), "secret": False}
    if method == Method.DOTS:
        return {"dots": 3, "cap": None}
    if method == Method.RATING:
        return {"criteria": ["effect", "feasibility"], "low": 0, "high": 10}
    return {}


def check_settings(method: str, config: dict[str, Any]) -> None:
    """Build the engine's rules from the settings: the engine refuses anything impossible."""
    if method in (Method.COUNT, Method.NAMED):
        VoteRules.from_dict(config.get("rules", {}))
    elif method == Method.DOTS:
        DotRules(int(config.get("dots", 3)), config.get("cap"))
    elif method == Method.RATING:
        RatingRules(tuple(config.get("criteria", ())), config.get("low", 0), config.get("high", 10))


def get_vote(vote_id: str) -> Vote:
    vote = Vote.get_or_none((Vote.id == vote_id) & ~Vote.deleted)
    if vote is None:
        raise fail(QT_TRANSLATE_NOOP("Messages", "There is no such vote."))
    return vote


def vote_exists(vote_id: str) -> bool:
    return Vote.select().where((Vote.id == vote_id) & ~Vote.deleted).exists()


def start_vote(
    sf: SessionFile,
    platform_id: str,
    method: str,
    proposal_ids: list[str],
    config: dict[str, Any] | None = None,
) -> Vote:
    """Open round 1 of a vote on proposals of one platform."""
    if method not in tuple(Method):
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "“{method}” is not a voting method."), method=method
        )
    check_local(sf, platform_id)
    _check_items(platform_id, proposal_ids, method)
    config = {**default_settings(sf, method), **(config or {})}
    check_settings(method, config)
    with sf.atomic():
        vote = records.create(
            sf,
            Vote,
            platform=platform_id,
            method=method,
            items=json.dumps(proposal_ids),
            settings=json.dumps(config),
            opened_at=utc_now(),
        )
        if method in DECIDING:  # dots, ratings and rankings order items, they adopt nothing
            for proposal in Proposal.select().where(Proposal.id.in_(proposal_ids)):
                if proposal.status == DRAFT:
                    records.update(sf, proposal, status=VOTING)
    return vote


def _check_items(platform_id: str, proposal_ids: list[str], method: str) -> None:
    if not proposal_ids or len(set(proposal_ids)) != len(proposal_ids):
        raise fail(QT_TRANSLATE_NOOP("Messages", "Choose the proposals to vote on, each once."))
    found = (
        Proposal.select()
        .where(
            Proposal.id.in_(proposal_ids) & (Proposal.platform == platform_id) & ~Proposal.deleted
        )
        .count()
    )
    if found != len(proposal_ids):
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "Only proposals of this platform can be put to its vote.")
        )
    if method == Method.RANKING and len(proposal_ids) < 2:
        raise fail(QT_TRANSLATE_NOOP("Messages", "A ranking needs at least two proposals."))


def _check_open(vote: Vote) -> None:
    if vote.status != "open":
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages", "This vote is closed; reopen it or start a new round to change it."
            )
        )


def record_tally(sf: SessionFile, vote_id: str, proposal_id: str, figures: dict[str, Any]) -> None:
    """Enter (or correct) one item's figures; checked against attendance before it is kept."""
    vote = get_vote(vote_id)
    _check_open(vote)
    if proposal_id not in items(vote):
        raise fail(QT_TRANSLATE_NOOP("Messages", "This proposal is not part of the vote."))
    evaluate(vote, tallies={**live_tallies(vote.id), proposal_id: figures}, ballots={})
    _put_fact(
        sf,
        Tally,
        fact_id("tally", vote.id, proposal_id),
        vote=vote.id,
        proposal=proposal_id,
        figures=json.dumps(figures, sort_keys=True),
    )


def record_ballot(sf: SessionFile, vote_id: str, voter: str, choices: Any) -> None:
    """Enter (or correct) one voter's ballot; checked against attendance before it is kept."""
    vote = get_vote(vote_id)
    _check_open(vote)
    evaluate(vote, tallies={}, ballots={**live_ballots(vote.id), voter: choices})
    _put_fact(
        sf,
        Ballot,
        fact_id("ballot", vote.id, voter),
        vote=vote.id,
        voter=voter,
        choices=json.dumps(choices, sort_keys=True),
    )


def stored_tally(vote_id: str, proposal_id: str) -> dict[str, Any] | None:
    """The figures kept for one item of a vote, or None."""
    tally = Tally.get_or_none((Tally.id == fact_id("tally", vote_id, proposal_id)) & ~Tally.deleted)
    return None if tally is None else dict(json.loads(tally.figures))


def stored_ballot(vote_id: str, voter: str) -> Any:
    """The choices kept for one voter in a vote, or None."""
    ballot = Ballot.get_or_none((Ballot.id == fact_id("ballot", vote_id, voter)) & ~Ballot.deleted)
    return None if ballot is None else json.loads(ballot.choices)


def remove_tally(sf: SessionFile, vote_id: str, proposal_id: str) -> None:
    """Take back one item's figures (a tombstone, as everywhere)."""
    vote = get_vote(vote_id)
    _check_open(vote)
    tally = Tally.get_or_none(Tally.id == fact_id("tally", vote.id, proposal_id))
    if tally is not None:
        records.set_deleted(sf, tally, True)


def remove_ballot(sf: SessionFile, vote_id: str, voter: str) -> None:
    vote = get_vote(vote_id)
    _check_open(vote)
    ballot = Ballot.get_or_none(Ballot.id == fact_id("ballot", vote.id, voter))
    if ballot is not None:
        records.set_deleted(sf, ballot, True)


def _put_fact(sf: SessionFile, model: type[Tally] | type[Ballot], key: str, **fields: Any) -> None:
    with sf.atomic():
        existing = model.get_or_none(model.id == key)
        if existing is None:
            records.create(sf, model, id=key, **fields)
        else:
            records.update(sf, existing, deleted=False, **fields)


def close_vote(sf: SessionFile, vote_id: str) -> dict[str, dict[str, Any]]:
    """Lock the result and the attendance it was counted against; set adopted/rejected."""
    vote = get_vote(vote_id)
    _check_open(vote)
    people = attendance(vote)
    results = evaluate(vote, people=people)
    with sf.atomic():
        records.update(
            sf,
            vote,
            status="closed",
            closed_at=utc_now(),
            present=people.present,
            registered=people.registered,
            present_ids=json.dumps(sorted(people.present_ids)),
            results=json.dumps(results),
        )
        _apply_outcomes(sf, results)
    return results


def _apply_outcomes(sf: SessionFile, results: dict[str, dict[str, Any]]) -> None:
    decided = {"adopted": ADOPTED, "rejected": REJECTED}
    for proposal_id, result in results.items():
        outcome = result.get("result")  # count and named votes decide; the others rank
        if outcome in decided:
            records.update(sf, Proposal.get_by_id(proposal_id), status=decided[outcome])


def reopen_vote(sf: SessionFile, vote_id: str) -> None:
    """Unlock a closed vote: its items are undecided again; the history keeps it all."""
    vote = get_vote(vote_id)
    if vote.status != "closed":
        return
    with sf.atomic():
        records.update(
            sf,
            vote,
            status="open",
            closed_at="",
            present=None,
            registered=None,
            present_ids="[]",
            results="",
        )
        if vote.method in DECIDING:
            decided = Proposal.select().where(
                Proposal.id.in_(items(vote)) & Proposal.status.in_((ADOPTED, REJECTED))
            )
            for proposal in decided:
                records.update(sf, proposal, status=VOTING)


def rerun_vote(sf: SessionFile, vote_id: str) -> Vote:
    """Start the next round on the same items and rules; earlier rounds stay as they were."""
    with sf.atomic():  # the round number is read where it is written
        vote = get_vote(vote_id)
        return records.create(
            sf,
            Vote,
            platform=vote.platform_id,
            method=vote.method,
            round=vote.round + 1,
            previous=vote.id,
            items=vote.items,
            settings=vote.settings,
            opened_at=utc_now(),
        )


def set_vote_deleted(sf: SessionFile, vote_id: str, deleted: bool) -> None:
    """Tombstone (or bring back) a vote: the undo of starting it or of a new round."""
    vote = Vote.get_by_id(vote_id)
    records.set_deleted(sf, vote, deleted)


def list_votes(platform_id: str | None = None) -> list[Vote]:
    query = Vote.select().where(~Vote.deleted)
    if platform_id is not None:
        query = query.where(Vote.platform == platform_id)
    return list(query.order_by(Vote.opened_at, Vote.round))


__all__ = ["Attendance", "close_vote", "record_ballot", "record_tally", "start_vote"]
