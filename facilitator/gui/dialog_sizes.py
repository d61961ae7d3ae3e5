"""Dialogs open at a size that shows their content, and at the size they were last left."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog

from facilitator.gui import settings


def saved_size(name: str) -> QSize | None:
    width, _, height = settings.DIALOG_SIZES.get_for(name).partition("x")
    if not (width.isdigit() and height.isdigit()):
        return None
    return QSize(int(width), int(height))


def fit(dialog: QDialog, name: str, default: QSize) -> None:
    """Size `dialog` as last left (else `default`), never larger than its screen."""
    size = saved_size(name) or default
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(size.width(), screen.width()), min(size.height(), screen.height()))
    dialog.finished.connect(lambda _result: remember(dialog, name))


def remember(dialog: QDialog, name: str) -> None:
    settings.DIALOG_SIZES.set_for(name, f"{dialog.width()}x{dialog.height()}")
