"""Majority rules, quorum and the rules' stored form."""

from fractions import Fraction

import pytest

from facilitator.voting import Base, Majority, MajorityKind, VoteError, VoteRules, as_fraction
from facilitator.voting.rules import quorum_needed


@pytest.mark.parametrize(
    ("majority", "cast", "against", "present", "needed"),
    [
        (Majority(MajorityKind.SIMPLE), 10, 4, 12, 5),
        (Majority(MajorityKind.SIMPLE), 0, 0, 12, 1),
        (Majority(MajorityKind.CAST), 10, 0, 12, 6),
        (Majority(MajorityKind.CAST), 11, 0, 12, 6),
        (Majority(MajorityKind.PRESENT), 5, 0, 12, 7),
        (Majority(MajorityKind.PRESENT), 5, 0, 13, 7),
        (Majority(MajorityKind.TWO_THIRDS), 9, 0, 12, 6),
        (Majority(MajorityKind.TWO_THIRDS), 10, 0, 12, 7),
        (Majority(MajorityKind.TWO_THIRDS), 0, 0, 12, 1),
        (Majority(MajorityKind.CUSTOM, Fraction(3, 5), Base.CAST), 10, 0, 20, 7),
        (Majority(MajorityKind.CUSTOM, Fraction(3, 5), Base.PRESENT), 10, 0, 20, 13),
        (Majority(MajorityKind.CUSTOM, Fraction(1, 4), Base.CAST), 0, 0, 20, 1),
    ],
)
def test_needed(majority: Majority, cast: int, against: int, present: int, needed: int) -> None:
    assert majority.needed(cast, against, present) == needed


@pytest.mark.parametrize(
    ("share", "registered", "needed"),
    [
        (Fraction(1, 2), 10, 5),
        (Fraction(1, 2), 11, 6),
        (Fraction(2, 3), 10, 7),
        (Fraction(0), 9, 0),
        (Fraction(1), 9, 9),
        (Fraction(1, 2), 0, 0),
    ],
)
def test_quorum_needed_is_ceiling_of_share(share: Fraction, registered: int, needed: int) -> None:
    assert quorum_needed(share, registered) == needed


def test_custom_needs_a_fraction() -> None:
    with pytest.raises(VoteError) as info:
        Majority(MajorityKind.CUSTOM)
    assert info.value.code == "fraction_missing"


def test_only_custom_takes_a_fraction() -> None:
    with pytest.raises(VoteError) as info:
        Majority(MajorityKind.SIMPLE, Fraction(1, 2))
    assert info.value.code == "fraction_unexpected"


@pytest.mark.parametrize("fraction", [Fraction(0), Fraction(1), Fraction(-1, 2), Fraction(3, 2)])
def test_custom_fraction_must_lie_strictly_between_zero_and_one(fraction: Fraction) -> None:
    with pytest.raises(VoteError) as info:
        Majority(MajorityKind.CUSTOM, fraction)
    assert info.value.code == "share_out_of_range"


@pytest.mark.parametrize("share", [Fraction(-1, 10), Fraction(11, 10)])
def test_quorum_share_must_lie_in_zero_to_one(share: Fraction) -> None:
    with pytest.raises(VoteError) as info:
        VoteRules(quorum_share=share)
    assert info.value.code == "share_out_of_range"
    assert "quorum share" in str(info.value)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (0.6, Fraction(3, 5)),
        ("0.6", Fraction(3, 5)),
        ("2/3", Fraction(2, 3)),
        (1, Fraction(1)),
        (Fraction(1, 3), Fraction(1, 3)),
    ],
)
def test_as_fraction_reads_numbers_as_written(raw: object, value: Fraction) -> None:
    assert as_fraction(raw) == value  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["half", "1/0", True, None])
def test_as_fraction_refuses_non_fractions(raw: object) -> None:
    with pytest.raises(VoteError) as info:
        as_fraction(raw)  # type: ignore[arg-type]
    assert info.value.code == "fraction_invalid"


@pytest.mark.parametrize(
    "rules",
    [
        VoteRules(),
        VoteRules(Majority(MajorityKind.TWO_THIRDS), Fraction(0)),
        VoteRules(Majority(MajorityKind.CUSTOM, Fraction(3, 5), Base.PRESENT), Fraction(2, 3)),
    ],
)
def test_rules_round_trip_through_dict(rules: VoteRules) -> None:
    assert VoteRules.from_dict(rules.to_dict()) == rules


def test_default_rules_are_simple_majority_and_half_quorum() -> None:
    assert VoteRules().to_dict() == {"majority": {"kind": "simple"}, "quorum_share": "1/2"}


def test_malformed_rules_are_refused() -> None:
    with pytest.raises(VoteError) as info:
        VoteRules.from_dict({"majority": {"kind": "plurality"}})
    assert info.value.code == "rules_invalid"
