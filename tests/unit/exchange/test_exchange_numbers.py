"""Numbers across devices: one series per writer; a shared number settled the same in any order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from exchange_world import World

from facilitator import numbering
from facilitator.exchange import kit
from facilitator.exchange.merge import merge
from facilitator.importing.votes import import_votes
from facilitator.services import proposals, votes
from facilitator.store.db import open_session_file


def codes(path: Path) -> dict[str, str]:
    sf = open_session_file(path)
    try:
        return {row.id: row.code for row in proposals.list_proposals()}
    finally:
        sf.close()


def add_on(world: World, laptop_name: int | str, title: str) -> str:
    return str(world.on_laptop(laptop_name, lambda sf, p: proposals.add_proposal(sf, p, title).id))


def test_code_and_parse() -> None:
    assert numbering.code(3, 41) == "3.41"
    assert numbering.code(3, numbering.SERIES + 7) == "3.б7"
    assert numbering.code(3, numbering.SECRETARIAT_SERIES * numbering.SERIES + 5) == "3.с5"
    assert numbering.code(3, 41, earlier=1) == "3.41-2"
    for number, earlier in ((41, 0), (numbering.SERIES + 7, 0), (41, 1)):
        text = numbering.code(3, number, earlier)
        assert numbering.parse_code(text, 3) == (number, earlier)
        assert numbering.parse_code(text.split(".", 1)[1], 3) == (number, earlier)
    assert numbering.parse_code("4.41", 3) is None
    assert numbering.parse_code("3.щ1", 3) is None


def test_the_secretariat_numbers_in_its_own_series_once_a_kit_is_out(world: World) -> None:
    platform1, platform3 = world.platform_id(1), world.platform_id(3)
    with world.master() as sf:
        here = proposals.add_proposal(sf, platform1, "Добавлено секретариатом").id
        plain = proposals.add_proposal(sf, platform3, "Площадка без комплекта").id
    there = add_on(world, 1, "Добавлено на площадке")
    world.merge(world.export(1))
    found = codes(world.master_path)
    assert (found[here], found[there], found[plain]) == ("1.с1", "1.2", "3.2")
    assert len(set(found.values())) == len(found)


def test_a_second_kit_numbers_in_its_own_series_and_the_table_number_stays(
    world: World,
) -> None:
    world.second_kit(1, "spare")
    first = add_on(world, 1, "С первого ноутбука")
    spare = add_on(world, "spare", "Со второго ноутбука")
    at_tables = {**codes(world.laptop_paths[1]), **codes(world.laptop_paths["spare"])}
    assert (at_tables[first], at_tables[spare]) == ("1.2", "1.б1")
    world.merge(world.export("spare"), world.export(1))
    found = codes(world.master_path)
    assert (found[first], found[spare]) == ("1.2", "1.б1")  # as seen at the tables
    assert len(set(found.values())) == len(found)


@pytest.fixture
def one_kit_twice(world: World) -> tuple[bytes, bytes, str, str]:
    """Platform 1's kit opened on a second laptop too: both number 1.2."""
    twin = world.folder / "laptop1-again.fsession"
    kit.open_kit(world.folder / "p1.fkit", twin).close()
    world.laptop_paths["again"] = twin
    first = add_on(world, 1, "Первым записано")
    second = add_on(world, "again", "Вторым записано")

    def vote(sf: Any, platform: str) -> None:
        votes.start_vote(sf, platform, "count", [second])

    world.on_laptop("again", vote)
    return world.export(1), world.export("again"), first, second


def test_a_shared_number_is_settled_the_same_whatever_the_merge_order(
    world: World, one_kit_twice: tuple[bytes, bytes, str, str]
) -> None:
    bundle1, bundle2, first, second = one_kit_twice
    other = world.copy_master("other-order.fsession")
    report = world.merge(bundle1, bundle2)
    sf = open_session_file(other)
    try:
        merge(sf, [("b1", bundle2)])
        merge(sf, [("b2", bundle1)])
    finally:
        sf.close()
    found = codes(world.master_path)
    assert (found[first], found[second]) == ("1.2", "1.2-2")
    assert codes(other) == found
    assert len(set(found.values())) == len(found)
    twins = [t for b in report.bundles for t in b.numbers]
    assert twins == [
        {"proposal_id": second, "title": "Вторым записано", "number": "1.2", "shown_as": "1.2-2"}
    ]


def test_votes_follow_their_proposal_and_import_by_the_shown_code(
    world: World, one_kit_twice: tuple[bytes, bytes, str, str], tmp_path: Path
) -> None:
    bundle1, bundle2, first, second = one_kit_twice
    world.merge(bundle2, bundle1)
    table = tmp_path / "votes.csv"
    table.write_text("пункт;за;против;воздержались\n1.2-2;0;0;0\n", encoding="utf-8")
    with world.master() as sf:
        platform = proposals.get_proposal(second).platform
        (vote,) = votes.list_votes(platform.id)
        assert json.loads(vote.items) == [second]  # the laptop's vote, on its own proposal
        results = import_votes(sf, platform, table)
    assert list(results) == [second]  # "1.2-2" is the twin, not the proposal showing 1.2


def test_a_bundle_of_a_platform_deleted_since_its_kit_is_refused_by_title(world: World) -> None:
    from facilitator.messages import FacilitatorError
    from facilitator.services import platforms

    add_on(world, 1, "Новое")
    bundle, platform = world.export(1), world.platform_id(1)
    with world.master() as sf:
        platforms.delete_platform(sf, platform)
    before = world.snapshot()
    with pytest.raises(FacilitatorError, match="«Первая», which was deleted"):
        world.merge(bundle)
    assert world.snapshot() == before
    with world.master() as sf:
        platforms.restore_platform(sf, platform, 1)
    assert world.merge(bundle).bundles[0].new == 1  # restored: it merges


def test_a_renumbered_platform_is_named_by_title_with_both_numbers(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from facilitator.cli import main
    from facilitator.services import platforms

    add_on(world, 1, "Новое")
    path = world.folder / "b.fbundle"
    path.write_bytes(world.export(1))
    platform = world.platform_id(1)
    with world.master() as sf:
        platforms.move_platform(sf, platform, 3)
    assert main(["merge", str(world.master_path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "platform 3 «Первая»" in out and "number 1 when its kit was made" in out
