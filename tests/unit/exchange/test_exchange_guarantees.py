"""The merge guarantees, one test each: idempotence, order, no reverts, tombstones, conflicts."""

from __future__ import annotations

import itertools
import json

from exchange_world import World

from facilitator.exchange import conflicts
from facilitator.exchange.merge import ALREADY, IMPORTED, OLDER
from facilitator.services import participants, proposals, records
from facilitator.store.models import Proposal, Tally, Vote


def add(world: World, number: int, title: str) -> str:
    return world.on_laptop(number, lambda sf, p: proposals.add_proposal(sf, p, title).id)


def edit(world: World, number: int, proposal_id: str, **fields: str) -> None:
    world.on_laptop(number, lambda sf, p: proposals.edit_proposal(sf, proposal_id, **fields))


def delete(world: World, number: int, proposal_id: str) -> None:
    world.on_laptop(number, lambda sf, p: proposals.delete_proposal(sf, proposal_id))


def master_title(world: World, proposal_id: str) -> tuple[str, bool]:
    with world.master():
        p = Proposal.get_by_id(proposal_id)
        return p.title, p.deleted


def test_new_records_arrive_with_their_counts(world: World) -> None:
    first = add(world, 1, "Дороги к индустриальному парку")
    report = world.merge(world.export(1))
    (b,) = report.bundles
    assert (b.status, b.platform, b.new, b.changed, b.conflicts) == (IMPORTED, 1, 1, 0, 0)
    assert b.unchanged > 0 and report.backup is not None
    assert master_title(world, first) == ("Дороги к индустриальному парку", False)


def test_same_bundle_twice_changes_nothing_and_says_already_imported(world: World) -> None:
    add(world, 1, "Одно")
    bundle = world.export(1)
    world.merge(bundle)
    before = world.snapshot()
    report = world.merge(bundle)
    assert report.bundles[0].status == ALREADY and report.backup is None
    assert not report.changed_anything
    assert world.snapshot() == before


def test_same_bundle_twice_in_one_merge(world: World) -> None:
    add(world, 1, "Одно")
    bundle = world.export(1)
    report = world.merge(bundle, bundle)
    assert [b.status for b in report.bundles] == [IMPORTED, ALREADY]


def test_dry_run_changes_nothing_but_reports_what_would(world: World) -> None:
    add(world, 1, "Одно")
    before = world.snapshot()
    report = world.merge(world.export(1), dry_run=True)
    assert report.dry_run and report.bundles[0].new == 1 and report.backup is None
    assert world.snapshot() == before


def test_bundles_in_any_order_give_the_same_result(world: World) -> None:
    a = add(world, 1, "A")
    b1 = world.export(1)
    edit(world, 1, a, title="A2")
    c = add(world, 2, "C")
    b2 = world.export(2)
    delete(world, 1, a)
    add(world, 1, "B")
    b3 = world.export(1)
    edit(world, 2, c, text="подробности")
    b4 = world.export(2)
    pristine = world.copy_master("pristine.fsession")
    results = []
    for order in itertools.permutations([b1, b2, b3, b4]):
        world.master_path.write_bytes(pristine.read_bytes())
        for bundle in order:
            world.merge(bundle)
        snap = world.snapshot()
        del snap["_imports"]  # an already superseded bundle is still logged
        results.append(snap)
    assert all(r == results[0] for r in results)


def test_older_bundle_after_newer_reverts_nothing(world: World) -> None:
    a = add(world, 1, "Старое название")
    old = world.export(1)
    edit(world, 1, a, title="Новое название")
    new = world.export(1)
    world.merge(new)
    report = world.merge(old)
    assert report.bundles[0].status == OLDER
    assert report.bundles[0].changed == 0 and report.bundles[0].conflicts == 0
    assert master_title(world, a) == ("Новое название", False)


def test_deletion_travels_as_tombstone_and_stale_bundle_never_brings_it_back(
    world: World,
) -> None:
    a = add(world, 1, "Удаляемое")
    stale = world.export(1)
    world.merge(stale)
    delete(world, 1, a)
    world.merge(world.export(1))
    assert master_title(world, a) == ("Удаляемое", True)
    world.merge(stale)
    assert master_title(world, a) == ("Удаляемое", True)


