"""Ranking: Borda and Schulze, the published worked examples, partial ballots and refusals."""

import pytest

from facilitator.voting import RankBallot, VoteError, borda, rank, schulze
from facilitator.voting.borda import ballot_points

# Wikipedia, "Schulze method", the 45-voter example.
SCHULZE_PROFILE = {
    "ACBED": 5,
    "ADECB": 5,
    "BEDAC": 8,
    "CABED": 3,
    "CAEBD": 7,
    "CBADE": 2,
    "DCEBA": 7,
    "EBADC": 8,
}
ABCDE = ["A", "B", "C", "D", "E"]

# Wikipedia, "Borda count", the Tennessee capital example (percentages as 100 voters).
TENNESSEE_PROFILE = {
    ("Memphis", "Nashville", "Chattanooga", "Knoxville"): 42,
    ("Nashville", "Chattanooga", "Knoxville", "Memphis"): 26,
    ("Chattanooga", "Knoxville", "Nashville", "Memphis"): 15,
    ("Knoxville", "Chattanooga", "Nashville", "Memphis"): 17,
}
CITIES = ["Memphis", "Nashville", "Chattanooga", "Knoxville"]


def _profile(profile: dict, prefix: str = "v") -> tuple[list[RankBallot], list[str]]:  # type: ignore[type-arg]
    ballots = [RankBallot.of(*order) for order, count in profile.items() for _ in range(count)]
    voters = [f"{prefix}{i}" for i in range(len(ballots))]
    return ballots, voters


def test_wikipedia_schulze_example() -> None:
    ballots, present = _profile(SCHULZE_PROFILE)
    result = schulze(ballots, ABCDE, present)
    assert [(r.item, r.rank) for r in result.rows] == [
        ("E", 1),
        ("A", 2),
        ("C", 3),
        ("B", 4),
        ("D", 5),
    ]
    # The published matrix of pairwise preferences d[*, *] and of strongest paths p[*, *].
    assert result.pairwise == (
        (0, 20, 26, 30, 22),
        (25, 0, 16, 33, 18),
        (19, 29, 0, 17, 24),
        (15, 12, 28, 0, 14),
        (23, 27, 21, 31, 0),
    )
    assert result.strongest == (
        (0, 28, 28, 30, 24),
        (25, 0, 28, 33, 24),
        (25, 29, 0, 29, 24),
        (25, 28, 28, 0, 24),
        (25, 28, 28, 31, 0),
    )
    assert result.ballots == 45


def test_wikipedia_tennessee_borda_example() -> None:
    ballots, present = _profile(TENNESSEE_PROFILE)
    result = borda(ballots, CITIES, present)
    assert [(r.item, r.points, r.rank) for r in result.rows] == [
        ("Nashville", 194, 1),
        ("Chattanooga", 173, 2),
        ("Memphis", 126, 3),
        ("Knoxville", 107, 4),
    ]
    assert sum(r.points for r in result.rows) == 100 * 6


def test_borda_points_of_a_full_ballot() -> None:
    points = ballot_points(RankBallot.of("A", "B", "C"), ["A", "B", "C"])
    assert points == {"A": 2, "B": 1, "C": 0}


def test_partial_ballot_unranked_items_share_the_remaining_points() -> None:
    points = ballot_points(RankBallot.of("C"), ["A", "B", "C", "D"])
    assert points == {"C": 3, "A": 1, "B": 1, "D": 1}  # A, B, D share places 2-4: (2+1+0)/3


def test_tied_places_share_their_points_in_halves() -> None:
    points = ballot_points(RankBallot.of(("A", "B"), "C"), ["A", "B", "C"])
    assert points == {"A": 1.5, "B": 1.5, "C": 0}


def test_borda_ties_share_a_rank_and_keep_agenda_order() -> None:
    ballots = [RankBallot.of("A", "B", "C"), RankBallot.of("B", "A", "C")]
    result = borda(ballots, ["B", "A", "C"], ["p1", "p2"])
    assert [(r.item, r.points, r.rank) for r in result.rows] == [
        ("B", 3, 1),
        ("A", 3, 1),
        ("C", 0, 3),
    ]


