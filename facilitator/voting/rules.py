"""Majority rules and quorum: how many votes for are needed, and how many people present."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from facilitator.voting.errors import QT_TRANSLATE_NOOP, VoteError


class MajorityKind(StrEnum):
    """Which majority adopts a motion."""

    SIMPLE = "simple"  # for > against
    CAST = "cast"  # for > 1/2 of votes cast (for + against + abstain)
    PRESENT = "present"  # for > 1/2 of those present
    TWO_THIRDS = "two_thirds"  # for >= 2/3 of votes cast
    CUSTOM = "custom"  # for > fraction x base


class Base(StrEnum):
    """What a custom fraction is taken of."""

    CAST = "cast"
    PRESENT = "present"


def as_fraction(value: Fraction | int | float | str) -> Fraction:
    """An exact fraction from 0.6, "0.6", "3/5" or Fraction(3, 5); floats are read as written."""
    try:
        if isinstance(value, bool):
            raise TypeError
        return Fraction(repr(value) if isinstance(value, float) else value)
    except (TypeError, ValueError, ZeroDivisionError):
        raise VoteError(
            "fraction_invalid",
            QT_TRANSLATE_NOOP("Voting", "{value} is not a fraction."),
            value=str(value),
        ) from None


def _check_share(name: str, value: Fraction, low_open: bool, high_open: bool) -> None:
    too_low = value <= 0 if low_open else value < 0
    too_high = value >= 1 if high_open else value > 1
    if too_low or too_high:
        raise VoteError(
            "share_out_of_range",
            QT_TRANSLATE_NOOP("Voting", "The {name} {value} is out of range."),
            name=name,
            value=str(value),
        )


@dataclass(frozen=True, slots=True)
class Majority:
    """A majority rule; `fraction` and `base` are used (and required) only by CUSTOM."""

    kind: MajorityKind = MajorityKind.SIMPLE
    fraction: Fraction | None = None
    base: Base = Base.CAST

    def __post_init__(self) -> None:
        if self.kind is MajorityKind.CUSTOM:
            if self.fraction is None:
                raise VoteError(
                    "fraction_missing",
                    QT_TRANSLATE_NOOP("Voting", "A custom majority needs a fraction."),
                )
            _check_share("majority fraction", self.fraction, low_open=True, high_open=True)
        elif self.fraction is not None:
            raise VoteError(
                "fraction_unexpected",
                QT_TRANSLATE_NOOP("Voting", "Only a custom majority takes a fraction."),
            )

    def needed(self, cast: int, against: int, present: int) -> int:
        """The fewest votes for that adopt the motion (never less than one)."""
        if self.kind is MajorityKind.SIMPLE:
            return against + 1
        if self.kind is MajorityKind.CAST:
            return cast // 2 + 1
        if self.kind is MajorityKind.PRESENT:
            return present // 2 + 1
        if self.kind is MajorityKind.TWO_THIRDS:
            return max(1, math.ceil(Fraction(2 * cast, 3)))
        assert self.fraction is not None
        base = cast if self.base is Base.CAST else present
        return math.floor(self.fraction * base) + 1

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": str(self.kind)}
        if self.kind is MajorityKind.CUSTOM:
            out["fraction"] = str(self.fraction)
            out["base"] = str(self.base)
        return out


def quorum_needed(share: Fraction, registered: int) -> int:
    """The fewest present that make a quorum: ceil(share x registered)."""
    return math.ceil(share * registered)


@dataclass(frozen=True, slots=True)
class VoteRules:
    """The rules of a for/against/abstain vote: its majority and its quorum share."""

    majority: Majority = field(default_factory=Majority)
    quorum_share: Fraction = Fraction(1, 2)

    def __post_init__(self) -> None:
        _check_share("quorum share", self.quorum_share, low_open=False, high_open=False)

    def to_dict(self) -> dict[str, object]:
        return {"majority": self.majority.to_dict(), "quorum_share": str(self.quorum_share)}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> VoteRules:
        """Rules read back from `to_dict()` output; anything malformed is refused."""
        raw = data.get("majority", {})
        majority = raw if isinstance(raw, Mapping) else {}
        try:
            kind = MajorityKind(str(majority.get("kind", "simple")))
            base = Base(str(majority.get("base", "cast")))
        except ValueError:
            raise VoteError(
                "rules_invalid",
                QT_TRANSLATE_NOOP("Voting", "The voting rules are not understood: {rules}."),
                rules=str(dict(data)),
            ) from None
        fraction = majority.get("fraction")
        return cls(
            majority=Majority(
                kind=kind,
                fraction=None if fraction is None else as_fraction(str(fraction)),
                base=base,
            ),
            quorum_share=as_fraction(str(data.get("quorum_share", "1/2"))),
        )
