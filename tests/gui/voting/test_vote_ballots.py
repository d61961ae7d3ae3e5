"""Ballot grids by keyboard: named votes, dot sheets, dot totals, rating averages, rankings."""

from __future__ import annotations

from typing import Any

from gui_helpers import by_name
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QTableView

from facilitator.gui.voting.panel import VotePanel
from facilitator.services import participants
from facilitator.services.vote_results import live_ballots, live_tallies


def panel_for(qtbot: Any, control: Any, method: str, ids: list[str], **config: Any) -> VotePanel:
    vote = control.start(method, ids, config)
    panel = VotePanel(control, vote.id)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def type_keys(view: QTableView, keys: str) -> None:
    """Type characters as a keyboard would; QTest cannot type Cyrillic (it asserts)."""
    for char in keys:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, ord(char.upper()), Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(view, event)


def grid(panel: VotePanel) -> QTableView:
    view = by_name(panel, QTableView, "vote entry")
    view.setFocus()
    return view


def test_named_vote_by_keyboard(qtbot: Any, control: Any, items: list[Any], present: list[str]):
    ids = [items[0].id, items[1].id]
    panel = panel_for(qtbot, control, "named", ids)
    view = grid(panel)
    assert view.model().headerData(0, Qt.Orientation.Vertical) == "Ivanova A."
    type_keys(view, "1з2в1")  # five cells in reading order: along a ballot, then the next voter
    ballots = live_ballots(panel.vote_id)
    assert ballots[present[0]] == {ids[0]: "for", ids[1]: "for"}
    assert ballots[present[1]] == {ids[0]: "against", ids[1]: "abstain"}
    assert ballots[present[2]] == {ids[0]: "for"}
    assert view.model().index(1, 1).data() == "Abstain"
    assert view.currentIndex().row() == 2 and view.currentIndex().column() == 1
    assert panel.entry.show_results is not None
    assert panel.results[ids[0]]["for"] == 2
    view.setCurrentIndex(view.model().index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert live_ballots(panel.vote_id)[present[0]] == {ids[0]: "for"}


def test_named_vote_refuses_an_absent_voter(
    qtbot: Any, control: Any, items: list[Any], present: list[str], filled: Any
) -> None:
    panel = panel_for(qtbot, control, "named", [items[0].id])
    participants.set_present(filled, present[0], control.platform_id, False)  # left the room
    view = grid(panel)
    qtbot.keyClicks(view, "1")
    assert "is not present" in by_name(panel, QLabel, "vote message").text()
    assert live_ballots(panel.vote_id) == {}
    assert view.currentIndex().row() == 0  # stays on the refused cell


def test_secret_vote_numbers_the_ballots(qtbot: Any, control: Any, items: list[Any]) -> None:
    panel = panel_for(qtbot, control, "named", [items[0].id], secret=True)
    view = grid(panel)
    assert view.model().headerData(2, Qt.Orientation.Vertical) == "Ballot 3"
    qtbot.keyClicks(view, "122")
    assert sorted(live_ballots(panel.vote_id)) == ["1", "2", "3"]
    assert panel.results[items[0].id]["result"] == "rejected"


def test_dot_sheets_and_totals(qtbot: Any, control: Any, items: list[Any], present: list[str]):
    ids = [i.id for i in items]
    panel = panel_for(qtbot, control, "dots", ids, dots=3)
    mode = by_name(panel, QComboBox, "entry mode")
    assert mode.currentData() == "tallies"
    view = grid(panel)
    model = view.model()
    assert model.setData(model.index(0, 2), 4)
    assert model.setData(model.index(1, 2), 5)
    assert live_tallies(panel.vote_id)[ids[1]] == {"dots": 5}
    assert model.index(1, model.result_column).data() == "#1 (56 %)"
    assert not model.setData(model.index(2, 2), 1)  # 10 dots: three people have only 9
    assert "10" in by_name(panel, QLabel, "vote message").text()
    mode.setCurrentIndex(1)
    mode.activated.emit(1)
    view = grid(panel)
    qtbot.keyClicks(view, "21")
    assert live_ballots(panel.vote_id)[present[0]] == {ids[0]: 2, ids[1]: 1}


def test_rating_averages_store_a_complete_row(qtbot: Any, control: Any, items: list[Any]):
    panel = panel_for(qtbot, control, "rating", [items[0].id, items[1].id])
    model = grid(panel).model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "No.", "Title", "Effect", "Feasibility", "Raters", "Result",
    ]  # fmt: skip
    assert model.setData(model.index(0, 2), 8.5)
    assert live_tallies(panel.vote_id) == {}  # feasibility still missing
    assert model.setData(model.index(0, 3), 7.0)
    assert live_tallies(panel.vote_id)[items[0].id] == {"effect": 8.5, "feasibility": 7.0}
    assert model.index(0, 5).data() == "Quick win"
    assert not model.setData(model.index(1, 3), 11.0) or not model.setData(model.index(1, 2), 1.0)


def test_ranking_typed_as_numbers(qtbot: Any, control: Any, items: list[Any], present: list[str]):
    ids = [i.id for i in items]
    panel = panel_for(qtbot, control, "ranking", ids)
    view = grid(panel)
    model = view.model()
    assert "1 = 1.1; 2 = 1.2; 3 = 1.3" in panel.entry.hint.text()
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClicks(view, "3")  # typing opens the editor with what was typed
    editor = view.findChild(QLineEdit)
    qtbot.keyClicks(editor, " 1=2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits in a queued call
    assert live_ballots(panel.vote_id)[present[0]] == [[ids[2]], [ids[0], ids[1]]]
    assert model.index(0, 0).data() == "1.3 \u203a 1.1 = 1.2"
    assert view.currentIndex().row() == 1  # on to the next voter
    assert not model.setData(model.index(1, 0), "4 1")
    assert by_name(panel, QLabel, "vote message").text() == (
        "“4” is not an item of this vote: type 1 to 3."
    )
    assert model.setData(model.index(1, 0), "1.2 1.3")
    assert panel.results[ids[2]]["schulze_rank"] == 1
