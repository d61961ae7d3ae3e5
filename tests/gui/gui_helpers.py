"""Finding widgets the way a screen reader would: by their accessible names."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def by_name(root: QWidget, kind: type[W], name: str) -> W:
    """The one visible-or-not child of `kind` whose accessible name is `name`."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}"
    return found[0]
