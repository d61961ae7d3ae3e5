"""A laptop touches only its platform, and a signed bundle holds only what local input could."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from exchange_world import World, change_rows

from facilitator.exchange import laptop
from facilitator.messages import FacilitatorError
from facilitator.services import participants, platforms, proposals, session, votes
from facilitator.services.validate import MAX_TEXT
from facilitator.store.models import Participant, Proposal, Vote


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path, guests=("Гость Секретариата",))


def guest_id(world: World) -> str:
    with world.master():
        return str(Participant.get(Participant.full_name == "Гость Секретариата").id)


def person_of(world: World, number: int) -> str:
    platform = world.platform_id(number)
    with world.master():
        return participants.list_participants(platform)[0].id


def refused(world: World, data: bytes, *words: str) -> str:
    before = world.snapshot()
    with pytest.raises(FacilitatorError) as caught:
        world.merge(data)
    assert world.snapshot() == before
    text = str(caught.value)
    for word in words:
        assert word in text, text
    return text


# --- the laptop's services -------------------------------------------------------------------


@pytest.mark.parametrize(
    "action",
    [
        lambda sf, p, g, o: participants.edit_participant(sf, g, full_name="Переименован"),
        lambda sf, p, g, o: participants.delete_participant(sf, g),
        lambda sf, p, g, o: participants.edit_participant(sf, g, platform=p),
        lambda sf, p, g, o: participants.add_participant(sf, "Новый гость"),
        lambda sf, p, g, o: participants.edit_participant(sf, o, full_name="Чужой"),
        lambda sf, p, g, o: participants.delete_participant(sf, o),
        lambda sf, p, g, o: session.edit_session(sf, title="Другая сессия"),
        lambda sf, p, g, o: platforms.edit_platform(sf, p, title="Моя площадка"),
        lambda sf, p, g, o: platforms.add_platform(sf, "Лишняя"),
        lambda sf, p, g, o: platforms.move_platform(sf, p, 3),
        lambda sf, p, g, o: votes.set_default_rules(sf, votes.default_rules(sf)),
    ],
    ids=[
        "rename guest",
        "delete guest",
        "claim guest",
        "add guest",
        "rename other",
        "delete other",
        "session",
        "platform",
        "add platform",
        "move platform",
        "rules",
    ],
)
def test_a_laptop_refuses_edits_outside_its_platform(world: World, action: Any) -> None:
    guest, other = guest_id(world), person_of(world, 2)
    with world.laptop(1) as sf:
        platform = laptop.local_platform(sf) or ""
        with pytest.raises(FacilitatorError):
            action(sf, platform, guest, other)
    with world.laptop(1):
        assert Participant.get_by_id(guest).full_name == "Гость Секретариата"
        assert not Participant.get_by_id(guest).deleted


def test_control_a_laptop_edits_its_own_people_and_registers_a_guest_here(world: World) -> None:
    guest = guest_id(world)

    def work(sf: Any, platform: str) -> None:
        mine = participants.list_participants(platform)[0].id
        participants.edit_participant(sf, mine, full_name="Уточнённое имя")
        participants.add_participant(sf, "Пришёл на площадку", platform=platform)
        participants.set_present(sf, guest, platform, True)  # a guest registered here

    world.on_laptop(1, work)
    report = world.merge(world.export(1))
    assert report.bundles[0].changed + report.bundles[0].new >= 3


def test_the_secretariat_may_still_do_all_of_it(world: World) -> None:
    guest, platform = guest_id(world), world.platform_id(1)
    with world.master() as sf:
        participants.edit_participant(sf, guest, full_name="Гость, уточнено")
        session.edit_session(sf, title="Сессия 2")
        platforms.edit_platform(sf, platform, title="Площадка 1")
        assert Participant.get_by_id(guest).full_name == "Гость, уточнено"


def test_a_laptop_refuses_an_over_long_text_the_secretariat_would_refuse(world: World) -> None:
    too_long = "я" * (MAX_TEXT + 1)
    with world.laptop(1) as sf, pytest.raises(FacilitatorError, match="too long"):
        proposals.add_proposal(sf, laptop.local_platform(sf) or "", "Длинное", text=too_long)
    pid = world.on_laptop(
        1, lambda sf, p: proposals.add_proposal(sf, p, "Ровно", text="я" * MAX_TEXT).id
    )
    assert world.merge(world.export(1)).bundles[0].new == 1  # the limit itself travels
    with world.master():
        assert len(Proposal.get_by_id(pid).text) == MAX_TEXT


# --- what a bundle may carry ------------------------------------------------------------------


def _set(column: str, value: Any, row: int = -1) -> Any:
    def change(data: dict[str, Any]) -> None:
        data["rows"][row][data["columns"].index(column)] = value

    return change


@pytest.fixture
def bundle(world: World) -> bytes:
    world.on_laptop(1, lambda sf, p: proposals.add_proposal(sf, p, "Предложение"))
    return world.export(1)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("kind", "bogus"),
        ("status", "принято"),  # an alias the import reads, never a stored value
        ("deadline", "2026-13-45"),
        ("deadline", "05.06.2026"),
        ("number", 0),
        ("title", "   "),
        ("title", ""),
        ("text", "управляющий\x07символ"),
    ],
)
def test_a_proposal_value_local_input_could_not_make_is_refused(
    world: World, bundle: bytes, column: str, value: Any
) -> None:
    forged = change_rows(bundle, world.signing_key(1), "proposal", _set(column, value))
    refused(world, forged, "proposal, row", column)


def test_a_participant_without_a_platform_is_refused(world: World, bundle: bytes) -> None:
    forged = change_rows(bundle, world.signing_key(1), "participant", _set("platform", None))
    refused(world, forged, "participant, row", "another platform")


def test_a_bundle_claiming_a_guest_is_refused_as_a_whole(world: World, bundle: bytes) -> None:
    guest = guest_id(world)

    def claim(data: dict[str, Any]) -> None:
        row = list(data["rows"][0])
        row[data["columns"].index("id")] = guest
        row[data["columns"].index("full_name")] = "Теперь наш"
        data["rows"].append(row)

    refused(world, change_rows(bundle, world.signing_key(1), "participant", claim), "guest")


def test_control_a_person_the_secretariat_moved_does_not_refuse_the_bundle(world: World) -> None:
    person, second = person_of(world, 1), world.platform_id(2)
    with world.master() as sf:
        participants.edit_participant(sf, person, platform=second)
    world.on_laptop(1, lambda sf, p: participants.edit_participant(sf, person, role="эксперт"))
    report = world.merge(world.export(1))
    # moved here, the role edited there: different fields, each side's change is kept
    assert (report.bundles[0].conflicts, report.bundles[0].changed) == (0, 1)
    with world.master():
        moved = Participant.get_by_id(person)
        assert (moved.platform_id, moved.role) == (second, "эксперт")


# --- votes ------------------------------------------------------------------------------------


def closed_count_vote(world: World) -> tuple[bytes, str]:
    """Laptop 1: three present, a count vote on one proposal, 2 for 1 against, closed."""

    def vote(sf: Any, platform: str) -> str:
        for person in participants.list_participants(platform):
            participants.set_present(sf, person.id, platform, True)
        pid = proposals.add_proposal(sf, platform, "На голосование").id
        v = votes.start_vote(sf, platform, "count", [pid])
        votes.record_tally(sf, v.id, pid, {"for": 2, "against": 1, "abstain": 0})
        votes.close_vote(sf, v.id)
        return str(v.id)

    vote_id = world.on_laptop(1, vote)
    return world.export(1), vote_id


def test_control_a_closed_vote_merges_with_its_result(world: World) -> None:
    bundle, vote_id = closed_count_vote(world)
    world.merge(bundle)
    with world.master():
        (result,) = json.loads(Vote.get_by_id(vote_id).results).values()
        assert result["for"] == 2 and result["result"] == "adopted"


def test_a_locked_result_that_its_tallies_do_not_give_is_refused(world: World) -> None:
    bundle, _ = closed_count_vote(world)

    def inflate(data: dict[str, Any]) -> None:
        i = data["columns"].index("results")
        results = json.loads(data["rows"][-1][i])
        for item in results.values():
            item["for"] = 999
        data["rows"][-1][i] = json.dumps(results)

    refused(
        world, change_rows(bundle, world.signing_key(1), "vote", inflate), "vote, row", "results"
    )


def test_a_tally_of_999_for_on_a_platform_of_three_is_refused(world: World) -> None:
    bundle, _ = closed_count_vote(world)
    forged = change_rows(
        bundle,
        world.signing_key(1),
        "tally",
        _set("figures", json.dumps({"for": 999, "against": 1, "abstain": 0})),
    )
    refused(world, forged, "vote, row", "locked result", "present")


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("method", "lottery"),
        ("status", "half-closed"),
        ("round", 0),
        ("settings", json.dumps({"rules": {"majority": {"kind": "nonsense"}}})),
        ("items", json.dumps(["not an id"])),
        ("results", "{not json"),
    ],
)
def test_a_vote_value_local_input_could_not_make_is_refused(
    world: World, column: str, value: Any
) -> None:
    bundle, _ = closed_count_vote(world)
    forged = change_rows(bundle, world.signing_key(1), "vote", _set(column, value))
    refused(world, forged, "vote, row", column)


def open_count_vote(world: World) -> bytes:
    """Laptop 1: three present, an open count vote with one tally (2, 1, 0)."""

    def vote(sf: Any, platform: str) -> None:
        for person in participants.list_participants(platform):
            participants.set_present(sf, person.id, platform, True)
        pid = proposals.add_proposal(sf, platform, "На голосование").id
        v = votes.start_vote(sf, platform, "count", [pid])
        votes.record_tally(sf, v.id, pid, {"for": 2, "against": 1, "abstain": 0})

    world.on_laptop(1, vote)
    return world.export(1)


def test_control_an_open_vote_with_its_figures_merges(world: World) -> None:
    report = world.merge(open_count_vote(world))
    assert report.bundles[0].new >= 3  # the proposal, the vote, the tally (and attendance)


@pytest.mark.parametrize(
    "figures",
    [
        {"for": -1, "against": 0, "abstain": 0},
        {"for": "2", "against": 1, "abstain": 0},
        {"for": True, "against": 1, "abstain": 0},
        {"votes": 3},
        {"for": 10**9, "against": 0, "abstain": 0},
        {},
        [2, 1, 0],
    ],
    ids=["negative", "text", "boolean", "unknown key", "more than any forum", "empty", "list"],
)
def test_an_open_vote_figure_local_input_could_not_make_is_refused(
    world: World, figures: Any
) -> None:
    forged = change_rows(
        open_count_vote(world), world.signing_key(1), "tally", _set("figures", json.dumps(figures))
    )
    refused(world, forged, "tally, row", "figures")


def open_named_vote(world: World) -> tuple[bytes, str]:
    def vote(sf: Any, platform: str) -> str:
        people = participants.list_participants(platform)
        for person in people:
            participants.set_present(sf, person.id, platform, True)
        pid = proposals.add_proposal(sf, platform, "Поимённо").id
        v = votes.start_vote(sf, platform, "named", [pid])
        votes.record_ballot(sf, v.id, people[0].id, {pid: "for"})
        return str(pid)

    pid = world.on_laptop(1, vote)
    return world.export(1), pid


def test_ballots_in_a_form_the_method_does_not_give_are_refused(world: World) -> None:
    bundle, pid = open_named_vote(world)
    assert world.copy_master("before.fsession")
    for choices in ({pid: "maybe"}, {"f" * 32: "for"}, [[pid]]):
        forged = change_rows(
            bundle, world.signing_key(1), "ballot", _set("choices", json.dumps(choices))
        )
        refused(world, forged, "ballot, row", "choices")
    assert world.merge(bundle).bundles[0].new >= 3  # control: the ballot as given
