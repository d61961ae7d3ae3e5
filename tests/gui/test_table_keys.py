"""The tables by keyboard: Tab leaves them; a participant is found by typing and marked by Space."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.services.participants import list_participants, present_count


def press(
    qtbot: Any, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, mods)


def test_tab_leaves_the_proposals_table(qtbot: Any, window: Any) -> None:
    window.proposals.table.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.proposals.capture.line
    press(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.proposals.table


def test_type_a_name_then_space_marks_that_person_present(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F7)
    table = window.participants.table
    table.setFocus()
    qtbot.keyClicks(table, "sid")  # type-ahead on the names, whatever column is current
    assert window.participants.current().full_name == "Sidorova S."
    press(qtbot, Qt.Key.Key_Space)
    marked = {p.full_name for p in list_participants(window.platform_id) if p.present}
    assert marked == {"Sidorova S."}
    assert window.participants.current().full_name == "Sidorova S."
    press(qtbot, Qt.Key.Key_Space)  # and again: absent
    assert present_count(window.platform_id) == 0
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search starts
    qtbot.keyClicks(table, "iv")
    press(qtbot, Qt.Key.Key_Space)
    marked = {p.full_name for p in list_participants(window.platform_id) if p.present}
    assert marked == {"Ivanova A."}
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
