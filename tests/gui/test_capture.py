"""Quick capture: type, Enter → a new row, selected, visible and on disk."""

from __future__ import annotations

from typing import Any

from gui_helpers import by_name
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView

from facilitator.gui import proposal_model as pm
from facilitator.services.proposals import list_proposals
from facilitator.store.db import open_session_file
from facilitator.vocabulary import INITIATIVE


def test_enter_adds_selects_and_saves(window: Any, qtbot: Any) -> None:
    line = by_name(window, QLineEdit, "Quick capture")
    table = by_name(window, QTableView, "Proposals")
    qtbot.keyClicks(line, "Open a training centre")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == ""
    current = table.currentIndex()
    assert current.sibling(current.row(), pm.COL_TITLE).data() == "Open a training centre"
    assert current.sibling(current.row(), pm.COL_NUMBER).data() == "1.4"
    assert table.viewport().rect().intersects(table.visualRect(current))
    # on disk: a second connection sees it (WAL, committed)
    path = window.ops.sf.path
    titles = [row.title for row in list_proposals(window.platform_id)]
    assert "Open a training centre" in titles
    assert path.stat().st_size > 0


def test_capture_reaches_the_file(window: Any, qtbot: Any, tmp_path: Any) -> None:
    line = by_name(window, QLineEdit, "Quick capture")
    qtbot.keyClicks(line, "Kept on disk")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    sf = window.ops.sf
    sf.close()  # reopen the file from scratch: the row must be there
    reopened = open_session_file(sf.path)
    try:
        assert "Kept on disk" in [row.title for row in list_proposals()]
    finally:
        reopened.close()
    window.ops.sf = reopened  # the fixture closes the session at the end


def test_ctrl_k_cycles_the_kind_shown_next_to_the_line(window: Any, qtbot: Any) -> None:
    line = by_name(window, QLineEdit, "Quick capture")
    kind = by_name(window, QPushButton, "Kind of the new entry")
    assert kind.text() == "Proposal"
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert kind.text() == "Project initiative"
    qtbot.keyClicks(line, "Industrial park")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.proposals.current().kind == INITIATIVE


def test_ctrl_n_focuses_the_capture_line(window: Any, qtbot: Any) -> None:
    window.proposals.table.setFocus()
    window.actions_.by_key["new_proposal"].trigger()
    assert window.proposals.capture.line.hasFocus()


def test_filter_keeps_capture_visible(window: Any, qtbot: Any) -> None:
    search = by_name(window, QLineEdit, "Find proposals")
    qtbot.keyClicks(search, "roads")
    assert window.proposals.proxy.rowCount() == 1
    line = by_name(window, QLineEdit, "Quick capture")
    qtbot.keyClicks(line, "Schools")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    # the filter would hide the new row: it is cleared so the row shows and is selected
    assert window.proposals.current().title == "Schools"
    assert search.text() == ""
