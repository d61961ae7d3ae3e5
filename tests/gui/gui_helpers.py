"""Finding widgets the way a screen reader would (by their accessible names); keys as typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

W = TypeVar("W", bound=QWidget)


def by_name(root: QWidget, kind: type[W], name: str) -> W:
    """The one visible-or-not child of `kind` whose accessible name is `name`."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r}"
    return found[0]


def press(
    qtbot: Any, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed where the keyboard focus is (or on the active window)."""
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, mods)
    QApplication.processEvents()


def type_text(qtbot: Any, text: str) -> None:
    for character in text:
        qtbot.keyClicks(QApplication.focusWidget(), character)
        QApplication.processEvents()


def when_shown(kind: type[QWidget], act: Callable[[Any], None], done: list[str]) -> None:
    """Run `act` in the modal `kind` once it is up and has the keys: a modal blocks the key
    that opened it, so what happens inside it is arranged before that key."""
    tries = [0]

    def look() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, kind) and QApplication.activeWindow() is shown:
            act(shown)
            done.append(kind.__name__)
        elif tries[0] < 250:  # five seconds
            tries[0] += 1
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def type_path(qtbot: Any, dialog: QFileDialog, text: str) -> None:
    """A file name typed into Qt's file dialog, then Enter until the dialog takes it."""
    type_text(qtbot, text)
    for _ in range(3):  # the first Enter may only take the completion list's suggestion
        press(qtbot, Qt.Key.Key_Return)
        if not dialog.isVisible():
            break
    assert not dialog.isVisible()


def back_to(qtbot: Any, window: QWidget) -> None:
    """A closed dialog gives the keys back to its window (the window manager's part)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
