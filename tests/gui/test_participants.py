"""Attendance boxes and the present count; adding, editing and deleting participants."""

from __future__ import annotations

from typing import Any

from gui_helpers import by_name
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QTableView

from facilitator.gui import participant_model as pmodel
from facilitator.gui.participant_dialog import ParticipantDialog
from facilitator.gui.platform_model import COUNTERS_ROLE
from facilitator.services.participants import list_participants, present_count


def show_participants(window: Any) -> QTableView:
    window.actions_.by_key["view_participants"].trigger()
    return by_name(window, QTableView, "Participants")


def test_ticking_a_box_counts_and_undoes(window: Any, qtbot: Any) -> None:
    table = show_participants(window)
    count = by_name(window, QLabel, "Present count")
    assert count.text() == "Present: 0 of 3"
    index = table.model().index(0, pmodel.COL_PRESENT)
    table.model().setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert present_count(window.platform_id) == 1
    assert count.text() == "Present: 1 of 3"
    assert "Present 1 of 3" in window.sidebar.model.index(0).data(COUNTERS_ROLE)
    window.ops.undo_stack.undo()
    assert present_count(window.platform_id) == 0
    assert count.text() == "Present: 0 of 3"


def test_ctrl_m_marks_the_current_participant(window: Any, qtbot: Any) -> None:
    table = show_participants(window)
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, pmodel.COL_NAME))
    qtbot.keyClick(table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert present_count(window.platform_id) == 1
    assert window.participants.current().present  # the same person stays current


def test_add_edit_delete(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    table = show_participants(window)
    answers = iter(
        [
            {"full_name": "Zaitsev Z.", "organisation": "Bank"},
            {"full_name": "Zaitsev Z. Z.", "organisation": "Bank"},
        ]
    )

    def fake_exec(dialog: ParticipantDialog) -> int:
        for name, value in next(answers).items():
            dialog.lines[name].setText(value)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ParticipantDialog, "exec", fake_exec)
    window.people.add()
    names = [row.full_name for row in list_participants(window.platform_id)]
    assert "Zaitsev Z." in names
    at = next(
        r
        for r in range(table.model().rowCount())
        if table.model().index(r, pmodel.COL_NAME).data() == "Zaitsev Z."
    )
    table.setCurrentIndex(table.model().index(at, pmodel.COL_NAME))
    window.people.edit()
    assert window.participants.current().full_name == "Zaitsev Z. Z."
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Zaitsev Z. Z." not in [row.full_name for row in list_participants()]
    window.ops.undo_stack.undo()
    assert "Zaitsev Z. Z." in [row.full_name for row in list_participants()]
