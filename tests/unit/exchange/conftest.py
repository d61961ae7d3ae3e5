"""Fixtures for exchange tests: a world of one secretariat and two platform laptops."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_world import World


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)
