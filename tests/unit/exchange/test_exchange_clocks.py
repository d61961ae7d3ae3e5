"""A laptop whose clock runs ahead: its bundle is held, never a silent jump of the session clock."""

from __future__ import annotations

from exchange_world import World

from facilitator.clock import version_millis, wall_ms
from facilitator.exchange import laptop
from facilitator.exchange.merge import HELD, IMPORTED, merge
from facilitator.services import proposals
from facilitator.store.exchange_models import ImportLog
from facilitator.store.models import Proposal

HOUR = 3_600_000


def bundle_from_clock(world: World, ahead_ms: int, title: str) -> tuple[bytes, str]:
    """A bundle with one new proposal made on laptop 1 whose wall clock runs `ahead_ms` ahead."""
    with world.laptop(1) as sf:
        sf.clock.now_ms = lambda: wall_ms() + ahead_ms
        pid = proposals.add_proposal(sf, laptop.local_platform(sf) or "", title).id
        return laptop.make_bundle(sf), pid


def master_clock_ahead_ms(world: World) -> int:
    with world.master() as sf:
        return version_millis(sf.tick()) - wall_ms()


def test_a_bundle_a_day_ahead_is_held_and_the_clock_stays(world: World) -> None:
    bundle, pid = bundle_from_clock(world, 24 * HOUR, "Из будущего")
    report = world.merge(bundle)
    (b,) = report.bundles
    assert b.status == HELD and report.held == [b] and b.ahead_hours >= 23.9
    assert b.new == 0 and not report.changed_anything
    with world.master():
        assert Proposal.get_or_none(Proposal.id == pid) is None
        assert ImportLog.select().count() == 0
    assert master_clock_ahead_ms(world) < HOUR


def test_the_preview_shows_a_held_bundle_with_its_counts_and_leaves_the_clock(
    world: World,
) -> None:
    bundle, _ = bundle_from_clock(world, 24 * HOUR, "Из будущего")
    with world.master() as sf:
        report = merge(sf, [("b.fbundle", bundle)], dry_run=True)
        (b,) = report.bundles
        assert (b.status, b.new) == (HELD, 1) and report.held
        assert version_millis(sf.tick()) - wall_ms() < HOUR  # the same open session


def test_accepting_a_held_bundle_merges_it(world: World) -> None:
    bundle, pid = bundle_from_clock(world, 24 * HOUR, "Из будущего")
    with world.master() as sf:
        report = merge(sf, [("b.fbundle", bundle)], accept_ahead=True)
        assert report.bundles[0].status == IMPORTED and report.bundles[0].new == 1
        assert Proposal.get_by_id(pid).title == "Из будущего"
    assert master_clock_ahead_ms(world) > 23 * HOUR  # adopted, as the person agreed


def test_control_a_clock_eleven_hours_ahead_merges_as_usual(world: World) -> None:
    bundle, pid = bundle_from_clock(world, 11 * HOUR, "Чуть впереди")
    report = world.merge(bundle)
    assert report.bundles[0].status == IMPORTED and not report.held
    with world.master():
        assert Proposal.get_by_id(pid).title == "Чуть впереди"


def test_other_bundles_of_the_same_merge_go_in_beside_a_held_one(world: World) -> None:
    ahead, _ = bundle_from_clock(world, 24 * HOUR, "Из будущего")
    pid = world.on_laptop(2, lambda sf, p: proposals.add_proposal(sf, p, "Вовремя").id)
    report = world.merge(ahead, world.export(2))
    assert sorted(b.status for b in report.bundles) == [HELD, IMPORTED]
    with world.master():
        assert Proposal.get_by_id(pid).title == "Вовремя"
