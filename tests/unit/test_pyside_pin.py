"""PySide6 6.12 crashes under Python 3.11 (a None refcount bug) and runs clean on 3.12: the pin
holds it back below 3.12 only, and CI tests both (.ci/run)."""

from __future__ import annotations

import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]


def pyside_allows(python: str, pyside: str) -> bool:
    """Whether pyproject's dependencies let `pyside` be installed under `python`."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [Requirement(text) for text in project["dependencies"]]
    environment = {"python_version": python, "python_full_version": python + ".0"}
    applying = [
        r
        for r in wanted
        if r.name.lower() == "pyside6-essentials"
        and (r.marker is None or r.marker.evaluate(environment))
    ]
    assert len(applying) == 1, f"one PySide6 requirement applies to Python {python}"
    return applying[0].specifier.contains(pyside)


@pytest.mark.parametrize("python, allowed", [("3.11", False), ("3.12", True), ("3.13", True)])
def test_pyside_612_is_held_back_only_below_python_312(python: str, allowed: bool) -> None:
    assert pyside_allows(python, "6.12.0") is allowed
    assert pyside_allows(python, "6.11.1")


def test_the_installed_pyside_fits_this_python() -> None:
    installed = Version(version("PySide6-Essentials"))
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert pyside_allows(running, str(installed))
