"""Open vote by count: for/against/abstain totals from a show of hands, decided by the rules."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from facilitator.voting._checks import check_attendance, check_count, check_not_above_present
from facilitator.voting.labels import Method
from facilitator.voting.rules import Majority, VoteRules, quorum_needed


class Result(StrEnum):
    """What a for/against/abstain vote decided."""

    ADOPTED = "adopted"
    REJECTED = "rejected"
    NO_QUORUM = "no_quorum"


@dataclass(frozen=True, slots=True)
class CountTally:
    """The counted hands of one vote on one item in one round."""

    for_: int
    against: int
    abstain: int

    @property
    def cast(self) -> int:
        """Votes cast, abstentions included."""
        return self.for_ + self.against + self.abstain


@dataclass(frozen=True, slots=True)
class Outcome:
    """The decision of a for/against/abstain vote with the figures that explain it."""

    method: Method
    result: Result
    for_: int
    against: int
    abstain: int
    present: int
    registered: int
    needed: int  # the fewest votes for that adopt
    quorum_needed: int  # the fewest present that make a quorum
    majority: Majority

    @property
    def cast(self) -> int:
        return self.for_ + self.against + self.abstain

    def to_dict(self) -> dict[str, object]:
        return {
            "method": str(self.method),
            "result": str(self.result),
            "for": self.for_,
            "against": self.against,
            "abstain": self.abstain,
            "cast": self.cast,
            "present": self.present,
            "registered": self.registered,
            "needed": self.needed,
            "quorum_needed": self.quorum_needed,
            "majority": self.majority.to_dict(),
        }


def check_tally(tally: CountTally, present: int) -> None:
    """Refuse a negative count, or more votes than people present."""
    check_count("for", tally.for_)
    check_count("against", tally.against)
    check_count("abstain", tally.abstain)
    check_not_above_present(tally.cast, present)


def decide(
    tally: CountTally, rules: VoteRules, present: int, registered: int, method: Method
) -> Outcome:
    """The outcome of a checked tally: no quorum first, then the majority rule."""
    quorum = quorum_needed(rules.quorum_share, registered)
    needed = rules.majority.needed(tally.cast, tally.against, present)
    if present < quorum:
        result = Result.NO_QUORUM
    elif tally.for_ >= needed:
        result = Result.ADOPTED
    else:
        result = Result.REJECTED
    return Outcome(
        method=method,
        result=result,
        for_=tally.for_,
        against=tally.against,
        abstain=tally.abstain,
        present=present,
        registered=registered,
        needed=needed,
        quorum_needed=quorum,
        majority=rules.majority,
    )


def decide_count(tally: CountTally, rules: VoteRules, present: int, registered: int) -> Outcome:
    """Decide an open vote by count among `present` of the platform's `registered` participants."""
    check_attendance(present, registered)
    check_tally(tally, present)
    return decide(tally, rules, present, registered, Method.COUNT)
