"""A laptop opened from a platform's kit works on that platform only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from facilitator.demo import write_demo
from facilitator.exchange.kit import write_kits
from facilitator.gui import settings
from facilitator.gui.controller import Controller
from facilitator.services import platforms
from facilitator.store.db import open_session_file


def test_a_kit_opens_on_its_own_platform_and_lists_no_other(qtbot: Any, tmp_path: Path) -> None:
    master = tmp_path / "master.fsession"
    write_demo(master, filled=True)
    sf = open_session_file(master)
    kits = write_kits(sf, tmp_path)
    sf.close()
    laptop = tmp_path / "laptop3.fsession"
    controller = Controller()
    assert controller.open_kit(kits[2], laptop)
    window = controller.window
    own = platforms.platform_by_number(3).id
    first = platforms.platform_by_number(1).id
    assert window.platform_id == own
    assert window.sidebar.model.rowCount() == 1
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.platform_id == own  # there is no other platform to step to
    controller.close_session()

    settings.remember_platform(str(laptop), first)
    assert controller.open_path(str(laptop))  # opened again later: still its own platform
    assert controller.window.platform_id == own
    assert controller.window.sidebar.model.rowCount() == 1
    controller.close_session()


def test_the_secretariat_lists_every_platform(qtbot: Any, tmp_path: Path) -> None:
    master = tmp_path / "master.fsession"
    write_demo(master, filled=True)
    controller = Controller()
    assert controller.open_path(str(master))
    assert controller.window.sidebar.model.rowCount() == 7
    controller.close_session()


def test_recent_sessions_name_the_laptops_platform(qtbot: Any, tmp_path: Path) -> None:
    master = tmp_path / "master.fsession"
    write_demo(master, filled=True)
    sf = open_session_file(master)
    kits = write_kits(sf, tmp_path)
    sf.close()
    controller = Controller()
    assert controller.open_kit(kits[1], tmp_path / "laptop2.fsession")
    controller.back_to_welcome()
    shown = controller.welcome.recent_model.index(0).data()
    assert "platform 2 laptop" in shown and "laptop2.fsession" in shown
    controller.welcome.close()  # a welcome left open would be taken for a later test's window
