"""Concurrent edits merge field by field: one side's change is applied, only both sides' clash."""

from __future__ import annotations

import pytest
from exchange_world import World

from facilitator.exchange import conflicts
from facilitator.services import proposals
from facilitator.store.models import Proposal


def original(world: World) -> str:
    """Platform 1's proposal made by the secretariat: in every kit of platform 1."""
    platform = world.platform_id(1)
    with world.master():
        return str(proposals.list_proposals(platform)[0].id)


def edit_here(world: World, proposal_id: str, **fields: str) -> None:
    with world.master() as sf:
        proposals.edit_proposal(sf, proposal_id, **fields)


def edit_there(world: World, laptop: int | str, proposal_id: str, **fields: str) -> None:
    world.on_laptop(laptop, lambda sf, p: proposals.edit_proposal(sf, proposal_id, **fields))


def stored(world: World, proposal_id: str, *names: str) -> tuple[str, ...]:
    with world.master():
        record = Proposal.get_by_id(proposal_id)
        return tuple(getattr(record, name) for name in names)


def open_conflicts(world: World) -> list[dict[str, object]]:
    with world.master() as sf:
        return conflicts.list_conflicts(sf)


@pytest.mark.parametrize("here_first", [True, False])
def test_different_fields_here_and_there_make_no_conflict(world: World, here_first: bool) -> None:
    a = original(world)
    if here_first:  # the secretariat's edit is older than the platform's, or newer
        edit_here(world, a, responsible="Минпромторг")
        edit_there(world, 1, a, title="Дороги, уточнено")
    else:
        edit_there(world, 1, a, title="Дороги, уточнено")
        edit_here(world, a, responsible="Минпромторг")
    report = world.merge(world.export(1))
    assert (report.bundles[0].conflicts, report.bundles[0].changed) == (0, 1)
    assert stored(world, a, "title", "responsible") == ("Дороги, уточнено", "Минпромторг")
    assert open_conflicts(world) == []
    edit_there(world, 1, a, title="Дороги, снова")  # later edits flow, ours is still kept
    assert world.merge(world.export(1)).bundles[0].conflicts == 0
    assert stored(world, a, "title", "responsible") == ("Дороги, снова", "Минпромторг")


@pytest.mark.parametrize("order", [("one", "spare"), ("spare", "one")])
def test_two_laptops_editing_different_fields_merge_in_either_order(
    world: World, order: tuple[str, str]
) -> None:
    a = original(world)
    world.second_kit(1, "spare")
    world.laptop_paths["one"] = world.laptop_paths[1]
    edit_there(world, "one", a, title="Заголовок с первого")
    edit_there(world, "spare", a, text="Текст со второго")
    bundles = {name: world.export(name) for name in order}
    for name in order:
        assert world.merge(bundles[name]).bundles[0].conflicts == 0
    assert stored(world, a, "title", "text") == ("Заголовок с первого", "Текст со второго")


@pytest.mark.parametrize("order", [("one", "spare"), ("spare", "one")])
def test_two_laptops_editing_one_field_still_conflict_in_either_order(
    world: World, order: tuple[str, str]
) -> None:
    a = original(world)
    world.second_kit(1, "spare")
    world.laptop_paths["one"] = world.laptop_paths[1]
    edit_there(world, "one", a, title="Первый", text="Текст первого")
    edit_there(world, "spare", a, title="Второй", responsible="Минэкономразвития")
    bundles = {name: world.export(name) for name in order}
    for name in order:
        world.merge(bundles[name])
    (conflict,) = open_conflicts(world)
    assert [f["name"] for f in conflict["fields"]] == ["title"]  # type: ignore[index]
    title, text, responsible = stored(world, a, "title", "text", "responsible")
    assert (text, responsible) == ("Текст первого", "Минэкономразвития")
    assert title == {"one": "Первый", "spare": "Второй"}[order[0]]  # the first kept until decided


def test_only_the_fields_both_changed_are_offered_and_taking_theirs_keeps_ours(
    world: World,
) -> None:
    a = original(world)
    edit_here(world, a, title="Секретариат", responsible="Минпромторг")
    edit_there(world, 1, a, title="Площадка", text="Текст площадки")
    report = world.merge(world.export(1))
    assert report.bundles[0].conflicts == 1
    (conflict,) = open_conflicts(world)
    assert conflict["fields"] == [{"name": "title", "mine": "Секретариат", "theirs": "Площадка"}]
    # the platform's one-sided text is in already; our one-sided responsible stays
    assert stored(world, a, "text", "responsible") == ("Текст площадки", "Минпромторг")
    with world.master() as sf:
        conflicts.resolve(sf, int(conflict["id"]), conflicts.THEIRS)  # type: ignore[call-overload]
    assert stored(world, a, "title", "text", "responsible") == (
        "Площадка",
        "Текст площадки",
        "Минпромторг",
    )
    edit_there(world, 1, a, text="Текст, снова")
    assert world.merge(world.export(1)).bundles[0].conflicts == 0
    assert stored(world, a, "title", "text", "responsible") == (
        "Площадка",
        "Текст, снова",
        "Минпромторг",
    )


def test_a_deletion_against_an_edit_of_another_field_is_still_the_whole_record(
    world: World,
) -> None:
    a = original(world)
    edit_here(world, a, responsible="Минпромторг")
    world.on_laptop(1, lambda sf, p: proposals.delete_proposal(sf, a))
    assert world.merge(world.export(1)).bundles[0].conflicts == 1
    (conflict,) = open_conflicts(world)
    assert conflict["kind"] == "deleted_there"
    assert stored(world, a, "deleted", "responsible") == (False, "Минпромторг")


def test_a_base_without_its_row_falls_back_to_a_whole_record_conflict(world: World) -> None:
    """A base whose row was not kept (a file from before bases kept rows, edited then):
    every differing field is offered."""
    a = original(world)
    edit_here(world, a, responsible="Минпромторг")
    with world.master() as sf:
        sf.db.execute_sql("UPDATE exchange_base SET content = ''")
    edit_there(world, 1, a, title="Дороги, уточнено")
    assert world.merge(world.export(1)).bundles[0].conflicts == 1
    (conflict,) = open_conflicts(world)
    assert {f["name"] for f in conflict["fields"]} == {"title", "responsible"}  # type: ignore[attr-defined]


def test_a_base_keeps_its_row_only_once_the_row_here_changes(world: World) -> None:
    """While the session holds the very row a base stands for, the base stores nothing (the
    merge stays fast); the edit that changes the row here first gives the base that row."""
    a = original(world)

    def contents() -> list[str]:
        with world.master() as sf:
            sql = "SELECT content FROM exchange_base WHERE record = ?"
            return [c for (c,) in sf.db.connection().execute(sql, (a,))]

    assert contents() and all(c == "" for c in contents())  # the kit's base: the row here
    (title,) = stored(world, a, "title")
    edit_here(world, a, responsible="Минпромторг")
    assert contents() and all(title in c and "Минпромторг" not in c for c in contents())
    edit_there(world, 1, a, title="Дороги, уточнено")
    assert world.merge(world.export(1)).bundles[0].conflicts == 0
    assert stored(world, a, "title", "responsible") == ("Дороги, уточнено", "Минпромторг")