def test_empty_ballot_gives_every_item_the_same_points() -> None:
    result = borda([RankBallot(())], ["A", "B", "C"], ["p1"])
    assert {r.points for r in result.rows} == {1.0}
    assert {r.rank for r in result.rows} == {1}


def test_schulze_tie_is_reported_as_a_shared_rank() -> None:
    ballots = [RankBallot.of("A", "B", "C"), RankBallot.of("B", "A", "C")]
    result = schulze(ballots, ["A", "B", "C"], ["p1", "p2"])
    assert [(r.item, r.rank, r.wins) for r in result.rows] == [
        ("A", 1, 1),
        ("B", 1, 1),
        ("C", 3, 0),
    ]


def test_schulze_resolves_a_condorcet_cycle() -> None:
    # A>B 6:3, B>C 7:2, C>A 5:4: a cycle; the weakest defeat (C>A) gives way.
    profile = {"ABC": 4, "BCA": 3, "CAB": 2}
    ballots, present = _profile(profile)
    result = schulze(ballots, ["A", "B", "C"], present)
    assert [r.item for r in result.rows] == ["A", "B", "C"]


def test_partial_ranking_ranked_items_beat_unranked_ones() -> None:
    ballots = [RankBallot.of("C"), RankBallot.of("C", "A")]
    result = schulze(ballots, ["A", "B", "C"], ["p1", "p2"])
    assert [(r.item, r.rank) for r in result.rows] == [("C", 1), ("A", 2), ("B", 3)]
    assert result.pairwise[0][1] == 1  # only the second ballot ranks A above B


def test_rank_gives_both_results() -> None:
    ballots, present = _profile(TENNESSEE_PROFILE)
    result = rank(ballots, CITIES, present)
    data = result.to_dict()
    assert data["method"] == "ranking"
    assert data["ballots"] == 100
    assert result.borda.rows[0].item == "Nashville"
    assert result.schulze.rows[0].item == "Nashville"  # the Condorcet winner
    schulze_data = data["schulze"]
    assert schulze_data["pairwise"]["Nashville"]["Memphis"] == 58  # type: ignore[index]


def test_schulze_to_dict_has_matrices_by_item() -> None:
    data = schulze([RankBallot.of("A", "B")], ["A", "B"], ["p1"]).to_dict()
    assert data["pairwise"] == {"A": {"B": 1}, "B": {"A": 0}}
    assert data["strongest"] == {"A": {"B": 1}, "B": {"A": 0}}
    assert data["rows"] == [
        {"item": "A", "rank": 1, "wins": 1},
        {"item": "B", "rank": 2, "wins": 0},
    ]


@pytest.mark.parametrize(
    ("ballot", "code"),
    [
        (RankBallot((("A",), ())), "rank_group_empty"),
        (RankBallot.of("A", "Z"), "item_unknown"),
        (RankBallot.of("A", ("B", "A")), "rank_item_twice"),
    ],
)
def test_bad_ballots_are_refused(ballot: RankBallot, code: str) -> None:
    for count in (borda, schulze, rank):
        with pytest.raises(VoteError) as info:
            count([ballot], ["A", "B", "C"], ["p1"])
        assert info.value.code == code


def test_more_ballots_than_present_are_refused() -> None:
    with pytest.raises(VoteError) as info:
        rank([RankBallot.of("A")] * 3, ["A", "B"], ["p1", "p2"])
    assert info.value.code == "votes_above_present"


def test_named_ballots_must_be_present_and_once() -> None:
    with pytest.raises(VoteError) as absent:
        borda([RankBallot.of("A", voter="p9")], ["A", "B"], ["p1"])
    assert absent.value.code == "voter_not_present"
    twice = [RankBallot.of("A", voter="p1"), RankBallot.of("B", voter="p1")]
    with pytest.raises(VoteError) as again:
        schulze(twice, ["A", "B"], ["p1", "p2"])
    assert again.value.code == "voter_twice"


def test_items_listed_twice_are_refused() -> None:
    with pytest.raises(VoteError) as info:
        rank([], ["A", "A"], ["p1"])
    assert info.value.code == "item_twice"