def test_tombstone_first_then_stale_creation(world: World) -> None:
    a = add(world, 1, "Удаляемое")
    stale = world.export(1)
    delete(world, 1, a)
    world.merge(world.export(1))
    world.merge(stale)
    assert master_title(world, a)[1] is True


def _vote_with_tally(sf, platform: str, proposal_id: str, figures: dict) -> str:
    vote = Vote.get_or_none(Vote.platform == platform)
    if vote is None:
        for person in participants.list_participants(platform):  # 3 present: counts fit
            participants.set_present(sf, person.id, platform, True)
        vote = records.create(
            sf,
            Vote,
            platform=platform,
            method="count",
            items=json.dumps([proposal_id]),
            opened_at="2026-06-05",
        )
    tally_id = "7" * 32  # ids of facts are derived from (vote, item): the same on every copy
    tally = Tally.get_or_none(Tally.id == tally_id)
    if tally is None:
        records.create(
            sf, Tally, id=tally_id, vote=vote.id, proposal=proposal_id, figures=json.dumps(figures)
        )
    else:
        records.update(sf, tally, figures=json.dumps(figures))
    return vote.id


def test_votes_never_count_twice(world: World) -> None:
    a = add(world, 1, "На голосование")
    world.on_laptop(
        1, lambda sf, p: _vote_with_tally(sf, p, a, {"for": 2, "against": 1, "abstain": 0})
    )
    first = world.export(1)
    world.merge(first)
    world.on_laptop(
        1, lambda sf, p: _vote_with_tally(sf, p, a, {"for": 1, "against": 1, "abstain": 1})
    )
    second = world.export(1)
    for bundle in (second, first, second):
        world.merge(bundle)
    with world.master():
        tallies = list(Tally.select().where(Tally.proposal == a))
        assert len(tallies) == 1
        assert json.loads(tallies[0].figures) == {"for": 1, "against": 1, "abstain": 1}
        assert Vote.select().where(Vote.items.contains(a)).count() == 1


def test_change_on_both_sides_becomes_a_conflict_not_an_overwrite(world: World) -> None:
    a = add(world, 1, "Исходное")
    world.merge(world.export(1))
    with world.master() as sf:
        proposals.edit_proposal(sf, a, title="Правка секретариата")
    edit(world, 1, a, title="Правка площадки")
    report = world.merge(world.export(1))
    assert report.bundles[0].conflicts == 1
    assert master_title(world, a) == ("Правка секретариата", False)
    with world.master() as sf:
        (c,) = conflicts.list_conflicts(sf)
    assert c["kind"] == "edit" and c["platform"] == 1 and c["entity"] == "proposal"
    assert {"name": "title", "mine": "Правка секретариата", "theirs": "Правка площадки"} in c[
        "fields"
    ]
    assert c["theirs"]["sequence"] == 2 and c["theirs"]["device"] != c["mine"]["device"]


def test_unchanged_on_laptop_keeps_secretariat_edit(world: World) -> None:
    a = add(world, 1, "Исходное")
    world.merge(world.export(1))
    with world.master() as sf:
        proposals.edit_proposal(sf, a, title="Правка секретариата")
    report = world.merge(world.export(1))
    assert report.bundles[0].conflicts == 0
    assert master_title(world, a) == ("Правка секретариата", False)


def test_same_change_on_both_sides_is_no_conflict(world: World) -> None:
    a = add(world, 1, "Исходное")
    world.merge(world.export(1))
    with world.master() as sf:
        proposals.edit_proposal(sf, a, title="Одинаково")
    edit(world, 1, a, title="Одинаково")
    assert world.merge(world.export(1)).bundles[0].conflicts == 0


def test_edit_racing_a_delete_is_a_conflict(world: World) -> None:
    a = add(world, 1, "Первое")
    b = add(world, 1, "Второе")
    world.merge(world.export(1))
    with world.master() as sf:
        proposals.delete_proposal(sf, a)
        proposals.edit_proposal(sf, b, title="Второе, правка")
    edit(world, 1, a, title="Первое, правка")
    delete(world, 1, b)
    report = world.merge(world.export(1))
    assert report.bundles[0].conflicts == 2
    with world.master() as sf:
        kinds = {c["record"]: c["kind"] for c in conflicts.list_conflicts(sf)}
    assert kinds == {a: "deleted_here", b: "deleted_there"}
    assert master_title(world, a) == ("Первое", True)
    assert master_title(world, b) == ("Второе, правка", False)


