"""Facilitator: run strategic sessions offline and export the resolution to Word."""

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _distribution_version


def version() -> str:
    """The installed version, from the package metadata (pyproject.toml is its one source)."""
    try:
        return _distribution_version("facilitator")
    except PackageNotFoundError:  # a checkout run without installing it
        return "unknown"
