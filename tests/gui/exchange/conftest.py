"""GUI exchange tests reuse the unit tests' world of a secretariat and two laptops."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "unit" / "exchange"))

from exchange_world import World


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


@pytest.fixture(autouse=True)
def stop_watchers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every BundleWatcher made in a test stops with it, as the window stops its own."""
    from facilitator.gui.exchange import importing

    made: list[importing.BundleWatcher] = []
    init = importing.BundleWatcher.__init__

    def recorded(self: importing.BundleWatcher, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(importing.BundleWatcher, "__init__", recorded)
    yield
    for watcher in made:
        watcher.stop()
