"""Named vote: open roll, secret ballots, and the refusals."""

from fractions import Fraction

import pytest

from facilitator.voting import Ballot, Choice, Result, VoteError, VoteRules, decide_named

RULES = VoteRules(quorum_share=Fraction(1, 2))
PRESENT = ["p1", "p2", "p3", "p4", "p5"]


def test_open_vote_reports_the_roll_and_who_did_not_vote() -> None:
    ballots = [
        Ballot("p3", Choice.AGAINST),
        Ballot("p1", Choice.FOR),
        Ballot("p2", Choice.FOR),
        Ballot("p5", Choice.ABSTAIN),
    ]
    named = decide_named(ballots, RULES, PRESENT, registered=8)
    assert named.outcome.result is Result.ADOPTED
    assert (named.outcome.for_, named.outcome.against, named.outcome.abstain) == (2, 1, 1)
    assert named.roll == (
        ("p1", Choice.FOR),
        ("p2", Choice.FOR),
        ("p3", Choice.AGAINST),
        ("p5", Choice.ABSTAIN),
    )
    assert named.not_voted == ("p4",)
    data = named.to_dict()
    assert data["method"] == "named"
    assert data["roll"][0] == {"voter": "p1", "choice": "for"}  # type: ignore[index]
    assert data["secret"] is False


def test_same_majority_rules_as_count() -> None:
    ballots = [Ballot("p1", Choice.FOR), Ballot("p2", Choice.AGAINST)]
    assert decide_named(ballots, RULES, PRESENT, 8).outcome.result is Result.REJECTED


def test_no_quorum() -> None:
    named = decide_named([Ballot("p1", Choice.FOR)], RULES, ["p1", "p2"], registered=8)
    assert named.outcome.result is Result.NO_QUORUM


def test_plain_strings_are_accepted_as_choices() -> None:
    named = decide_named([Ballot("p1", "for")], RULES, PRESENT, 8)  # type: ignore[arg-type]
    assert named.outcome.for_ == 1


def test_an_unknown_choice_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        decide_named([Ballot("p1", "maybe")], RULES, PRESENT, 8)  # type: ignore[arg-type]
    assert info.value.code == "choice_invalid"


def test_absent_voter_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        decide_named([Ballot("p9", Choice.FOR)], RULES, PRESENT, 8)
    assert info.value.code == "voter_not_present"
    assert info.value.params == {"voter": "p9"}


def test_voting_twice_is_refused() -> None:
    ballots = [Ballot("p1", Choice.FOR), Ballot("p1", Choice.AGAINST)]
    with pytest.raises(VoteError) as info:
        decide_named(ballots, RULES, PRESENT, 8)
    assert info.value.code == "voter_twice"


def test_open_ballot_without_a_name_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        decide_named([Ballot(None, Choice.FOR, "b1")], RULES, PRESENT, 8)
    assert info.value.code == "ballot_unnamed"


def test_secret_vote_keeps_no_names() -> None:
    ballots = [
        Ballot(None, Choice.FOR, "b1"),
        Ballot(None, Choice.FOR, "b2"),
        Ballot(None, Choice.AGAINST, "b3"),
    ]
    named = decide_named(ballots, RULES, PRESENT, 8, secret=True)
    assert named.outcome.result is Result.ADOPTED
    assert named.roll == ()
    assert named.not_voted == ()
    assert named.to_dict()["secret"] is True


def test_secret_ballot_with_a_name_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        decide_named([Ballot("p1", Choice.FOR, "b1")], RULES, PRESENT, 8, secret=True)
    assert info.value.code == "secret_ballot_named"


def test_secret_ballot_needs_an_id() -> None:
    with pytest.raises(VoteError) as info:
        decide_named([Ballot(None, Choice.FOR)], RULES, PRESENT, 8, secret=True)
    assert info.value.code == "ballot_id_missing"


def test_secret_ballot_counted_twice_is_refused() -> None:
    ballots = [Ballot(None, Choice.FOR, "b1"), Ballot(None, Choice.AGAINST, "b1")]
    with pytest.raises(VoteError) as info:
        decide_named(ballots, RULES, PRESENT, 8, secret=True)
    assert info.value.code == "ballot_twice"


def test_more_secret_ballots_than_present_are_refused() -> None:
    ballots = [Ballot(None, Choice.FOR, f"b{i}") for i in range(6)]
    with pytest.raises(VoteError) as info:
        decide_named(ballots, RULES, PRESENT, 8, secret=True)
    assert info.value.code == "votes_above_present"


def test_more_present_than_registered_is_refused() -> None:
    with pytest.raises(VoteError) as info:
        decide_named([], RULES, PRESENT, registered=4)
    assert info.value.code == "present_above_registered"
