"""Multi-criteria rating: means, the effect x feasibility matrix, and the refusals."""

import math

import pytest

from facilitator.voting import (
    Quadrant,
    Rating,
    RatingAverage,
    RatingRules,
    VoteError,
    quadrant,
    rate,
    rate_averages,
)

RULES = RatingRules()
PRESENT = ["p1", "p2", "p3"]


def test_means_per_criterion_and_quadrant() -> None:
    ratings = [
        Rating.of("p1", "i1", {"effect": 8, "feasibility": 3}),
        Rating.of("p2", "i1", {"effect": 9, "feasibility": 4}),
        Rating.of("p1", "i2", {"effect": 2, "feasibility": 9}),
    ]
    result = rate(ratings, RULES, PRESENT)
    first, second = result.rows
    assert first.item == "i1"
    assert first.raters == 2
    assert first.means == (("effect", 8.5), ("feasibility", 3.5))
    assert first.quadrant is Quadrant.MAJOR_PROJECT
    assert second.quadrant is Quadrant.FILL_IN
    assert result.to_dict()["rows"][0] == {  # type: ignore[index]
        "item": "i1",
        "raters": 2,
        "means": {"effect": 8.5, "feasibility": 3.5},
        "quadrant": "major_project",
    }


@pytest.mark.parametrize(
    ("effect", "feasibility", "expected"),
    [
        (7, 7, Quadrant.QUICK_WIN),
        (7, 2, Quadrant.MAJOR_PROJECT),
        (2, 7, Quadrant.FILL_IN),
        (2, 2, Quadrant.TIME_SINK),
        (5, 5, Quadrant.QUICK_WIN),  # the midpoint itself counts as high
        (4.99, 5, Quadrant.FILL_IN),
    ],
)
def test_quadrants(effect: float, feasibility: float, expected: Quadrant) -> None:
    assert quadrant({"effect": effect, "feasibility": feasibility}, RULES) is expected


def test_midpoint_follows_a_configured_scale() -> None:
    rules = RatingRules(low=1, high=5)
    assert rules.midpoint == 3
    assert quadrant({"effect": 3, "feasibility": 2.9}, rules) is Quadrant.MAJOR_PROJECT


def test_custom_criteria_without_the_matrix_pair_have_no_quadrant() -> None:
    rules = RatingRules(criteria=("cost", "risk"))
    result = rate([Rating.of("p1", "i1", {"cost": 3, "risk": 4})], rules, PRESENT)
    assert result.rows[0].means == (("cost", 3.0), ("risk", 4.0))
    assert result.rows[0].quadrant is None


def test_extra_criterion_is_averaged_too() -> None:
    rules = RatingRules(criteria=("effect", "feasibility", "cost"))
    scores = {"effect": 6, "feasibility": 6, "cost": 1}
    row = rate([Rating.of("p1", "i", scores)], rules, PRESENT).rows[0]
    assert dict(row.means) == {"effect": 6, "feasibility": 6, "cost": 1}
    assert row.quadrant is Quadrant.QUICK_WIN


def test_listed_items_nobody_rated_have_no_means() -> None:
    result = rate(
        [Rating.of("p1", "b", {"effect": 1, "feasibility": 1})], RULES, PRESENT, items=["a", "b"]
    )
    assert [(r.item, r.raters, r.means, r.quadrant) for r in result.rows][0] == ("a", 0, (), None)


def test_averages_entered_directly() -> None:
    averages = [RatingAverage.of("i1", {"effect": 6.5, "feasibility": 7.25}, raters=3)]
    result = rate_averages(averages, RULES, present=3)
    assert result.rows[0].quadrant is Quadrant.QUICK_WIN
    assert result.rows[0].means == (("effect", 6.5), ("feasibility", 7.25))
    assert result.to_dict()["method"] == "rating"


@pytest.mark.parametrize("value", [-1, 10.5, math.nan, math.inf, "7"])
def test_score_out_of_scale_is_refused(value: object) -> None:
    with pytest.raises(VoteError) as info:
        rate(
            [Rating("p1", "i", (("effect", value), ("feasibility", 5)))],  # type: ignore[arg-type]
            RULES,
            PRESENT,
        )
    assert info.value.code == "score_out_of_scale"


def test_scale_bounds_are_allowed() -> None:
    row = rate([Rating.of("p1", "i", {"effect": 0, "feasibility": 10})], RULES, PRESENT).rows[0]
    assert row.quadrant is Quadrant.FILL_IN


def test_average_out_of_scale_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        rate_averages([RatingAverage.of("i", {"effect": 11, "feasibility": 5})], RULES)
    assert info.value.code == "score_out_of_scale"


def test_missing_unknown_or_repeated_criterion_is_refused() -> None:
    with pytest.raises(VoteError) as missing:
        rate([Rating.of("p1", "i", {"effect": 5})], RULES, PRESENT)
    assert missing.value.code == "criterion_missing"
    with pytest.raises(VoteError) as unknown:
        rate([Rating.of("p1", "i", {"effect": 5, "feasibility": 5, "cost": 1})], RULES, PRESENT)
    assert unknown.value.code == "criterion_unknown"
    twice = Rating("p1", "i", (("effect", 5), ("effect", 6), ("feasibility", 5)))
    with pytest.raises(VoteError) as again:
        rate([twice], RULES, PRESENT)
    assert again.value.code == "item_twice"


def test_absent_voter_or_rating_an_item_twice_is_refused() -> None:
    scores = {"effect": 5, "feasibility": 5}
    with pytest.raises(VoteError) as absent:
        rate([Rating.of("p9", "i", scores)], RULES, PRESENT)
    assert absent.value.code == "voter_not_present"
    with pytest.raises(VoteError) as twice:
        rate([Rating.of("p1", "i", scores), Rating.of("p1", "i", scores)], RULES, PRESENT)
    assert twice.value.code == "voter_twice"


def test_one_participant_may_rate_several_items() -> None:
    scores = {"effect": 5, "feasibility": 5}
    result = rate([Rating.of("p1", "i", scores), Rating.of("p1", "j", scores)], RULES, PRESENT)
    assert len(result.rows) == 2


def test_more_raters_than_present_are_refused() -> None:
    average = RatingAverage.of("i", {"effect": 5, "feasibility": 5}, raters=4)
    with pytest.raises(VoteError) as info:
        rate_averages([average], RULES, present=3)
    assert info.value.code == "votes_above_present"


def test_bad_rules_are_refused() -> None:
    with pytest.raises(VoteError):
        RatingRules(low=10, high=0)
    with pytest.raises(VoteError):
        RatingRules(criteria=())
