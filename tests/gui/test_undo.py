"""Undo and redo round trips through the services, deletion included."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from facilitator.services.proposals import list_proposals, proposal_row


def titles(window: Any) -> list[str]:
    return [row.title for row in list_proposals(window.platform_id)]


def shown(window: Any) -> list[str]:
    return [row.title for row in window.proposals.model.rows]


def test_undo_redo_of_capture(window: Any) -> None:
    window.capture("Temporary", "proposal")
    assert "Temporary" in titles(window) and "Temporary" in shown(window)
    window.ops.undo_stack.undo()
    assert "Temporary" not in titles(window) and "Temporary" not in shown(window)
    window.ops.undo_stack.redo()
    assert "Temporary" in titles(window) and "Temporary" in shown(window)


def test_delete_key_and_undo_restores(window: Any, qtbot: Any) -> None:
    window.proposals.step(+1)
    doomed = window.proposals.current()
    window.proposals.table.setFocus()
    qtbot.keyClick(window.proposals.table, Qt.Key.Key_Delete)
    assert doomed.title not in titles(window) and doomed.title not in shown(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window)[0] == doomed.title and shown(window)[0] == doomed.title
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert doomed.title not in titles(window)


def test_delete_key_in_a_line_edit_is_not_a_deletion(window: Any, qtbot: Any) -> None:
    window.proposals.step(+1)
    line = window.proposals.capture.line
    qtbot.keyClicks(line, "ab")
    qtbot.keyClick(line, Qt.Key.Key_Home)
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    assert line.text() == "b"
    assert len(titles(window)) == 3


def test_edit_undo_redo(window: Any) -> None:
    window.proposals.step(+1)
    proposal_id = window.proposals.current().id
    window.edit_proposal(proposal_id, {"title": "New title", "tags": "a; b"})
    assert proposal_row(proposal_id).tags == "a, b"
    window.ops.undo_stack.undo()
    assert proposal_row(proposal_id).title == "Roads to the industrial park"
    assert proposal_row(proposal_id).tags == "transport"
    assert window.proposals.detail.lines["title"].text() == "Roads to the industrial park"
    window.ops.undo_stack.redo()
    assert proposal_row(proposal_id).title == "New title"
    assert window.proposals.current().title == "New title"


def test_undo_text_names_the_edit(window: Any) -> None:
    window.capture("Temporary", "proposal")
    assert window.actions_.undo.text() == "Undo Add proposal"
    assert window.actions_.undo.shortcut().toString() == "Ctrl+Z"


def test_unchanged_edit_leaves_no_undo_step(window: Any) -> None:
    window.proposals.step(+1)
    row = window.proposals.current()
    window.edit_proposal(row.id, {"title": row.title})
    assert window.ops.undo_stack.count() == 0


def test_status_bar_says_saved(window: Any) -> None:
    window.capture("Saved", "problem")
    assert window.saved.text().startswith("All changes saved at ")


def test_undo_and_redo_follow_a_language_switch(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from facilitator.gui.preferences import apply_language

    apply_language("ru")
    QApplication.processEvents()
    window.capture("Temporary", "proposal")  # the stack changes after the switch, too
    undo = window.actions_.undo
    assert undo.text().startswith("Отменить") and undo.shortcut().toString() == "Ctrl+Z"
    assert window.actions_.menus["edit"].actions()[:2] == [undo, window.actions_.redo]
    assert window.actions_.redo.text().startswith("Повторить")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one action
    assert window.ops.undo_stack.index() == 0
