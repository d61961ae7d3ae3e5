"""Revoking a platform's kits (a lost stick): its bundles are refused; a replacement kit works."""

from __future__ import annotations

import pytest
from exchange_world import World

from facilitator.cli import main
from facilitator.exchange import revoke
from facilitator.messages import FacilitatorError
from facilitator.services import proposals
from facilitator.store.models import Proposal


def add_on(world: World, laptop: int | str, title: str) -> str:
    return str(world.on_laptop(laptop, lambda sf, p: proposals.add_proposal(sf, p, title).id))


def test_a_revoked_kit_is_refused_and_its_replacement_merges(world: World) -> None:
    before = add_on(world, 1, "До отзыва")
    world.merge(world.export(1))
    add_on(world, 1, "После отзыва")
    late = world.export(1)
    with world.master() as sf:
        assert revoke.revoke_kits(sf, 1) == 1
        assert revoke.revoke_kits(sf, 1) == 0  # already revoked
    snapshot = world.snapshot()
    with pytest.raises(FacilitatorError, match=r"platform 1 «Первая» that was revoked on"):
        world.merge(late)
    assert world.snapshot() == snapshot
    with world.master():
        assert Proposal.get_by_id(before).title == "До отзыва"  # what came before stays
    world.second_kit(1, "replacement")
    replaced = add_on(world, "replacement", "С новым комплектом")
    assert world.merge(world.export("replacement")).bundles[0].new == 1
    with world.master():
        assert Proposal.get_by_id(replaced).title == "С новым комплектом"


def test_control_other_platforms_are_not_touched(world: World) -> None:
    with world.master() as sf:
        revoke.revoke_kits(sf, 1)
    add_on(world, 2, "Вторая площадка")
    assert world.merge(world.export(2)).bundles[0].new == 1


def test_only_the_secretariat_revokes(world: World) -> None:
    with world.laptop(1) as sf, pytest.raises(FacilitatorError, match="secretariat"):
        revoke.revoke_kits(sf, 1)


def test_kit_revoke_command(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kit-revoke", str(world.master_path), "--platform", "2"]) == 0
    assert "Kits of platform 2 revoked: 1" in capsys.readouterr().out
    with pytest.raises(FacilitatorError, match="revoked"):
        world.merge(world.export(2))
