"""Ranking ballots: an ordering of items, best first, ties and partial rankings allowed."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from facilitator.voting._checks import check_items, check_known_item, check_voters
from facilitator.voting.errors import QT_TRANSLATE_NOOP, VoteError


@dataclass(frozen=True, slots=True)
class RankBallot:
    """Groups of items, best first; items in one group are tied, unranked items come last."""

    order: tuple[tuple[str, ...], ...]
    voter: str | None = None

    @classmethod
    def of(cls, *groups: str | Sequence[str], voter: str | None = None) -> RankBallot:
        """RankBallot.of("A", ("B", "C"), "D"): A first, B and C tied second, D fourth."""
        return cls(tuple((g,) if isinstance(g, str) else tuple(g) for g in groups), voter)


def check_rank_ballot(ballot: RankBallot, items: Collection[str]) -> None:
    """Refuse an empty group, an unknown item, or an item ranked twice."""
    seen: set[str] = set()
    for group in ballot.order:
        if not group:
            raise VoteError(
                "rank_group_empty",
                QT_TRANSLATE_NOOP("Voting", "A place in a ranking must hold at least one item."),
            )
        for item in group:
            check_known_item(item, items)
            if item in seen:
                raise VoteError(
                    "rank_item_twice",
                    QT_TRANSLATE_NOOP("Voting", "Item {item} is ranked twice on one ballot."),
                    item=item,
                )
            seen.add(item)


def check_rank_ballots(
    ballots: Iterable[RankBallot], items: Sequence[str], present: Collection[str]
) -> tuple[tuple[RankBallot, ...], tuple[str, ...]]:
    """Refuse bad ballots, absent or repeated voters, or more ballots than present."""
    given = tuple(ballots)
    order = check_items(items)
    check_voters((ballot.voter for ballot in given), frozenset(present))
    for ballot in given:
        check_rank_ballot(ballot, order)
    return given, order


def levels(ballot: RankBallot, items: Sequence[str]) -> dict[str, int]:
    """Each item's group index on the ballot (0 is best); unranked items share the last one."""
    level = {item: index for index, group in enumerate(ballot.order) for item in group}
    bottom = len(ballot.order)
    return {item: level.get(item, bottom) for item in items}


def positions(ballot: RankBallot, items: Sequence[str]) -> list[tuple[str, ...]]:
    """The ballot's groups with the unranked items appended as one last group."""
    ranked = {item for group in ballot.order for item in group}
    rest = tuple(item for item in items if item not in ranked)
    return [*ballot.order, rest] if rest else list(ballot.order)
