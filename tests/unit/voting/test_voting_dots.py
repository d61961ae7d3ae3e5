"""Dot voting: totals per item or per participant, caps, and competition ranking."""

import pytest

from facilitator.voting import (
    DotBallot,
    DotRules,
    DotTally,
    VoteError,
    rank_dot_ballots,
    rank_dots,
)

RULES = DotRules(dots_per_participant=3, cap_per_item=2)


def test_items_ranked_by_dots_with_shared_ranks() -> None:
    tallies = [DotTally("a", 4), DotTally("b", 6), DotTally("c", 4), DotTally("d", 1)]
    result = rank_dots(tallies, RULES, present=5)
    assert [(r.item, r.dots, r.rank) for r in result.rows] == [
        ("b", 6, 1),
        ("a", 4, 2),
        ("c", 4, 2),
        ("d", 1, 4),
    ]
    assert result.cast == 15
    assert result.available == 15
    assert result.rows[0].share == pytest.approx(0.4)


def test_competition_ranking_1_1_3() -> None:
    result = rank_dots([DotTally("x", 3), DotTally("y", 3), DotTally("z", 1)], RULES, 5)
    assert [r.rank for r in result.rows] == [1, 1, 3]


def test_listed_items_without_dots_appear_with_zero_in_agenda_order_for_ties() -> None:
    result = rank_dots([DotTally("b", 2)], RULES, 3, items=["c", "b", "a"])
    assert [(r.item, r.dots, r.rank) for r in result.rows] == [
        ("b", 2, 1),
        ("c", 0, 2),
        ("a", 0, 2),
    ]


def test_to_dict() -> None:
    data = rank_dots([DotTally("a", 2)], DotRules(3), 1).to_dict()
    assert data == {
        "method": "dots",
        "present": 1,
        "rules": {"dots_per_participant": 3, "cap": None},
        "available": 3,
        "cast": 2,
        "rows": [{"item": "a", "dots": 2, "rank": 1, "share": 1.0}],
    }


def test_total_above_allowance_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        rank_dots([DotTally("a", 2), DotTally("b", 2), DotTally("c", 3)], RULES, present=2)
    assert info.value.code == "dots_above_total"
    assert info.value.params["limit"] == 6


def test_item_total_above_cap_times_present_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        rank_dots([DotTally("a", 5)], RULES, present=2)
    assert info.value.code == "dots_above_item_total"
    assert info.value.params["item"] == "a"


def test_negative_dots_are_refused() -> None:
    with pytest.raises(VoteError) as info:
        rank_dots([DotTally("a", -1)], RULES, 2)
    assert info.value.code == "count_negative"


def test_item_given_twice_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        rank_dots([DotTally("a", 1), DotTally("a", 1)], RULES, 2)
    assert info.value.code == "item_twice"


def test_unknown_item_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        rank_dots([DotTally("zz", 1)], RULES, 2, items=["a", "b"])
    assert info.value.code == "item_unknown"


def test_per_participant_entry_adds_up() -> None:
    ballots = [DotBallot.of("p1", {"a": 2, "b": 1}), DotBallot.of("p2", {"b": 2})]
    result = rank_dot_ballots(ballots, RULES, ["p1", "p2", "p3"])
    assert [(r.item, r.dots) for r in result.rows] == [("b", 3), ("a", 2)]
    assert result.present == 3


def test_participant_above_allowance_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        rank_dot_ballots([DotBallot.of("p1", {"a": 2, "b": 2})], RULES, ["p1", "p2"])
    assert info.value.code == "dots_above_allowance"


def test_participant_above_cap_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        rank_dot_ballots([DotBallot.of("p1", {"a": 3})], RULES, ["p1", "p2"])
    assert info.value.code == "dots_above_cap"
    assert str(info.value) == "3 dots on item a; the cap is 2."


def test_participant_absent_or_twice_is_refused() -> None:
    with pytest.raises(VoteError) as absent:
        rank_dot_ballots([DotBallot.of("p9", {"a": 1})], RULES, ["p1"])
    assert absent.value.code == "voter_not_present"
    twice = [DotBallot.of("p1", {"a": 1}), DotBallot.of("p1", {"b": 1})]
    with pytest.raises(VoteError) as again:
        rank_dot_ballots(twice, RULES, ["p1", "p2"])
    assert again.value.code == "voter_twice"


def test_participant_naming_an_item_twice_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        rank_dot_ballots([DotBallot("p1", (("a", 1), ("a", 1)))], RULES, ["p1"])
    assert info.value.code == "item_twice"


def test_no_cap_means_all_dots_may_go_on_one_item() -> None:
    result = rank_dot_ballots([DotBallot.of("p1", {"a": 3})], DotRules(3), ["p1"])
    assert result.rows[0].dots == 3


@pytest.mark.parametrize(("dots", "cap"), [(0, None), (3, 0), (-1, None)])
def test_bad_rules_are_refused(dots: int, cap: int | None) -> None:
    with pytest.raises(VoteError):
        DotRules(dots, cap)
