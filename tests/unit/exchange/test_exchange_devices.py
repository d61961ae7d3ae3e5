"""Merge bases per device: a re-issued kit loses nothing, and two laptops of a platform conflict."""

from __future__ import annotations

import pytest
from exchange_world import World

from facilitator.exchange.merge import IMPORTED
from facilitator.services import proposals
from facilitator.store.exchange_models import Conflict
from facilitator.store.models import Proposal

ORIGINAL = "Первая: исходное предложение"


@pytest.fixture
def pid(world: World) -> str:
    with world.master():
        return str(Proposal.get(Proposal.title == ORIGINAL).id)


def edit_on(world: World, laptop: int | str, pid: str, title: str) -> None:
    world.on_laptop(laptop, lambda sf, p: proposals.edit_proposal(sf, pid, title=title))


def edit_here(world: World, pid: str, title: str) -> None:
    with world.master() as sf:
        proposals.edit_proposal(sf, pid, title=title)


def title_and_conflicts(world: World, pid: str) -> tuple[str, list[str]]:
    with world.master():
        theirs = [c.theirs_device for c in Conflict.select().where(Conflict.record == pid)]
        return str(Proposal.get_by_id(pid).title), theirs


# (a) a laptop edit that arrives after a second kit was issued --------------------------------


def test_a_laptop_edit_older_than_a_reissued_kit_is_not_dropped(world: World, pid: str) -> None:
    edit_on(world, 1, pid, "Правка ноутбука")  # first, on the laptop (not yet brought in)
    edit_here(world, pid, "Правка секретариата")  # then at the secretariat
    world.second_kit(1, "spare")  # the base of the new kit is the secretariat's edit
    report = world.merge(world.export(1))
    assert report.bundles[0].conflicts == 1 and report.bundles[0].unchanged > 0
    title, conflicts = title_and_conflicts(world, pid)
    assert title == "Правка секретариата" and len(conflicts) == 1  # kept, and shown


def test_control_a_laptop_edit_after_a_reissued_kit_is_applied(world: World, pid: str) -> None:
    world.second_kit(1, "spare")
    edit_on(world, 1, pid, "Правка ноутбука")
    report = world.merge(world.export(1))
    assert (report.bundles[0].changed, report.bundles[0].conflicts) == (1, 0)
    assert title_and_conflicts(world, pid) == ("Правка ноутбука", [])


# (b) a secretariat edit is not overwritten ----------------------------------------------------


def test_a_secretariat_edit_is_not_overwritten_after_a_reissued_kit(world: World, pid: str) -> None:
    edit_here(world, pid, "Правка секретариата")
    world.second_kit(1, "spare")  # carries the secretariat's edit; laptop 1 never saw it
    edit_on(world, 1, pid, "Правка ноутбука")
    report = world.merge(world.export(1))
    assert report.bundles[0].conflicts == 1
    assert title_and_conflicts(world, pid)[0] == "Правка секретариата"


def test_control_a_secretariat_edit_stays_when_the_laptop_did_not_touch_it(
    world: World, pid: str
) -> None:
    edit_here(world, pid, "Правка секретариата")
    world.second_kit(1, "spare")
    world.on_laptop(1, lambda sf, p: proposals.add_proposal(sf, p, "Другое"))
    report = world.merge(world.export(1))
    assert (report.bundles[0].new, report.bundles[0].conflicts) == (1, 0)
    assert title_and_conflicts(world, pid) == ("Правка секретариата", [])


# (c) two laptops of one platform edit one proposal -----------------------------------------


@pytest.mark.parametrize("order", ["first, then spare", "spare, then first"])
def test_two_laptops_of_one_platform_editing_one_proposal_conflict(
    world: World, pid: str, order: str
) -> None:
    world.second_kit(1, "spare")
    edit_on(world, 1, pid, "Правка первого ноутбука")
    edit_on(world, "spare", pid, "Правка запасного ноутбука")
    first, spare = world.export(1), world.export("spare")
    bundles = (first, spare) if order.startswith("first") else (spare, first)
    world.merge(bundles[0])
    report = world.merge(bundles[1])
    assert report.bundles[0].conflicts == 1
    title, conflicts = title_and_conflicts(world, pid)
    assert len(conflicts) == 1
    assert title == (
        "Правка первого ноутбука" if order.startswith("first") else "Правка запасного ноутбука"
    )


def test_control_two_laptops_of_one_platform_editing_different_proposals(
    world: World, pid: str
) -> None:
    world.second_kit(1, "spare")
    edit_on(world, 1, pid, "Правка первого ноутбука")
    other = world.on_laptop("spare", lambda sf, p: proposals.add_proposal(sf, p, "С запасного").id)
    world.merge(world.export(1))
    report = world.merge(world.export("spare"))
    assert (report.bundles[0].status, report.bundles[0].new, report.bundles[0].conflicts) == (
        IMPORTED,
        1,
        0,
    )
    assert title_and_conflicts(world, pid) == ("Правка первого ноутбука", [])
    with world.master():
        assert Proposal.get_by_id(other).title == "С запасного"


def test_control_one_laptop_editing_twice_never_conflicts_with_itself(
    world: World, pid: str
) -> None:
    world.second_kit(1, "spare")
    edit_on(world, 1, pid, "Первая правка")
    world.merge(world.export(1))
    edit_on(world, 1, pid, "Вторая правка")
    report = world.merge(world.export(1))
    assert (report.bundles[0].changed, report.bundles[0].conflicts) == (1, 0)
    assert title_and_conflicts(world, pid) == ("Вторая правка", [])


def test_control_a_kit_issued_after_a_merge_starts_from_it(world: World, pid: str) -> None:
    edit_on(world, 1, pid, "Правка первого ноутбука")
    world.merge(world.export(1))
    world.second_kit(1, "spare")  # carries laptop 1's edit
    edit_on(world, "spare", pid, "Правка запасного поверх")
    report = world.merge(world.export("spare"))
    assert (report.bundles[0].changed, report.bundles[0].conflicts) == (1, 0)
    assert title_and_conflicts(world, pid) == ("Правка запасного поверх", [])


def test_a_file_from_before_per_device_bases_still_merges_from_its_platform_bases(
    world: World, pid: str
) -> None:
    with world.master() as sf:  # as version 1 kept them: one base per platform
        platform = str(Proposal.get_by_id(pid).platform_id)
        sf.db.execute_sql("UPDATE exchange_base SET platform = ?", (platform,))
    edit_on(world, 1, pid, "Правка ноутбука")
    report = world.merge(world.export(1))
    assert (report.bundles[0].changed, report.bundles[0].conflicts) == (1, 0)
    assert title_and_conflicts(world, pid) == ("Правка ноутбука", [])
