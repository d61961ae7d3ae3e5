"""Open vote by count: quorum, each majority rule, and the refusals."""

from fractions import Fraction

import pytest

from facilitator.voting import (
    Base,
    CountTally,
    Majority,
    MajorityKind,
    Result,
    VoteError,
    VoteRules,
    decide_count,
)

SIMPLE = VoteRules(Majority(MajorityKind.SIMPLE), Fraction(1, 2))


def test_adopted_with_the_figures_to_show() -> None:
    outcome = decide_count(CountTally(6, 3, 1), SIMPLE, present=10, registered=15)
    assert outcome.result is Result.ADOPTED
    assert outcome.to_dict() == {
        "method": "count",
        "result": "adopted",
        "for": 6,
        "against": 3,
        "abstain": 1,
        "cast": 10,
        "present": 10,
        "registered": 15,
        "needed": 4,
        "quorum_needed": 8,
        "majority": {"kind": "simple"},
    }


def test_no_quorum_wins_over_any_majority() -> None:
    outcome = decide_count(CountTally(7, 0, 0), SIMPLE, present=7, registered=15)
    assert outcome.result is Result.NO_QUORUM
    assert outcome.quorum_needed == 8


def test_quorum_is_met_exactly_at_the_ceiling() -> None:
    assert decide_count(CountTally(8, 0, 0), SIMPLE, 8, 15).result is Result.ADOPTED


def test_zero_quorum_share_needs_nobody() -> None:
    rules = VoteRules(quorum_share=Fraction(0))
    assert decide_count(CountTally(1, 0, 0), rules, 1, 100).result is Result.ADOPTED


@pytest.mark.parametrize(
    ("kind", "tally", "present", "result"),
    [
        (MajorityKind.SIMPLE, CountTally(4, 3, 5), 12, Result.ADOPTED),
        (MajorityKind.SIMPLE, CountTally(3, 3, 0), 12, Result.REJECTED),
        (MajorityKind.SIMPLE, CountTally(0, 0, 6), 12, Result.REJECTED),
        (MajorityKind.CAST, CountTally(4, 3, 5), 12, Result.REJECTED),
        (MajorityKind.CAST, CountTally(6, 3, 3), 12, Result.REJECTED),
        (MajorityKind.CAST, CountTally(7, 3, 2), 12, Result.ADOPTED),
        (MajorityKind.PRESENT, CountTally(6, 0, 0), 12, Result.REJECTED),
        (MajorityKind.PRESENT, CountTally(7, 0, 0), 12, Result.ADOPTED),
        (MajorityKind.TWO_THIRDS, CountTally(6, 3, 0), 12, Result.ADOPTED),
        (MajorityKind.TWO_THIRDS, CountTally(5, 2, 1), 12, Result.REJECTED),
        (MajorityKind.TWO_THIRDS, CountTally(0, 0, 0), 12, Result.REJECTED),
    ],
)
def test_majority_rules(
    kind: MajorityKind, tally: CountTally, present: int, result: Result
) -> None:
    rules = VoteRules(Majority(kind), Fraction(0))
    assert decide_count(tally, rules, present, 20).result is result


@pytest.mark.parametrize(
    ("base", "for_", "result"),
    [
        (Base.CAST, 6, Result.ADOPTED),
        (Base.CAST, 5, Result.REJECTED),
        (Base.PRESENT, 10, Result.ADOPTED),
        (Base.PRESENT, 9, Result.REJECTED),
    ],
)
def test_custom_fraction_of_cast_or_present(base: Base, for_: int, result: Result) -> None:
    # More than half: of 10 cast that is 6 or more; of 18 present, 10 or more.
    rules = VoteRules(Majority(MajorityKind.CUSTOM, Fraction(1, 2), base), Fraction(0))
    tally = CountTally(for_, 10 - for_, 0) if base is Base.CAST else CountTally(for_, 0, 0)
    outcome = decide_count(tally, rules, present=18, registered=20)
    assert outcome.result is result
    assert outcome.needed == (6 if base is Base.CAST else 10)


@pytest.mark.parametrize(
    ("tally", "field"),
    [
        (CountTally(-1, 0, 0), "for"),
        (CountTally(0, -1, 0), "against"),
        (CountTally(0, 0, -2), "abstain"),
    ],
)
def test_negative_counts_are_refused(tally: CountTally, field: str) -> None:
    with pytest.raises(VoteError) as info:
        decide_count(tally, SIMPLE, 10, 10)
    assert info.value.code == "count_negative"
    assert info.value.params["field"] == field


def test_fractional_counts_are_refused() -> None:
    with pytest.raises(VoteError) as info:
        decide_count(CountTally(1.5, 0, 0), SIMPLE, 10, 10)  # type: ignore[arg-type]
    assert info.value.code == "count_not_integer"


def test_more_votes_than_present_are_refused() -> None:
    with pytest.raises(VoteError) as info:
        decide_count(CountTally(5, 4, 2), SIMPLE, 10, 20)
    assert info.value.code == "votes_above_present"
    assert str(info.value) == "11 votes were given but only 10 people are present."


def test_all_present_may_vote() -> None:
    assert decide_count(CountTally(5, 4, 1), SIMPLE, 10, 20).cast == 10


def test_more_present_than_registered_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        decide_count(CountTally(1, 0, 0), SIMPLE, 11, 10)
    assert info.value.code == "present_above_registered"


def test_negative_attendance_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        decide_count(CountTally(0, 0, 0), SIMPLE, -1, 10)
    assert info.value.code == "count_negative"
    assert info.value.params["field"] == "present"
