"""A moderator's day at a 1366×768 laptop, keys only: kit, attendance, capture, vote, projector."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import press, type_path, type_text, when_shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from facilitator.demo import write_demo
from facilitator.exchange.kit import write_kits
from facilitator.gui.controller import Controller
from facilitator.services import participants, platforms, proposals
from facilitator.store.db import open_session_file
from facilitator.vocabulary import ADOPTED, REJECTED, RESOLUTION_ITEM

CTRL, ALT, SHIFT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
)
NAMES = [f"{surname} A." for surname in (
    "Abramov", "Belov", "Chernov", "Denisov", "Egorov", "Fomin",
    "Gusev", "Hodakov", "Ilyin", "Kozlov", "Lebedev", "Makarov",
)]  # fmt: skip


def laptop_of_platform_1(tmp_path: Path) -> Path:
    master = tmp_path / "master.fsession"
    write_demo(master)
    sf = open_session_file(master)
    first = platforms.list_platforms()[0].id
    for name in NAMES:
        participants.add_participant(sf, name, organisation="Plant", platform=first)
    kits = write_kits(sf, tmp_path)
    sf.close()
    return kits[0]


def test_a_moderators_day_by_keyboard(qtbot: Any, tmp_path: Path) -> None:
    kit = laptop_of_platform_1(tmp_path)
    laptop = tmp_path / "laptop.fsession"
    # the kit by keys: Alt+K on the welcome window, its path, then where the laptop keeps it
    controller = Controller()
    controller.show_welcome()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is controller.welcome)
    done: list[str] = []

    def choose_kit(dialog: QFileDialog) -> None:
        type_path(qtbot, dialog, str(kit))
        when_shown(QFileDialog, save_as, done)  # the next one opens once this one is gone

    def save_as(dialog: QFileDialog) -> None:
        press(qtbot, Qt.Key.Key_A, CTRL)  # over the name offered beside the kit
        type_path(qtbot, dialog, str(laptop))

    when_shown(QFileDialog, choose_kit, done)
    press(qtbot, Qt.Key.Key_K, ALT)
    qtbot.waitUntil(lambda: controller.window is not None)
    assert done == ["QFileDialog", "QFileDialog"] and laptop.exists()
    window = controller.window
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    own = platforms.platform_by_number(1).id
    assert window.platform_id == own and window.sidebar.model.rowCount() == 1

    # attendance: find two by name, then the next eight down the list, one Space each
    press(qtbot, Qt.Key.Key_F7)
    window.participants.table.setFocus()
    type_text(qtbot, "Abr")
    press(qtbot, Qt.Key.Key_Space)
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    type_text(qtbot, "Bel")
    press(qtbot, Qt.Key.Key_Space)
    for _ in range(8):
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Space)
    assert participants.present_count(own) == 10
    assert window.participants.count.text() == "Present: 10 of 12"

    # capture: three proposals, then two resolution items with responsible and deadline
    press(qtbot, Qt.Key.Key_F6)
    press(qtbot, Qt.Key.Key_N, CTRL)
    for title in ("Roads to the park", "Train engineers", "Open a lab"):
        type_text(qtbot, title)
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_K, CTRL)
    press(qtbot, Qt.Key.Key_K, CTRL)
    for title, body, date in (
        ("Build a college", "Ministry of education", "31.12.2026"),
        ("Fund the roads", "Regional government", "2027-06-30"),
    ):
        press(qtbot, Qt.Key.Key_N, CTRL)
        type_text(qtbot, title)
        press(qtbot, Qt.Key.Key_Return)
        press(qtbot, Qt.Key.Key_B, ALT)  # Responsi&ble
        type_text(qtbot, body)
        press(qtbot, Qt.Key.Key_D, ALT)  # &Deadline: leaving Responsible saves it
        type_text(qtbot, date)
        press(qtbot, Qt.Key.Key_Tab)
    rows = {row.title: row for row in proposals.list_proposals(own)}
    college, roads = rows["Build a college"], rows["Fund the roads"]
    assert college.kind == roads.kind == RESOLUTION_ITEM
    assert (college.responsible, college.deadline) == ("Ministry of education", "2026-12-31")
    assert (roads.responsible, roads.deadline) == ("Regional government", "2027-06-30")
    assert len(rows) >= 5

    # a count vote on the two resolution items: End, Shift+Up, Ctrl+Shift+V, Enter
    window.proposals.table.setFocus()
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Up, SHIFT)
    press(qtbot, Qt.Key.Key_V, CTRL | SHIFT)
    dialog = window.voting.dialogs[-1]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.panel is not None
    qtbot.wait(10)  # the first box selects its figure once focused
    for figure in ("7", "1", "0", "2", "6", "1"):
        type_text(qtbot, figure)
        press(qtbot, Qt.Key.Key_Return)

    # the projector from the vote window: hidden while running, revealed by the moderator
    press(qtbot, Qt.Key.Key_F5)
    projector = window.voting.projector
    assert projector.isVisible() and projector.item_id == college.id  # the current row
    assert projector.chart.chart is None and projector.outcome.isHidden()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert projector.outcome.text() == "So far: adopted"  # still running: provisional

    press(qtbot, Qt.Key.Key_C, ALT)  # &Close vote
    qtbot.waitUntil(lambda: not dialog.panel.close_button.isEnabled())  # a mnemonic's click
    assert proposals.proposal_row(college.id).status == ADOPTED
    assert proposals.proposal_row(roads.id).status == REJECTED

    window.activateWindow()  # the vote window stays open beside it; the main window closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: controller.window is None)
    local = open_session_file(laptop)  # the app let go of it; everything is on disk
    try:
        assert participants.present_count(own) == 10 and len(proposals.list_proposals(own)) >= 5
    finally:
        local.close()
