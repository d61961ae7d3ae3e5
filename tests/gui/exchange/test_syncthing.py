"""Live consolidation with Syncthing: a laptop's outbox reaches the secretariat's watched folder.

Two real Syncthing instances on 127.0.0.1 (discovery, relays and NAT off); the secretariat
side runs the app's BundleWatcher and import, as the window does. Bounded by 90 s."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from exchange_world import World
from syncthing_pair import Pair, syncthing_binary

from facilitator.gui.exchange import importing
from facilitator.store.db import SessionFile
from facilitator.store.models import Proposal

pytestmark = pytest.mark.skipif(
    syncthing_binary() is None,
    reason="the syncthing binary is missing (install the Debian package syncthing)",
)
BOUND_S = 90


ADD = """
import sys
from facilitator.exchange import laptop
from facilitator.services import proposals
from facilitator.store.db import open_session_file
sf = open_session_file(sys.argv[1])
proposals.add_proposal(sf, laptop.local_platform(sf) or "", sys.argv[2])
sf.close()
"""


def add_and_write(world: World, title: str, outbox: Path) -> Path:
    """On the laptop (its own process): one more proposal, then the CLI writes the bundle."""
    laptop_path = str(world.laptop_paths[1])
    subprocess.run([sys.executable, "-c", ADD, laptop_path, title], check=True, timeout=60)
    cli = [sys.executable, "-m", "facilitator", "--lang", "en", "bundle", "-o", str(outbox)]
    subprocess.run([*cli, laptop_path], check=True, timeout=60)
    (written,) = outbox.glob("*.fbundle")
    return written


def arrive_and_import(
    qtbot: Any, watcher: importing.BundleWatcher, sf: SessionFile, deadline: float, look: bool
) -> list[Path]:
    """Wait for the watcher to offer the bundle, then import it as the window does."""
    remaining_ms = max(1, int((deadline - time.monotonic()) * 1000))
    with qtbot.waitSignal(watcher.arrived, timeout=remaining_ms) as blocker:
        if look:
            watcher.scan()
    paths = [f.path for f in blocker.args[0]]
    report = importing.import_bundles(None, sf, paths, confirm=lambda _report: True)
    assert report is not None and report.changed_anything
    return paths


def titles() -> set[str]:
    return {p.title for p in Proposal.select()}


def test_bundles_and_a_rewritten_bundle_reach_the_secretariat_through_syncthing(
    qtbot: Any, world: World
) -> None:
    pair = Pair(world.folder / "syncthing")
    deadline = time.monotonic() + BOUND_S
    try:
        pair.start()
        pair.wait_connected(deadline)
        first = add_and_write(world, "Первое через Syncthing", pair.laptop.folder)
        pair.wait_arrived(first.name, deadline)
        with world.master() as sf:
            watcher = importing.BundleWatcher(sf, pair.secretariat.folder)
            received = pair.secretariat.folder / first.name
            assert arrive_and_import(qtbot, watcher, sf, deadline, look=True) == [received]
            assert "Первое через Syncthing" in titles()
            # more edits on the laptop: a new bundle under the same name replaces the first
            second = add_and_write(world, "Второе через Syncthing", pair.laptop.folder)
            assert second == first
            pair.wait_arrived(second.name, deadline)
            assert arrive_and_import(qtbot, watcher, sf, deadline, look=False) == [received]
            assert {"Первое через Syncthing", "Второе через Syncthing"} <= titles()
        assert time.monotonic() < deadline
    except BaseException:
        print(
            "laptop log:", pair.laptop.log_tail(), "secretariat log:", pair.secretariat.log_tail()
        )
        raise
    finally:
        pair.stop()
