"""Voting GUI fixtures: the shared filled session with everyone present, a vote control."""

from __future__ import annotations

from typing import Any

import pytest

from facilitator.gui.voting.control import VoteControl
from facilitator.services import participants, platforms, proposals


class FakeClock:
    """A monotonic clock the test moves by hand: the timer runs without real waiting."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def platform_id(filled: Any) -> str:
    return str(platforms.list_platforms()[0].id)


@pytest.fixture
def present(filled: Any, platform_id: str) -> list[str]:
    """Everyone on platform 1 marked present (three people); their ids in name order."""
    people = participants.list_participants(platform_id)
    for person in people:
        participants.set_present(filled, person.id, platform_id, True)
    return [p.id for p in people]


@pytest.fixture
def items(filled: Any, platform_id: str, present: list[str]) -> list[proposals.ProposalRow]:
    """The three proposals of platform 1, in number order (codes 1.1, 1.2, 1.3)."""
    return proposals.list_proposals(platform_id)


@pytest.fixture
def control(qtbot: Any, filled: Any, platform_id: str, present: list[str]) -> VoteControl:
    return VoteControl(filled, platform_id)
