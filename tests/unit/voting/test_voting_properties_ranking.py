"""Ranking properties: Condorcet winners, Borda sums, competition ranks, order, attendance."""

from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from facilitator.voting import RankBallot, VoteError, borda, rank, schulze

FAST = settings(max_examples=60, deadline=None)
LETTERS = "ABCDEF"


@st.composite
def rank_ballot(draw: st.DrawFn, items: tuple[str, ...], partial: bool = True) -> RankBallot:
    """A random weak order of a prefix of the items (the rest unranked)."""
    order = draw(st.permutations(items))
    length = draw(st.integers(0 if partial else len(items), len(items)))
    groups: list[list[str]] = []
    for item in order[:length]:
        tied: bool = draw(st.booleans())
        if groups and tied:
            groups[-1].append(item)
        else:
            groups.append([item])
    return RankBallot(tuple(tuple(group) for group in groups))


@st.composite
def election(
    draw: st.DrawFn, partial: bool = True, strict: bool = False
) -> tuple[tuple[str, ...], list[RankBallot]]:
    items = tuple(LETTERS[: draw(st.integers(1, 5))])
    if strict:
        ballots = [RankBallot.of(*p) for p in draw(st.lists(st.permutations(items), max_size=12))]
    else:
        ballots = draw(st.lists(rank_ballot(items, partial), max_size=12))
    return items, ballots


def voters(count: int) -> list[str]:
    return [f"p{i}" for i in range(count)]


def prefers(ballot: RankBallot, a: str, b: str) -> bool:
    """Does the ballot put a strictly above b? (Unranked items are below every ranked one.)"""
    place = {item: i for i, group in enumerate(ballot.order) for item in group}
    return place.get(a, len(ballot.order)) < place.get(b, len(ballot.order))


@FAST
@given(election())
def test_schulze_picks_the_condorcet_winner(data: tuple[tuple[str, ...], list[RankBallot]]) -> None:
    items, ballots = data

    def beats(a: str, b: str) -> bool:
        return sum(prefers(x, a, b) for x in ballots) > sum(prefers(x, b, a) for x in ballots)

    winners = [a for a in items if all(beats(a, b) for b in items if b != a)]
    assume(winners)
    result = schulze(ballots, items, voters(len(ballots)))
    assert [row.item for row in result.rows if row.rank == 1] == winners


@FAST
@given(election(partial=False, strict=True))
def test_borda_points_of_full_rankings_add_up(
    data: tuple[tuple[str, ...], list[RankBallot]],
) -> None:
    items, ballots = data
    n = len(items)
    result = borda(ballots, items, voters(len(ballots)))
    assert sum(row.points for row in result.rows) == len(ballots) * n * (n - 1) // 2
    assert all(row.points == int(row.points) for row in result.rows)


@FAST
@given(election())
def test_borda_points_add_up_for_ties_and_partial_rankings(
    data: tuple[tuple[str, ...], list[RankBallot]],
) -> None:
    items, ballots = data
    n = len(items)
    result = borda(ballots, items, voters(len(ballots)))
    assert Fraction(sum(row.points for row in result.rows)) == Fraction(
        len(ballots) * n * (n - 1), 2
    )


@FAST
@given(election())
def test_ranks_are_competition_ranks(data: tuple[tuple[str, ...], list[RankBallot]]) -> None:
    items, ballots = data
    result = rank(ballots, items, voters(len(ballots)))
    for rows in (result.borda.rows, result.schulze.rows):
        ranks = [row.rank for row in rows]
        assert ranks == [1 + sum(1 for r in ranks if r < mine) for mine in ranks]
        assert sorted(row.item for row in rows) == sorted(items)


@FAST
@given(election(), st.randoms(use_true_random=False))
def test_ranking_is_deterministic_and_independent_of_ballot_order(
    data: tuple[tuple[str, ...], list[RankBallot]], rnd: object
) -> None:
    items, ballots = data
    shuffled = list(ballots)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    present = voters(len(ballots))
    first = rank(ballots, items, present).to_dict()
    assert rank(ballots, items, present).to_dict() == first
    assert rank(shuffled, items, list(reversed(present))).to_dict() == first


@FAST
@given(election(), st.integers(0, 11))
def test_ranking_never_takes_more_ballots_than_present(
    data: tuple[tuple[str, ...], list[RankBallot]], present: int
) -> None:
    items, ballots = data
    if len(ballots) > present:
        for count in (borda, schulze, rank):
            with pytest.raises(VoteError, match="only"):
                count(ballots, items, voters(present))
    else:
        assert rank(ballots, items, voters(present)).borda.ballots == len(ballots)
