"""The watched folder's core: temporary names, files still being written, refusals once."""

from __future__ import annotations

import os
from pathlib import Path

from exchange_world import World

from facilitator.exchange import folder, laptop
from facilitator.exchange.merge import merge_files
from facilitator.services import proposals


class Clock:
    def __init__(self) -> None:
        self.now = 2_000_000_000.0  # later than any file's modification time

    def __call__(self) -> float:
        return self.now


def fresh(path: Path, clock: Clock) -> None:
    """Give the file a modification time of 'just now' by the test's clock."""
    ns = int(clock.now * 1e9)
    os.utime(path, ns=(ns, ns))


def names(found: list[folder.Found]) -> list[str]:
    return [f.path.name for f in found]


def test_temporary_names_of_sync_tools_and_copies_are_never_read(world: World) -> None:
    inbox = world.folder / "inbox"
    inbox.mkdir()
    data = world.export(1)
    for name in (
        ".syncthing.platform-01.fbundle.tmp",
        "platform-01.fbundle.part",
        "~$platform-01.fbundle",
        "platform-01.fbundle.tmp",
        ".platform-01.fbundle",
    ):
        (inbox / name).write_bytes(data)
    assert folder.bundle_files(inbox) == []
    (inbox / "platform-01.fbundle").write_bytes(data)
    with world.master() as sf:
        assert names(folder.scan_folder(sf, inbox)) == ["platform-01.fbundle"]


def test_a_growing_file_waits_until_it_settles_then_is_offered(world: World) -> None:
    inbox = world.folder / "inbox"
    inbox.mkdir()
    data = world.export(1)
    clock = Clock()
    scan = folder.FolderScan(inbox, settle_s=1.0, clock=clock)
    path = inbox / "platform-01.fbundle"
    with world.master() as sf:
        path.write_bytes(data[:100])  # the copy has begun
        fresh(path, clock)
        assert scan.scan(sf).waiting == [path]
        clock.now += 0.5
        path.write_bytes(data[: len(data) // 2])  # still growing
        fresh(path, clock)
        result = scan.scan(sf)
        assert result.found == [] and result.waiting == [path]
        clock.now += 0.9  # changed 0.9 s ago: not settled yet
        path.write_bytes(data)
        fresh(path, clock)
        assert scan.scan(sf).waiting == [path]
        clock.now += 1.1  # unchanged for longer than the interval
        result = scan.scan(sf)
        assert names(result.found) == ["platform-01.fbundle"] and result.found[0].error is None
        assert result.waiting == []
        assert scan.scan(sf).found == []  # offered once


def test_a_damaged_file_is_reported_once_and_checked_again_when_it_changes(world: World) -> None:
    inbox = world.folder / "inbox"
    inbox.mkdir()
    data = world.export(1)
    clock = Clock()
    scan = folder.FolderScan(inbox, settle_s=1.0, clock=clock)
    path = inbox / "platform-01.fbundle"
    path.write_bytes(data[:-40])  # a copy that stopped half-way, then settled
    with world.master() as sf:
        result = scan.scan(sf)  # an old file has settled already
        assert names(result.found) == ["platform-01.fbundle"] and result.found[0].error
        clock.now += 10
        assert scan.scan(sf).found == []  # said once, not at every look
        path.write_bytes(data)  # the sync tool finished the file
        fresh(path, clock)
        assert scan.scan(sf).found == []  # just changed: waits
        clock.now += 2
        result = scan.scan(sf)
        assert names(result.found) == ["platform-01.fbundle"] and result.found[0].error is None


def test_a_rewritten_bundle_is_offered_again_and_imported_ones_are_not(world: World) -> None:
    inbox = world.folder / "inbox"
    inbox.mkdir()
    with world.laptop(1) as sf:
        path = laptop.write_bundle(sf, inbox)
    scan = folder.FolderScan(inbox, settle_s=0.0)
    with world.master() as sf:
        assert names(scan.scan(sf).found) == [path.name]
        merge_files(sf, [path])
        other = folder.FolderScan(inbox, settle_s=0.0)
        assert other.scan(sf).found == []  # imported already: a new look leaves it out
    with world.laptop(1) as sf:  # more edits, a new bundle under the same name
        proposals.add_proposal(sf, laptop.local_platform(sf) or "", "Ещё одно")
        assert laptop.write_bundle(sf, inbox) == path
    with world.master() as sf:
        found = scan.scan(sf).found
        assert names(found) == [path.name] and found[0].error is None
