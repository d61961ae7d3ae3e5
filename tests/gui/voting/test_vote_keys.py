"""A vote run from the keyboard as a moderator does: counts, dot totals, nobody present, keys."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox

from facilitator.gui.voting.dialog import VoteDialog
from facilitator.gui.voting.item_grid import FIRST_FIELD
from facilitator.services import votes
from facilitator.services.proposals import get_proposal
from facilitator.services.vote_results import live_tallies
from facilitator.vocabulary import VOTING

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def press(
    qtbot: Any, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, mods)
    QApplication.processEvents()  # as between a person's keys: queued commits happen


def type_text(qtbot: Any, text: str) -> None:
    for character in text:  # each key to whatever has the focus by then
        qtbot.keyClicks(QApplication.focusWidget(), character)
        QApplication.processEvents()


def vote_dialog(qtbot: Any, window: Any, rows: int, method: str = "count") -> VoteDialog:
    """Select the first `rows` proposals with the keys, Ctrl+Shift+V, choose the method."""
    window.proposals.table.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(rows - 1):
        press(qtbot, Qt.Key.Key_Down, SHIFT)
    press(qtbot, Qt.Key.Key_V, CTRL | SHIFT)
    dialog: VoteDialog = window.voting.dialogs[-1]
    assert len(dialog.proposal_ids) == rows
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    combo = dialog.setup.method
    combo.setCurrentIndex(combo.findData(method))
    return dialog


def start(qtbot: Any, dialog: VoteDialog) -> str:
    dialog.start_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.panel is not None, dialog.setup_message.text()
    return dialog.panel.vote_id


@pytest.fixture
def moderator(qtbot: Any, window: Any, present: list[str]) -> Any:
    """The main window with everyone on platform 1 present."""
    window.reload()
    return window


def test_count_entry_starts_selected_and_untouched_items_stay_uncounted(
    qtbot: Any, moderator: Any
) -> None:
    dialog = vote_dialog(qtbot, moderator, rows=2)
    vote_id = start(qtbot, dialog)
    entry = dialog.panel.entry
    first = QApplication.focusWidget()
    assert first is entry.boxes[entry.items[0].id]["for"]
    qtbot.wait(10)  # the selection is made once the box has the focus
    type_text(qtbot, "2")  # replaces what the box showed: not "—2" or "02"
    press(qtbot, Qt.Key.Key_Return)
    assert isinstance(first, QSpinBox) and first.value() == 2
    for _ in range(3):  # pass over against, abstain and the next item's "for" untouched
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    tallies = live_tallies(vote_id)
    assert tallies == {entry.items[0].id: {"for": 2, "against": 0, "abstain": 0}}
    second = entry.items[1]
    assert entry.boxes[second.id]["for"].text() == "\u2014"  # shown as not counted
    assert entry.outcomes[second.id].text() == "—"  # not «Rejected»
    dialog.panel.close_button.click()
    assert second.id not in json.loads(votes.get_vote(vote_id).results)
    assert get_proposal(second.id).status == VOTING  # not decided: nobody counted it


def test_dot_totals_go_down_the_count_column(qtbot: Any, moderator: Any) -> None:
    dialog = vote_dialog(qtbot, moderator, rows=3, method="dots")
    vote_id = start(qtbot, dialog)
    view = dialog.panel.entry.view
    assert view.currentIndex().column() == FIRST_FIELD  # not the No. column
    view.setFocus()
    type_text(qtbot, "14")  # three people with three dots each: refused, and it stays put
    press(qtbot, Qt.Key.Key_Return)
    assert "those present have only 9" in dialog.panel.message.text()
    assert view.currentIndex().row() == 0
    for number in ("4", "2", "3"):
        type_text(qtbot, number)
        press(qtbot, Qt.Key.Key_Return)
    items = dialog.panel.entry.model.items
    assert {i.id: live_tallies(vote_id)[i.id]["dots"] for i in items} == {
        items[0].id: 4,
        items[1].id: 2,
        items[2].id: 3,
    }
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view  # Tab leaves the table


def test_a_vote_with_nobody_present_offers_to_mark_attendance(qtbot: Any, window: Any) -> None:
    dialog = vote_dialog(qtbot, window, rows=1)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: mark attendance

    QTimer.singleShot(0, answer)
    dialog.start_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert seen and "marked present" in seen[0]
    assert votes.list_votes(window.voting.control.platform_id) == []
    assert not dialog.isVisible()
    assert window.tabs.currentWidget() is window.participants
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.participants.table)


def test_projector_and_timer_keys_work_in_the_vote_window(qtbot: Any, moderator: Any) -> None:
    dialog = vote_dialog(qtbot, moderator, rows=1)
    start(qtbot, dialog)
    timer = moderator.voting.timer
    assert not timer.running
    press(qtbot, Qt.Key.Key_T, CTRL)
    assert timer.running
    press(qtbot, Qt.Key.Key_F5)
    assert moderator.voting.projector is not None and moderator.voting.projector.isVisible()


def test_alt_c_closes_a_started_vote(qtbot: Any, window: Any, present: list[str]) -> None:
    """From the count boxes, Alt+C presses Close vote (the hidden set-up page has a C too)."""
    window.reload()
    dialog = vote_dialog(qtbot, window, rows=1)
    start(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.panel.close_button.isEnabled())
