"""A protected kit in the app: the laptop types its passphrase once (again after a wrong one,
or cancels); the secretariat may set one, typed twice, when it writes kits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from exchange_world import World
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from facilitator.exchange import kit, sealing
from facilitator.gui.controller import Controller
from facilitator.gui.exchange import dialogs
from facilitator.gui.exchange.passphrase import NewPassphraseDialog, OpenPassphraseDialog
from facilitator.services import platforms

SECRET = "blue whale 2026"  # QTest types ASCII only


def on_next_dialog(kind: type[QDialog], act: Callable[[Any], None]) -> None:
    """Run `act` on the next shown modal dialog of `kind` (polls: it opens modally)."""
    seen: list[int] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible() and id(dialog) not in seen:
            seen.append(id(dialog))
            act(dialog)
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def type_and_enter(qtbot: Any, field: QLineEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def protected_kit(world: World, number: int = 2) -> Path:
    with world.master() as sf:
        return kit.write_kit(sf, number, world.folder / "protected.fkit", SECRET)


def test_a_protected_kit_asks_for_its_passphrase_once(qtbot: Any, world: World) -> None:
    path = protected_kit(world)
    asked: list[OpenPassphraseDialog] = []

    def answer(dialog: OpenPassphraseDialog) -> None:
        asked.append(dialog)
        assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
        assert "protected.fkit" in dialog.findChildren(type(dialog.problem))[0].text()
        type_and_enter(qtbot, dialog.field, SECRET)

    on_next_dialog(OpenPassphraseDialog, answer)
    controller = Controller()
    assert controller.open_kit(path, world.folder / "new.fsession")
    assert len(asked) == 1 and not asked[0].problem.isVisibleTo(asked[0])
    assert controller.window is not None
    assert controller.window.platform_id == platforms.platform_by_number(2).id
    controller.close_session()


def test_a_wrong_passphrase_says_so_and_asks_again(qtbot: Any, world: World) -> None:
    path = protected_kit(world)
    problems: list[str] = []

    def second(dialog: OpenPassphraseDialog) -> None:
        problems.append(dialog.problem.text() if dialog.problem.isVisibleTo(dialog) else "")
        type_and_enter(qtbot, dialog.field, SECRET)

    def first(dialog: OpenPassphraseDialog) -> None:
        on_next_dialog(OpenPassphraseDialog, second)
        type_and_enter(qtbot, dialog.field, "blue whale 2025")

    on_next_dialog(OpenPassphraseDialog, first)
    controller = Controller()
    assert controller.open_kit(path, world.folder / "new.fsession")
    assert len(problems) == 1
    assert "does not fit the kit protected.fkit" in problems[0] and "Caps Lock" in problems[0]
    assert controller.window is not None
    controller.close_session()


def test_cancelling_the_passphrase_writes_nothing(qtbot: Any, world: World) -> None:
    path = protected_kit(world)

    def wrong_then_cancel(dialog: OpenPassphraseDialog) -> None:
        on_next_dialog(OpenPassphraseDialog, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
        type_and_enter(qtbot, dialog.field, "not the right one")

    on_next_dialog(OpenPassphraseDialog, wrong_then_cancel)
    controller = Controller()
    assert not controller.open_kit(path, world.folder / "new.fsession")
    assert controller.sf is None
    assert not (world.folder / "new.fsession").exists()
    assert controller.welcome is not None and controller.welcome.isVisible()  # back to start
    controller.welcome.close()


def test_kits_prepared_with_a_passphrase_typed_twice(qtbot: Any, world: World) -> None:
    target = world.folder / "kits"
    target.mkdir()
    problems: list[str] = []

    def fill(dialog: NewPassphraseDialog) -> None:
        assert dialog.first.echoMode() == QLineEdit.EchoMode.Password
        qtbot.keyClicks(dialog.first, SECRET)
        type_and_enter(qtbot, dialog.second, SECRET + "x")  # differs: the dialog stays
        problems.append(dialog.problem.text())
        assert dialog.isVisible()
        dialog.second.clear()
        type_and_enter(qtbot, dialog.second, SECRET)

    on_next_dialog(NewPassphraseDialog, fill)
    with world.master() as sf:
        paths = dialogs.prepare_kits(None, sf, target)
    assert problems == ["The two passphrases differ: type the same one twice."]
    assert len(paths) == 3 and all(kit.is_protected(p) for p in paths)
    with pytest.raises(sealing.WrongPassphrase):
        kit.open_kit(paths[0], world.folder / "l.fsession", passphrase="blue whale 2025")
    kit.open_kit(paths[0], world.folder / "l.fsession", passphrase=SECRET).close()


def test_a_short_passphrase_keeps_the_dialog_open(qtbot: Any) -> None:
    dialog = NewPassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "short")
    type_and_enter(qtbot, dialog.second, "short")
    assert dialog.isVisible() and "too short" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
