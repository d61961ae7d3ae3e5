"""The detail pane: edits are committed when confirmed, one undo step each."""

from __future__ import annotations

from typing import Any

from gui_helpers import by_name
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from facilitator.gui.title_edit import TitleEdit
from facilitator.services.proposals import list_proposals, proposal_row


def select_first(window: Any) -> str:
    window.proposals.step(+1)
    return window.proposals.current().id


def test_title_edit_committed_on_enter(window: Any, qtbot: Any) -> None:
    proposal_id = select_first(window)
    title = by_name(window, TitleEdit, "Title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Roads and bridges")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert proposal_row(proposal_id).title == "Roads and bridges"
    assert window.proposals.current().title == "Roads and bridges"
    assert window.ops.undo_stack.count() == 1


def test_text_committed_when_selection_moves(window: Any, qtbot: Any) -> None:
    proposal_id = select_first(window)
    text = by_name(window, QPlainTextEdit, "Text")
    text.setFocus()
    text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(text, " and more")
    window.proposals.step(+1)  # moving on confirms what was typed
    assert proposal_row(proposal_id).text == "Trucks wait for hours and more"


def test_status_combo_and_deadline(window: Any, qtbot: Any) -> None:
    proposal_id = select_first(window)
    status = by_name(window, QComboBox, "Status")
    status.setCurrentIndex(status.findData("adopted"))
    status.activated.emit(status.currentIndex())
    assert proposal_row(proposal_id).status == "adopted"
    window.proposals.detail.deadline.set_iso("2027-03-01")
    window.proposals.detail.deadline.editingFinished.emit()
    assert proposal_row(proposal_id).deadline == "2027-03-01"
    window.proposals.detail.deadline.clear_button.click()
    assert proposal_row(proposal_id).deadline == ""
    assert window.ops.undo_stack.count() == 3


def test_presenter_completer_offers_participants(window: Any) -> None:
    presenter = by_name(window, QLineEdit, "Presenter")
    names = presenter.completer().model().stringList()
    assert names == ["Ivanova A.", "Petrov P.", "Sidorova S."]


def test_empty_title_is_refused_with_a_message(
    window: Any, qtbot: Any, warnings_shown: list[str]
) -> None:
    proposal_id = select_first(window)
    title = by_name(window, TitleEdit, "Title")
    title.setFocus()
    title.clear()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert warnings_shown == ["The title must not be empty."]
    assert proposal_row(proposal_id).title == "Roads to the industrial park"
    assert title.text() == "Roads to the industrial park"
    assert window.ops.undo_stack.count() == 0


def test_kind_and_status_shortcuts(window: Any, qtbot: Any) -> None:
    proposal_id = select_first(window)
    window.proposals.table.setFocus()
    qtbot.keyClick(window.proposals.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert proposal_row(proposal_id).kind == "resolution_item"
    qtbot.keyClick(window.proposals.table, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert proposal_row(proposal_id).status == "adopted"


def test_next_and_previous(window: Any, qtbot: Any) -> None:
    select_first(window)
    window.proposals.capture.line.setFocus()
    qtbot.keyClick(
        window.proposals.capture.line, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier
    )
    assert window.proposals.current().number == 2
    window.actions_.by_key["previous"].trigger()
    assert window.proposals.current().number == 1
    assert len(list_proposals(window.platform_id)) == 3
