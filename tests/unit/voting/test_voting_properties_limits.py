"""Properties of the other methods: stated rules, attendance limits, order independence."""

from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from facilitator.voting import (
    Ballot,
    Base,
    Choice,
    CountTally,
    DotBallot,
    DotRules,
    DotTally,
    Majority,
    MajorityKind,
    Rating,
    RatingAverage,
    RatingRules,
    Result,
    VoteError,
    VoteRules,
    decide_count,
    decide_named,
    rank_dot_ballots,
    rank_dots,
    rate,
    rate_averages,
)

FAST = settings(max_examples=60, deadline=None)
LETTERS = "ABCDEF"


def voters(count: int) -> list[str]:
    return [f"p{i}" for i in range(count)]


majorities = st.one_of(
    st.sampled_from([Majority(kind) for kind in MajorityKind if kind is not MajorityKind.CUSTOM]),
    st.builds(
        Majority,
        st.just(MajorityKind.CUSTOM),
        st.fractions(min_value=Fraction(1, 20), max_value=Fraction(19, 20), max_denominator=20),
        st.sampled_from(Base),
    ),
)


def adopts(majority: Majority, for_: int, against: int, abstain: int, present: int) -> bool:
    """The majority rules as the documentation states them, written out independently."""
    cast = for_ + against + abstain
    if majority.kind is MajorityKind.SIMPLE:
        return for_ > against
    if majority.kind is MajorityKind.CAST:
        return 2 * for_ > cast
    if majority.kind is MajorityKind.PRESENT:
        return 2 * for_ > present
    if majority.kind is MajorityKind.TWO_THIRDS:
        return for_ > 0 and 3 * for_ >= 2 * cast
    assert majority.fraction is not None
    return for_ > majority.fraction * (cast if majority.base is Base.CAST else present)


@FAST
@given(
    majorities,
    st.fractions(min_value=0, max_value=1, max_denominator=10),
    st.integers(0, 30),
    st.integers(0, 30),
    st.integers(0, 30),
    st.integers(0, 60),
    st.integers(0, 30),
)
def test_count_vote_follows_the_stated_rules(
    majority: Majority,
    share: Fraction,
    for_: int,
    against: int,
    abstain: int,
    present: int,
    absent: int,
) -> None:
    rules = VoteRules(majority, share)
    registered = present + absent
    if for_ + against + abstain > present:
        with pytest.raises(VoteError) as info:
            decide_count(CountTally(for_, against, abstain), rules, present, registered)
        assert info.value.code == "votes_above_present"
        return
    outcome = decide_count(CountTally(for_, against, abstain), rules, present, registered)
    if present < share * registered:
        assert outcome.result is Result.NO_QUORUM
    elif adopts(majority, for_, against, abstain, present):
        assert outcome.result is Result.ADOPTED
        assert for_ >= outcome.needed
    else:
        assert outcome.result is Result.REJECTED
        assert for_ < outcome.needed


@FAST
@given(
    st.lists(st.sampled_from(Choice), max_size=12),
    st.integers(0, 12),
    st.randoms(use_true_random=False),
    st.booleans(),
)
def test_named_vote_never_takes_more_ballots_than_present_and_ignores_order(
    choices: list[Choice], present: int, rnd: object, secret: bool
) -> None:
    def ballot(i: int, choice: Choice) -> Ballot:
        return Ballot(None, choice, f"b{i}") if secret else Ballot(f"p{i}", choice)

    ballots = [ballot(i, choice) for i, choice in enumerate(choices)]
    attending = voters(present)
    if len(ballots) > present:
        with pytest.raises(VoteError):
            decide_named(ballots, VoteRules(), attending, 20, secret=secret)
        return
    result = decide_named(ballots, VoteRules(), attending, 20, secret=secret)
    assert result.outcome.cast == len(ballots) <= present
    rnd.shuffle(ballots)  # type: ignore[attr-defined]
    assert decide_named(ballots, VoteRules(), attending, 20, secret=secret) == result


@FAST
@given(
    st.integers(1, 5),
    st.none() | st.integers(1, 5),
    st.integers(0, 6),
    st.lists(st.integers(0, 12), max_size=5),
)
def test_dot_totals_never_exceed_what_those_present_hold(
    per_participant: int, cap: int | None, present: int, dots: list[int]
) -> None:
    rules = DotRules(per_participant, cap)
    tallies = [DotTally(LETTERS[i], count) for i, count in enumerate(dots)]
    too_many = sum(dots) > per_participant * present or (
        cap is not None and any(count > cap * present for count in dots)
    )
    if too_many:
        with pytest.raises(VoteError):
            rank_dots(tallies, rules, present)
        return
    result = rank_dots(tallies, rules, present)
    assert result.cast <= result.available
    assert rank_dots(list(reversed(tallies)), rules, present) == result


@st.composite
def dot_ballots(draw: st.DrawFn, rules: DotRules) -> list[DotBallot]:
    cap = rules.cap_per_item or rules.dots_per_participant
    out = []
    for i in range(draw(st.integers(0, 6))):
        spread = draw(st.dictionaries(st.sampled_from("abcd"), st.integers(0, cap), max_size=4))
        assume(sum(spread.values()) <= rules.dots_per_participant)
        out.append(DotBallot.of(f"p{i}", spread))
    return out


@FAST
@given(st.data(), st.integers(0, 6))
def test_dots_per_participant_respect_present_and_order(data: st.DataObject, present: int) -> None:
    rules = DotRules(3, data.draw(st.none() | st.integers(1, 3)))
    ballots = data.draw(dot_ballots(rules))
    if len(ballots) > present:
        with pytest.raises(VoteError):
            rank_dot_ballots(ballots, rules, voters(present))
        return
    result = rank_dot_ballots(ballots, rules, voters(present))
    assert result.cast == sum(d for b in ballots for _, d in b.dots) <= result.available
    assert rank_dot_ballots(list(reversed(ballots)), rules, voters(present)) == result


scores = st.integers(0, 10) | st.floats(0, 10, allow_nan=False)


@FAST
@given(
    st.lists(st.tuples(st.integers(0, 7), st.sampled_from("xyz"), scores, scores), max_size=15),
    st.integers(0, 8),
    st.randoms(use_true_random=False),
)
def test_rating_respects_present_and_ignores_order(
    rows: list[tuple[int, str, float, float]], present: int, rnd: object
) -> None:
    unique = {(voter, item): (e, f) for voter, item, e, f in rows}
    ratings = [
        Rating.of(f"p{voter}", item, {"effect": e, "feasibility": f})
        for (voter, item), (e, f) in unique.items()
    ]
    if any(voter >= present for voter, _ in unique):
        with pytest.raises(VoteError) as info:
            rate(ratings, RatingRules(), voters(present))
        assert info.value.code == "voter_not_present"
        return
    result = rate(ratings, RatingRules(), voters(present))
    assert all(row.raters is not None and row.raters <= present for row in result.rows)
    rnd.shuffle(ratings)  # type: ignore[attr-defined]
    assert rate(ratings, RatingRules(), voters(present)) == result


@FAST
@given(st.integers(0, 10), st.integers(0, 10))
def test_rating_averages_never_claim_more_raters_than_present(raters: int, present: int) -> None:
    average = RatingAverage.of("x", {"effect": 5, "feasibility": 5}, raters=raters)
    if raters > present:
        with pytest.raises(VoteError):
            rate_averages([average], RatingRules(), present)
    else:
        assert rate_averages([average], RatingRules(), present).rows[0].raters == raters
