"""Evaluate a stored vote with the voting engine and flatten its result per item."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from facilitator import numbering
from facilitator.services.participants import list_participants
from facilitator.store.db import plain_rows
from facilitator.store.models import Ballot, Participant, Platform, Proposal, Tally, Vote
from facilitator.voting import Ballot as NamedBallot
from facilitator.voting import (
    Choice,
    CountTally,
    DotBallot,
    DotRules,
    DotTally,
    Method,
    RankBallot,
    Rating,
    RatingAverage,
    RatingRules,
    VoteError,
    VoteRules,
    check_dot_tallies,
    decide_count,
    decide_named,
    rank,
    rank_dot_ballots,
    rank_dots,
    rate,
    rate_averages,
)

Items = list[str]
Config = dict[str, Any]
Tallies = dict[str, dict[str, Any]]
Ballots = dict[str, Any]
Results = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Attendance:
    """Who counts for a vote: live while it is open, locked in when it was closed."""

    present_ids: frozenset[str]
    registered: int

    @property
    def present(self) -> int:
        return len(self.present_ids)


def attendance(vote: Vote, live: Attendance | None = None) -> Attendance:
    """Locked attendance of a closed vote; else `live` (or the platform's, read now)."""
    if vote.status == "closed" and vote.registered is not None:
        return Attendance(frozenset(json.loads(vote.present_ids)), vote.registered)
    return live or live_attendance(vote.platform_id)


def live_attendance(platform_id: str) -> Attendance:
    people = list_participants(platform_id)
    return Attendance(frozenset(p.id for p in people if p.present), len(people))


def items(vote: Vote) -> list[str]:
    return list(json.loads(vote.items))


def settings(vote: Vote) -> dict[str, Any]:
    return dict(json.loads(vote.settings))


def live_tallies(vote_id: str) -> Tallies:
    rows = Tally.select(Tally.proposal, Tally.figures).where(
        (Tally.vote == vote_id) & ~Tally.deleted
    )
    return {proposal: json.loads(figures) for proposal, figures in plain_rows(rows)}


def live_ballots(vote_id: str) -> Ballots:
    rows = Ballot.select(Ballot.voter, Ballot.choices).where(
        (Ballot.vote == vote_id) & ~Ballot.deleted
    )
    return {voter: json.loads(choices) for voter, choices in plain_rows(rows)}


def evaluate(
    vote: Vote,
    tallies: Tallies | None = None,
    ballots: Ballots | None = None,
    people: Attendance | None = None,
) -> Results:
    """Per item id, the figures and the outcome or rank; raises VoteError on impossible input.

    `tallies`, `ballots` and `people` default to what is stored: a caller checking an entry
    before saving it passes the would-be state instead. A closed vote's result was locked in
    when it was closed, and is read back rather than counted again.
    """
    if tallies is None and ballots is None and vote.status == "closed" and vote.results:
        return dict(json.loads(vote.results))
    tallies = live_tallies(vote.id) if tallies is None else tallies
    ballots = live_ballots(vote.id) if ballots is None else ballots
    people = attendance(vote) if people is None else people
    try:
        return EVALUATORS[Method(vote.method)](
            items(vote), settings(vote), tallies, ballots, people
        )
    except VoteError as error:
        raise readable(error) from None


def check_possible(vote: Vote, tallies: Tallies, ballots: Ballots, people: Attendance) -> None:
    """Refuse impossible figures as `evaluate` would, without working out what they decide
    where a method allows (dot totals: no ranking); a merge checks every open vote this way."""
    if Method(vote.method) is not Method.DOTS or ballots:
        evaluate(vote, tallies=tallies, ballots=ballots, people=people)
        return
    config = settings(vote)
    given = tuple(DotTally(item, int(f["dots"])) for item, f in tallies.items())
    try:
        check_dot_tallies(given, _dot_rules(config), people.present, items(vote))
    except VoteError as error:
        raise readable(error) from None


def readable(error: VoteError) -> VoteError:
    """The same refusal naming the person and the proposal (3.12), never a record's id."""
    params = dict(error.params)
    voter = params.get("voter")
    if isinstance(voter, str):
        person = Participant.get_or_none(Participant.id == voter)
        params["voter"] = person.full_name if person else voter
    item = params.get("item")
    if isinstance(item, str):
        found = (
            Proposal.select(Proposal.number, Platform.number.alias("platform_number"))
            .join(Platform)
            .where(Proposal.id == item)
            .dicts()
            .first()
        )
        shown = numbering.code(found["platform_number"], found["number"]) if found else item
        params["item"] = shown  # "3.б12" for a further kit's series, never "3.100012"
    return VoteError(error.code, error.template, **params)


def _count(
    item_ids: Items, config: Config, tallies: Tallies, ballots: Ballots, people: Attendance
) -> Results:
    rules = VoteRules.from_dict(config.get("rules", {}))
    out: Results = {}
    for item in item_ids:
        if item not in tallies:
            continue
        f = tallies[item]
        tally = CountTally(int(f["for"]), int(f["against"]), int(f["abstain"]))
        out[item] = decide_count(tally, rules, people.present, people.registered).to_dict()
    return out


def _named(
    item_ids: Items, config: Config, tallies: Tallies, ballots: Ballots, people: Attendance
) -> Results:
    rules = VoteRules.from_dict(config.get("rules", {}))
    secret = bool(config.get("secret", False))
    out: Results = {}
    for item in item_ids:
        given = [
            NamedBallot(None if secret else voter, Choice(choices[item]), voter if secret else None)
            for voter, choices in ballots.items()
            if item in choices
        ]
        if given:
            result = decide_named(
                given, rules, people.present_ids, people.registered, secret=secret
            )
            out[item] = result.to_dict()
    return out


def _dots(
    item_ids: Items, config: Config, tallies: Tallies, ballots: Ballots, people: Attendance
) -> Results:
    rules = _dot_rules(config)
    if ballots:
        result = rank_dot_ballots(
            [
                DotBallot.of(voter, {k: int(v) for k, v in dots.items()})
                for voter, dots in ballots.items()
            ],
            rules,
            people.present_ids,
            item_ids,
        )
    else:
        result = rank_dots(
            [DotTally(item, int(f["dots"])) for item, f in tallies.items()],
            rules,
            people.present,
            item_ids,
        )
    return {
        r.item: {"dots": r.dots, "rank": r.rank, "share": r.share, "available": result.available}
        for r in result.rows
    }


def _dot_rules(config: Config) -> DotRules:
    return DotRules(int(config.get("dots", 3)), config.get("cap"))


def _rating_rules(config: dict[str, Any]) -> RatingRules:
    criteria = tuple(config.get("criteria", ("effect", "feasibility")))
    return RatingRules(criteria, float(config.get("low", 0)), float(config.get("high", 10)))


def _rating(
    item_ids: Items, config: Config, tallies: Tallies, ballots: Ballots, people: Attendance
) -> Results:
    rules = _rating_rules(config)
    if ballots:
        result = rate(
            [
                Rating.of(voter, item, scores)
                for voter, sheet in ballots.items()
                for item, scores in sheet.items()
            ],
            rules,
            people.present_ids,
            item_ids,
        )
    else:
        result = rate_averages(
            [
                RatingAverage.of(
                    item, {k: v for k, v in f.items() if k != "raters"}, f.get("raters")
                )
                for item, f in tallies.items()
            ],
            rules,
            people.present,
            item_ids,
        )
    return {
        r.item: {
            "raters": r.raters,
            "means": dict(r.means),
            "quadrant": None if r.quadrant is None else str(r.quadrant),
        }
        for r in result.rows
        if r.means
    }


def _ranking(
    item_ids: Items, config: Config, tallies: Tallies, ballots: Ballots, people: Attendance
) -> Results:
    if not ballots:
        return {}
    given = [
        RankBallot(tuple(tuple(group) for group in order), voter)
        for voter, order in ballots.items()
    ]
    result = rank(given, item_ids, people.present_ids)
    borda = {r.item: r for r in result.borda.rows}
    schulze = {r.item: r for r in result.schulze.rows}
    return {
        item: {
            "borda_points": float(borda[item].points),
            "borda_rank": borda[item].rank,
            "schulze_rank": schulze[item].rank,
            "ballots": result.borda.ballots,
        }
        for item in item_ids
    }


EVALUATORS: dict[Method, Callable[[Items, Config, Tallies, Ballots, Attendance], Results]] = {
    Method.COUNT: _count,
    Method.NAMED: _named,
    Method.DOTS: _dots,
    Method.RATING: _rating,
    Method.RANKING: _ranking,
}
