"""Dot voting: N dots per participant, an optional cap per item, items ranked by dots."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from facilitator.voting._checks import (
    check_count,
    check_items,
    check_known_item,
    check_voters,
    competition_ranks,
)
from facilitator.voting.errors import QT_TRANSLATE_NOOP, VoteError
from facilitator.voting.labels import Method


@dataclass(frozen=True, slots=True)
class DotRules:
    """How many dots each participant has, and how many may go on one item (None: no cap)."""

    dots_per_participant: int = 3
    cap_per_item: int | None = None

    def __post_init__(self) -> None:
        check_count("dots per participant", self.dots_per_participant)
        if self.cap_per_item is not None:
            check_count("cap per item", self.cap_per_item)
        if self.dots_per_participant < 1 or (
            self.cap_per_item is not None and self.cap_per_item < 1
        ):
            raise VoteError(
                "dot_rules_invalid",
                QT_TRANSLATE_NOOP("Voting", "Dots per participant and the cap must be at least 1."),
            )

    def to_dict(self) -> dict[str, object]:
        return {"dots_per_participant": self.dots_per_participant, "cap": self.cap_per_item}


@dataclass(frozen=True, slots=True)
class DotTally:
    """The dots counted on one item."""

    item: str
    dots: int


@dataclass(frozen=True, slots=True)
class DotBallot:
    """One participant's dots, as (item, dots) pairs."""

    voter: str | None
    dots: tuple[tuple[str, int], ...]

    @classmethod
    def of(cls, voter: str | None, dots: Mapping[str, int]) -> DotBallot:
        return cls(voter, tuple(sorted(dots.items())))


@dataclass(frozen=True, slots=True)
class DotRow:
    """One item's place in the dot ranking."""

    item: str
    dots: int
    rank: int  # competition ranking: 1, 1, 3
    share: float  # of all dots cast, 0..1


@dataclass(frozen=True, slots=True)
class DotResult:
    """Items ranked by dots, with the figures of the allowance."""

    method: Method
    present: int
    rules: DotRules
    available: int  # dots_per_participant x present
    cast: int
    rows: tuple[DotRow, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "method": str(self.method),
            "present": self.present,
            "rules": self.rules.to_dict(),
            "available": self.available,
            "cast": self.cast,
            "rows": [
                {"item": r.item, "dots": r.dots, "rank": r.rank, "share": r.share}
                for r in self.rows
            ],
        }


def _refuse_over(code: str, template: str, given: int, limit: int, item: str = "") -> None:
    if given > limit:
        raise VoteError(code, template, given=given, limit=limit, item=item)


def _check_ballot(ballot: DotBallot, rules: DotRules) -> None:
    check_items(item for item, _ in ballot.dots)
    for item, dots in ballot.dots:
        check_count("dots", dots)
        if rules.cap_per_item is not None:
            _refuse_over(
                "dots_above_cap",
                QT_TRANSLATE_NOOP("Voting", "{given} dots on item {item}; the cap is {limit}."),
                dots,
                rules.cap_per_item,
                item,
            )
    _refuse_over(
        "dots_above_allowance",
        QT_TRANSLATE_NOOP("Voting", "{given} dots from one participant; each has {limit}."),
        sum(dots for _, dots in ballot.dots),
        rules.dots_per_participant,
    )


def _check_tallies(tallies: tuple[DotTally, ...], rules: DotRules, present: int) -> None:
    check_count("present", present)
    check_items(tally.item for tally in tallies)
    for tally in tallies:
        check_count("dots", tally.dots)
        if rules.cap_per_item is not None:
            _refuse_over(
                "dots_above_item_total",
                QT_TRANSLATE_NOOP(
                    "Voting", "{given} dots on item {item}; at most {limit} can be there."
                ),
                tally.dots,
                rules.cap_per_item * present,
                tally.item,
            )
    _refuse_over(
        "dots_above_total",
        QT_TRANSLATE_NOOP("Voting", "{given} dots in all; those present have only {limit}."),
        sum(tally.dots for tally in tallies),
        rules.dots_per_participant * present,
    )


def check_dot_tallies(
    given: tuple[DotTally, ...],
    rules: DotRules,
    present: int,
    items: Sequence[str] | None = None,
) -> tuple[str, ...]:
    """Refuse impossible dot totals as `rank_dots` does, without ranking; the items in order."""
    _check_tallies(given, rules, present)
    if items is None:
        return tuple(sorted({tally.item for tally in given}))
    order = check_items(items)
    for tally in given:
        check_known_item(tally.item, order)
    return order


def rank_dots(
    tallies: Iterable[DotTally],
    rules: DotRules,
    present: int,
    items: Sequence[str] | None = None,
) -> DotResult:
    """Rank items by their dot totals; `items`, if given, lists every item (missing ones get 0)."""
    given = tuple(tallies)
    order = check_dot_tallies(given, rules, present, items)
    totals = {tally.item: tally.dots for tally in given}
    scores = {item: totals.get(item, 0) for item in order}
    ranks = competition_ranks({item: float(dots) for item, dots in scores.items()})
    cast = sum(scores.values())
    rows = [
        DotRow(item, scores[item], ranks[item], scores[item] / cast if cast else 0.0)
        for item in order
    ]
    position = {item: index for index, item in enumerate(order)}
    rows.sort(key=lambda row: (row.rank, position[row.item]))
    available = rules.dots_per_participant * present
    return DotResult(Method.DOTS, present, rules, available, cast, tuple(rows))


def rank_dot_ballots(
    ballots: Iterable[DotBallot],
    rules: DotRules,
    present: Collection[str],
    items: Sequence[str] | None = None,
) -> DotResult:
    """Check each participant's dots against the rules, then rank the items by their totals."""
    given = tuple(ballots)
    attending = frozenset(present)
    check_voters((ballot.voter for ballot in given), attending)
    totals: Counter[str] = Counter()
    for ballot in given:
        _check_ballot(ballot, rules)
        totals.update(dict(ballot.dots))
    tallies = [DotTally(item, dots) for item, dots in sorted(totals.items())]
    return rank_dots(tallies, rules, len(attending), items)
