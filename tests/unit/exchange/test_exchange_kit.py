"""Platform kits: what they carry, the laptop session made from them, and their refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_world import World

from facilitator.exchange import kit, laptop
from facilitator.exchange.files import write_atomically
from facilitator.messages import FacilitatorError
from facilitator.services import participants, platforms, proposals
from facilitator.store.exchange_models import PlatformKey
from facilitator.store.models import Proposal, Session


def test_laptop_session_is_the_same_session_limited_to_its_platform(world: World) -> None:
    with world.master() as sf:
        session_id = sf.session.id
        platform_id = platforms.platform_by_number(2).id
    with world.laptop(2) as sf:
        assert sf.session.id == session_id and sf.session.title == "Сессия"
        assert Session.select().count() == 1
        assert [p.title for p in platforms.list_platforms()] == ["Первая", "Вторая", "Третья"]
        assert laptop.local_platform(sf) == platform_id
        people = participants.list_participants()
        assert len(people) == 3 and {p.platform_id for p in people} == {platform_id}
        assert [p.title for p in proposals.list_proposals()] == ["Вторая: исходное предложение"]


def test_kit_keeps_the_public_key_and_the_voting_rules(tmp_path: Path) -> None:
    world = World(tmp_path, kits=())
    with world.master() as sf:
        sf.set_meta("voting_rules", '{"majority": "two_thirds"}')
        kit.write_kits(sf, tmp_path)
        assert PlatformKey.select().count() == 3
    sf = kit.open_kit(tmp_path / "platform-03.fkit", tmp_path / "l3.fsession")
    try:
        assert sf.meta("voting_rules") == '{"majority": "two_thirds"}'
        assert len(sf.meta(laptop.SIGNING_KEY)) == 64
    finally:
        sf.close()


def test_kit_carries_the_chair_and_the_secretary(tmp_path: Path) -> None:
    from facilitator.services.session import edit_session

    world = World(tmp_path, kits=())
    with world.master() as sf:
        edit_session(sf, chair="Орлов Пётр Сергеевич", secretary_position="Секретарь")
        kit.write_kit(sf, 1, tmp_path / "p1.fkit")
    sf = kit.open_kit(tmp_path / "p1.fkit", tmp_path / "l1.fsession")
    try:
        assert (sf.session.chair, sf.session.secretary_position) == (
            "Орлов Пётр Сергеевич",
            "Секретарь",
        )
    finally:
        sf.close()


def test_laptop_edits_sort_after_the_kit(world: World) -> None:
    with world.laptop(1) as sf:
        newest = max(p.version for p in Proposal.select())
        assert sf.tick() > newest


def test_kit_open_refuses_an_existing_file(world: World) -> None:
    with pytest.raises(FacilitatorError, match="already exists"):
        kit.open_kit(world.folder / "p1.fkit", world.laptop_paths[2])


def test_kit_open_refuses_a_bundle(world: World) -> None:
    path = write_atomically(world.folder / "b.fbundle", world.export(1))
    with pytest.raises(FacilitatorError, match="results bundle, not a platform kit"):
        kit.open_kit(path, world.folder / "new.fsession")
    assert not (world.folder / "new.fsession").exists()


def test_kit_open_refuses_a_damaged_kit(world: World) -> None:
    data = (world.folder / "p1.fkit").read_bytes()
    (world.folder / "bad.fkit").write_bytes(data[:-40])
    with pytest.raises(FacilitatorError, match="damaged"):
        kit.open_kit(world.folder / "bad.fkit", world.folder / "new.fsession")


def test_no_kit_from_a_platform_session(world: World) -> None:
    with world.laptop(1) as sf, pytest.raises(FacilitatorError, match="platform's session"):
        kit.make_kit(sf, 1)


def test_no_bundle_from_the_secretariat(world: World) -> None:
    with (
        world.master() as sf,
        pytest.raises(FacilitatorError, match="not opened from a platform kit"),
    ):
        laptop.make_bundle(sf)


def test_bundle_sequence_increases(world: World) -> None:
    with world.laptop(1) as sf:
        first = laptop.write_bundle(sf, world.folder)
        second = laptop.write_bundle(sf, world.folder)
        assert first == second and sf.meta(laptop.SEQUENCE_KEY) == "2"
    assert not list(world.folder.glob(".*.tmp"))
