"""Named vote: one for/against/abstain ballot per present participant, open or secret."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum

from facilitator.voting._checks import check_attendance, check_not_above_present, check_voters
from facilitator.voting.count import CountTally, Outcome, decide
from facilitator.voting.errors import QT_TRANSLATE_NOOP, VoteError
from facilitator.voting.labels import Method
from facilitator.voting.rules import VoteRules


class Choice(StrEnum):
    """A ballot's choice."""

    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


@dataclass(frozen=True, slots=True)
class Ballot:
    """One vote; open ballots name the `voter`, secret ones carry only a `ballot_id`."""

    voter: str | None
    choice: Choice
    ballot_id: str | None = None


@dataclass(frozen=True, slots=True)
class NamedOutcome:
    """The outcome of a named vote, with the roll of who voted how unless it was secret."""

    outcome: Outcome
    secret: bool
    roll: tuple[tuple[str, Choice], ...]  # (voter, choice) by voter id; empty when secret
    not_voted: tuple[str, ...]  # present but no ballot; empty when secret

    def to_dict(self) -> dict[str, object]:
        return {
            **self.outcome.to_dict(),
            "secret": self.secret,
            "roll": [{"voter": voter, "choice": str(choice)} for voter, choice in self.roll],
            "not_voted": list(self.not_voted),
        }


def _choice(value: object) -> Choice:
    try:
        return Choice(str(value))
    except ValueError:
        raise VoteError(
            "choice_invalid",
            QT_TRANSLATE_NOOP("Voting", "{choice} is not for, against or abstain."),
            choice=str(value),
        ) from None


def _check_secret(ballots: tuple[Ballot, ...], present: int) -> None:
    seen: set[str] = set()
    for ballot in ballots:
        if ballot.voter is not None:
            raise VoteError(
                "secret_ballot_named",
                QT_TRANSLATE_NOOP("Voting", "A secret ballot cannot name its voter."),
            )
        if not ballot.ballot_id:
            raise VoteError(
                "ballot_id_missing",
                QT_TRANSLATE_NOOP("Voting", "A secret ballot needs a ballot number."),
            )
        if ballot.ballot_id in seen:
            raise VoteError(
                "ballot_twice",
                QT_TRANSLATE_NOOP("Voting", "Ballot {ballot} is counted twice."),
                ballot=ballot.ballot_id,
            )
        seen.add(ballot.ballot_id)
    check_not_above_present(len(ballots), present)


def _check_open(ballots: tuple[Ballot, ...], present: frozenset[str]) -> None:
    if any(ballot.voter is None for ballot in ballots):
        raise VoteError(
            "ballot_unnamed",
            QT_TRANSLATE_NOOP("Voting", "A ballot in a named vote must name its voter."),
        )
    check_voters((ballot.voter for ballot in ballots), present)


def decide_named(
    ballots: Iterable[Ballot],
    rules: VoteRules,
    present: Collection[str],
    registered: int,
    *,
    secret: bool = False,
) -> NamedOutcome:
    """Decide a named vote among the `present` participant ids of `registered` on the platform."""
    given = tuple(ballots)
    attending = frozenset(present)
    check_attendance(len(attending), registered)
    choices = Counter(_choice(ballot.choice) for ballot in given)
    if secret:
        _check_secret(given, len(attending))
    else:
        _check_open(given, attending)
    tally = CountTally(choices[Choice.FOR], choices[Choice.AGAINST], choices[Choice.ABSTAIN])
    outcome = decide(tally, rules, len(attending), registered, Method.NAMED)
    if secret:
        return NamedOutcome(outcome, True, (), ())
    roll = tuple(sorted((str(b.voter), _choice(b.choice)) for b in given))
    voted = {voter for voter, _ in roll}
    return NamedOutcome(outcome, False, roll, tuple(sorted(attending - voted)))