def _conflict_after_both_edit(world: World) -> tuple[str, int]:
    a = add(world, 1, "Исходное")
    world.merge(world.export(1))
    with world.master() as sf:
        proposals.edit_proposal(sf, a, title="Секретариат")
    edit(world, 1, a, title="Площадка")
    world.merge(world.export(1))
    with world.master() as sf:
        return a, conflicts.list_conflicts(sf)[0]["id"]


def test_resolve_take_theirs_then_later_edits_flow_without_conflict(world: World) -> None:
    a, cid = _conflict_after_both_edit(world)
    with world.master() as sf:
        conflicts.resolve(sf, cid, conflicts.THEIRS)
        assert conflicts.list_conflicts(sf) == []
    assert master_title(world, a) == ("Площадка", False)
    edit(world, 1, a, title="Площадка, снова")
    assert world.merge(world.export(1)).bundles[0].conflicts == 0
    assert master_title(world, a) == ("Площадка, снова", False)


def test_resolve_keep_mine_and_edit(world: World) -> None:
    a, cid = _conflict_after_both_edit(world)
    with world.master() as sf:
        conflicts.resolve(sf, cid, conflicts.MINE)
    assert master_title(world, a) == ("Секретариат", False)
    edit(world, 1, a, title="Площадка, снова")
    world.merge(world.export(1))
    with world.master() as sf:
        (c,) = conflicts.list_conflicts(sf)
        conflicts.resolve(sf, c["id"], conflicts.EDITED, {"title": "Согласовано"})
    assert master_title(world, a) == ("Согласовано", False)


def test_newer_platform_value_updates_the_open_conflict(world: World) -> None:
    a, _ = _conflict_after_both_edit(world)
    edit(world, 1, a, title="Площадка 2")
    world.merge(world.export(1))
    with world.master() as sf:
        (c,) = conflicts.list_conflicts(sf)
    assert c["theirs"]["values"]["title"] == "Площадка 2"


def test_secretariat_edit_after_kit_is_kept_when_laptop_never_touched_it(world: World) -> None:
    with world.master() as sf:
        original = Proposal.get(Proposal.title == "Первая: исходное предложение").id
        proposals.edit_proposal(sf, original, title="Уточнено секретариатом")
    world.merge(world.export(1))
    assert master_title(world, original) == ("Уточнено секретариатом", False)


def test_attendance_marked_at_the_desk_and_at_the_table_merges_as_one(world: World) -> None:
    from facilitator.services import participants
    from facilitator.store.models import Attendance

    def mark(sf: object, platform_id: str) -> str:
        person = next(p for p in participants.list_participants(platform_id) if "0" in p.full_name)
        participants.set_present(sf, person.id, platform_id, True)
        return person.id

    platform_id = world.platform_id(1)
    with world.master() as sf:
        person_id = mark(sf, platform_id)
    assert world.on_laptop(1, mark) == person_id
    report = world.merge(world.export(1))
    assert report.bundles[0].status == IMPORTED  # not refused as a clash
    with world.master():
        rows = Attendance.select().where(Attendance.participant == person_id)
        assert [a.present for a in rows] == [True]


def test_progress_follows_the_bundles_and_a_cancel_changes_nothing(world: World) -> None:
    from facilitator.exchange.merge import merge
    from facilitator.messages import FacilitatorError

    add(world, 1, "Первое")
    add(world, 2, "Второе")
    bundles = [(f"b{n}.fbundle", world.export(n)) for n in (1, 2)]
    before = world.snapshot()
    steps: list[tuple[int, int]] = []
    asked = iter([False, True])  # the secretariat presses Cancel after the first bundle
    with world.master() as sf:
        try:
            merge(
                sf,
                bundles,
                progress=lambda d, t: steps.append((d, t)),
                should_cancel=lambda: next(asked),
            )
        except FacilitatorError as err:
            assert "Cancelled" in err.format(lambda _c, text: text)
        else:
            raise AssertionError("the merge was not cancelled")
    assert steps == [(1, 2)]
    assert world.snapshot() == before  # rolled back: the first bundle is not half-kept
    with world.master() as sf:
        steps.clear()
        report = merge(sf, bundles, progress=lambda d, t: steps.append((d, t)))
    assert steps == [(1, 2), (2, 2)] and [b.status for b in report.bundles] == [IMPORTED] * 2
