"""An open vote's figures in a signed bundle are checked as the laptop checks them as they are
typed: against the platform's attendance once the bundle is applied (999 "for" with 18
present refuses the bundle as a whole; a possible count merges)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from exchange_world import World, change_rows

from facilitator.exchange import laptop
from facilitator.messages import FacilitatorError
from facilitator.services import participants, proposals, votes
from facilitator.store.models import Tally


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


def counted_vote(world: World, figures: dict[str, int]) -> tuple[bytes, str]:
    """Laptop 1: 18 present, an open count vote on a new proposal with these figures."""

    def act(sf: Any, platform: str) -> str:
        for i in range(15):  # with the platform's 3 people: 18
            participants.add_participant(sf, f"Пришедший Участник {i}", platform=platform)
        for person in participants.list_participants(platform):
            participants.set_present(sf, person.id, platform, True)
        item = proposals.add_proposal(sf, platform, "На голосование")
        vote = votes.start_vote(sf, platform, "count", [item.id])
        votes.record_tally(sf, vote.id, item.id, figures)
        return proposals.proposal_row(item.id).code

    code = world.on_laptop(1, act)
    return world.export(1), code


def refused(world: World, data: bytes) -> str:
    before = world.snapshot()
    with pytest.raises(FacilitatorError) as caught:
        world.merge(data)
    assert world.snapshot() == before  # nothing merged: not the people, not the proposal
    return str(caught.value)


def test_control_a_possible_count_merges(world: World) -> None:
    bundle, _ = counted_vote(world, {"for": 12, "against": 4, "abstain": 2})
    report = world.merge(bundle)
    assert report.bundles[0].new > 0
    with world.master():
        (tally,) = Tally.select().where(~Tally.deleted)
        assert json.loads(tally.figures) == {"for": 12, "against": 4, "abstain": 2}


def test_999_for_on_a_platform_of_18_present_is_refused(world: World) -> None:
    bundle, code = counted_vote(world, {"for": 12, "against": 4, "abstain": 2})

    def inflate(data: dict[str, Any]) -> None:
        at = data["columns"].index("figures")
        for row in data["rows"]:
            row[at] = json.dumps({"for": 999, "against": 0, "abstain": 0})

    forged = change_rows(bundle, world.signing_key(1), "tally", inflate)
    text = refused(world, forged)
    assert "platform 1 «Первая»" in text
    assert f"the open vote on {code} (round 1), item {code}: " in text
    assert "for 999" in text and "999 votes were given but only 18 people are present" in text
    for internal in (world.platform_id(1),):
        assert internal not in text


def test_the_attendance_checked_is_the_one_the_bundle_brings(world: World) -> None:
    """18 votes with 18 present is possible; the same bundle saying 10 of them left is not."""
    bundle, code = counted_vote(world, {"for": 18, "against": 0, "abstain": 0})

    def leave(data: dict[str, Any]) -> None:
        at = data["columns"].index("present")
        for row in data["rows"][:10]:
            row[at] = False

    forged = change_rows(bundle, world.signing_key(1), "attendance", leave)
    text = refused(world, forged)
    assert "18 votes were given but only 8 people are present" in text
    world.merge(bundle)  # the control: as the laptop wrote it, it merges


def test_a_count_tally_without_all_three_figures_is_refused(world: World) -> None:
    bundle, _ = counted_vote(world, {"for": 12, "against": 4, "abstain": 2})

    def drop_abstain(data: dict[str, Any]) -> None:
        at = data["columns"].index("figures")
        for row in data["rows"]:
            row[at] = json.dumps({"for": 12, "against": 4})

    text = refused(world, change_rows(bundle, world.signing_key(1), "tally", drop_abstain))
    assert "tally, row 1: the value of figures is invalid" in text


def test_the_laptop_refuses_to_export_what_the_secretariat_would_refuse(world: World) -> None:
    """18 counted, then 10 marked absent: the export says so, takes no sequence number; once
    the figures are corrected it exports and the secretariat merges it."""
    counted_vote(world, {"for": 18, "against": 0, "abstain": 0})

    def leave(sf: Any, platform: str) -> str:
        for person in participants.list_participants(platform)[:10]:
            participants.set_present(sf, person.id, platform, False)
        return str(sf.meta(laptop.SEQUENCE_KEY))

    sequence = world.on_laptop(1, leave)
    with pytest.raises(FacilitatorError) as caught:
        world.export(1)
    text = str(caught.value)
    assert text.startswith("The results cannot be exported: the open vote on 1.")
    assert "18 votes were given but only 8 people are present" in text
    assert world.on_laptop(1, lambda sf, p: sf.meta(laptop.SEQUENCE_KEY)) == sequence

    def correct(sf: Any, platform: str) -> None:
        (vote,) = votes.list_votes(platform)
        (item,) = json.loads(vote.items)
        votes.record_tally(sf, vote.id, item, {"for": 6, "against": 1, "abstain": 1})

    world.on_laptop(1, correct)
    world.merge(world.export(1))


def test_dot_totals_beyond_what_those_present_have_are_refused(world: World) -> None:
    """Dots are checked without ranking (the merge's fast path): 18 present with 3 dots each
    give at most 54; a forged 55 is refused, a possible 54 merges."""

    def dots_vote(sf: Any, platform: str) -> str:
        for i in range(15):
            participants.add_participant(sf, f"Пришедший Участник {i}", platform=platform)
        for person in participants.list_participants(platform):
            participants.set_present(sf, person.id, platform, True)
        item = proposals.add_proposal(sf, platform, "Стикеры")
        vote = votes.start_vote(sf, platform, "dots", [item.id], {"dots": 3})
        votes.record_tally(sf, vote.id, item.id, {"dots": 40})
        return proposals.proposal_row(item.id).code

    code = world.on_laptop(1, dots_vote)
    bundle = world.export(1)

    def dots(count: int) -> Any:
        def change(data: dict[str, Any]) -> None:
            at = data["columns"].index("figures")
            for row in data["rows"]:
                row[at] = json.dumps({"dots": count})

        return change

    text = refused(world, change_rows(bundle, world.signing_key(1), "tally", dots(55)))
    assert f"the open vote on {code} (round 1), item {code}: dots 55" in text
    world.merge(change_rows(bundle, world.signing_key(1), "tally", dots(54)))
    with world.master():
        (tally,) = Tally.select().where(~Tally.deleted)
        assert json.loads(tally.figures) == {"dots": 54}
