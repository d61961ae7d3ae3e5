"""GUI exchange tests reuse the unit tests' world of a secretariat and two laptops."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "unit" / "exchange"))

from exchange_world import World


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)
