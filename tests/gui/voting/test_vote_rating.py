"""Multi-criteria rating: criteria and scale at the set-up, sheets per participant, results."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import by_name
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from test_vote_ballots import grid, panel_for, type_keys

from facilitator.gui.voting.ballot_models import DotsGridModel
from facilitator.gui.voting.chart_data import Bars, Matrix
from facilitator.gui.voting.control import VoteControl
from facilitator.gui.voting.criteria_editor import CriteriaEditor
from facilitator.gui.voting.dialog import VoteDialog
from facilitator.gui.voting.entries import voters
from facilitator.gui.voting.projector import ProjectorWindow
from facilitator.gui.voting.rating_entry import RatingSheetEntry
from facilitator.gui.voting.rating_sheet import RatingSheetModel
from facilitator.gui.voting.results_view import ResultsView
from facilitator.gui.voting.timer import Timer
from facilitator.services import votes
from facilitator.services.vote_results import live_ballots, settings

THREE = {"criteria": ["effect", "feasibility", "Risk"], "low": 1, "high": 5, "entry": "ballots"}


def cells(model: Any, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_set_up_criteria_scale_and_entry(qtbot: Any, control: Any, items: list[Any]) -> None:
    dialog = VoteDialog(control, [items[0].id, items[1].id])
    qtbot.addWidget(dialog)
    dialog.show()
    setup = dialog.setup
    setup.set_method("rating")
    editor = setup.criteria
    assert [editor.list.item(r).text() for r in range(2)] == ["Effect", "Feasibility"]
    name = by_name(setup, QLineEdit, "new criterion")
    qtbot.keyClicks(name, "Risk")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert votes.list_votes() == []  # Enter added the criterion; it did not start the vote
    assert editor.criteria() == ["effect", "feasibility", "Risk"]
    setup.low.setValue(1)
    setup.high.setValue(5)
    entry = by_name(setup, QComboBox, "entry at start")
    assert [entry.itemText(i) for i in range(2)] == ["Averages per item", "Sheet per participant"]
    entry.setCurrentIndex(1)
    dialog.start_button.click()
    vote = votes.list_votes()[-1]
    assert settings(vote) == THREE
    assert isinstance(dialog.panel.entry, RatingSheetEntry)
    assert by_name(dialog.panel, QComboBox, "entry mode").currentData() == "ballots"


def test_the_criteria_editor(qtbot: Any) -> None:
    editor = CriteriaEditor()
    qtbot.addWidget(editor)
    editor.set_criteria(["effect", "feasibility"])
    assert not editor.add("feasibility") and not editor.add(" ")  # taken, empty
    assert editor.add("Risk")
    editor.list.item(2).setText("Cost")  # renamed in place: an added one is known by its name
    editor.list.item(0).setText("Impact")  # effect keeps its id: the matrix still has it
    editor.list.item(1).setText("cost")  # taken: the old name stays
    assert editor.criteria() == ["effect", "feasibility", "Cost"]
    assert editor.titles() == {"effect": "Impact"}
    assert editor.list.item(1).text() == "Feasibility"
    for _ in range(3):
        editor.list.setCurrentRow(0)
        editor.remove_button.click()
    assert editor.criteria() == ["Cost"]  # at least one stays
    assert not editor.remove_button.isEnabled()


def test_sheets_by_keyboard_give_means_and_quadrants(
    qtbot: Any, control: Any, items: list[Any], present: list[str], clock: Any
) -> None:
    ids = [items[0].id, items[1].id]
    panel = panel_for(qtbot, control, "rating", ids, **THREE)
    view = grid(panel)
    model = view.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "No.", "Title", "Effect", "Feasibility", "Risk", "Result",
    ]  # fmt: skip
    type_keys(view, "5432")
    assert live_ballots(panel.vote_id) == {  # the first item is complete: stored at once
        present[0]: {ids[0]: {"effect": 5, "feasibility": 4, "Risk": 3}}
    }
    type_keys(view, "12")  # the sheet is done: on to the next participant
    picker = by_name(panel, QComboBox, "rating participant")
    assert picker.currentIndex() == 1 and picker.itemText(0).endswith("\u2713")
    type_keys(view, "341154")
    ballots = live_ballots(panel.vote_id)
    assert ballots[present[1]] == {
        ids[0]: {"effect": 3, "feasibility": 4, "Risk": 1},
        ids[1]: {"effect": 1, "feasibility": 5, "Risk": 4},
    }
    first, second = panel.results[ids[0]], panel.results[ids[1]]
    assert first["means"] == {"effect": 4.0, "feasibility": 4.0, "Risk": 2.0}
    assert first["quadrant"] == "quick_win"
    assert second["means"] == {"effect": 1.5, "feasibility": 3.0, "Risk": 3.0}
    assert second["quadrant"] == "fill_in"  # 3 is the midpoint of 1–5: high
    assert model.index(0, 5).data() == "4.0/4.0/2.0 Quick win"

    results = ResultsView(control.platform_id)
    qtbot.addWidget(results)
    results.select_vote(panel.vote_id)
    headers = [results.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[3:] == ["Effect", "Feasibility", "Risk", "Raters", "Quadrant"]
    assert cells(results.model, 0)[1:] == [
        "1.1", items[0].title, "4.0", "4.0", "2.0", "2", "Quick win",
    ]  # fmt: skip
    assert cells(results.model, 1)[5:] == ["3.0", "2", "Fill-in"]
    assert isinstance(results.chart.chart, Matrix)

    projector = ProjectorWindow(control.platform_id, Timer(60, clock=clock))
    qtbot.addWidget(projector)
    projector.set_item(ids[1])
    assert projector.chart.chart is None  # the vote is open: hidden until revealed
    projector.reveal(panel.vote_id)
    chart = projector.chart.chart
    assert isinstance(chart, Matrix) and isinstance(chart.side, Bars)
    assert [(b.label, b.value) for b in chart.side.bars] == [
        ("Effect", 1.5), ("Feasibility", 3.0), ("Risk", 3.0),
    ]  # fmt: skip
    assert chart.side.note == "Fill-in"
    projector.grab()  # paints the matrix and the bars without a warning


def test_a_score_out_of_scale_is_refused(
    qtbot: Any, control: Any, items: list[Any], present: list[str]
) -> None:
    panel = panel_for(qtbot, control, "rating", [items[0].id], **THREE)
    view = grid(panel)
    type_keys(view, "47")
    message = by_name(panel, QLabel, "vote message").text()
    assert message == "The Feasibility score 7 is not in 1–5."
    assert view.currentIndex().column() == 3  # stays on the refused score
    assert view.model().index(0, 3).data() == "7"  # shown as typed, in red
    assert view.model().index(0, 3).data(Qt.ItemDataRole.ForegroundRole) is not None
    type_keys(view, "0")
    assert "score 0 is not in 1–5" in by_name(panel, QLabel, "vote message").text()
    assert live_ballots(panel.vote_id) == {}
    type_keys(view, "45")  # corrected: the item is complete and stored
    assert live_ballots(panel.vote_id)[present[0]] == {
        items[0].id: {"effect": 4, "feasibility": 4, "Risk": 5}
    }
    assert by_name(panel, QLabel, "vote message").text() == ""


def test_a_digit_that_may_grow_waits(
    qtbot: Any, control: Any, items: list[Any], present: list[str]
) -> None:
    ids = [items[0].id, items[1].id]
    panel = panel_for(qtbot, control, "rating", ids, entry="ballots")  # 0–10
    view = grid(panel)
    type_keys(view, "1")
    assert view.model().index(0, 2).data() == "1\u2026" and live_ballots(panel.vote_id) == {}
    type_keys(view, "01 ")  # 10, then 1 confirmed by space
    assert live_ballots(panel.vote_id)[present[0]] == {ids[0]: {"effect": 10, "feasibility": 1}}
    type_keys(view, "15")  # 15 is off the scale: 1, then 5 in the next cell
    assert live_ballots(panel.vote_id)[present[0]][ids[1]] == {"effect": 1, "feasibility": 5}


def test_undo_takes_back_a_whole_sheet(
    qtbot: Any, filled: Any, platform_id: str, items: list[Any], present: list[str]
) -> None:
    stack = QUndoStack()
    control = VoteControl(filled, platform_id, undo_stack=stack)
    ids = [items[0].id, items[1].id]
    panel = panel_for(qtbot, control, "rating", ids, **THREE)
    view = grid(panel)
    type_keys(view, "543212341154")
    assert stack.count() == 3  # the start, then one step per sheet however many scores
    stack.undo()
    assert sorted(live_ballots(panel.vote_id)) == [present[0]]
    picker = by_name(panel, QComboBox, "rating participant")
    assert not picker.itemText(1).endswith("\u2713")
    picker.setCurrentIndex(1)
    assert view.model().index(0, 2).data() == ""  # the grid shows what is stored
    stack.redo()
    assert live_ballots(panel.vote_id)[present[1]][ids[1]]["Risk"] == 4


def test_the_entry_mode_is_the_one_chosen_at_the_start(
    qtbot: Any, control: Any, items: list[Any]
) -> None:
    panel = panel_for(qtbot, control, "dots", [i.id for i in items], dots=3, entry="ballots")
    assert by_name(panel, QComboBox, "entry mode").currentData() == "ballots"  # no sheet yet
    assert isinstance(grid(panel).model(), DotsGridModel)


@pytest.mark.parametrize("voter", [0, 1])
def test_the_sheet_model_passes_the_model_tester(
    qtmodeltester: Any, control: Any, items: list[Any], present: list[str], voter: int
) -> None:
    vote = control.start("rating", [i.id for i in items], THREE)
    control.ballot(vote.id, present[0], {items[0].id: {"effect": 2, "feasibility": 3, "Risk": 4}})
    model = RatingSheetModel(control, vote.id, voters(vote), items, THREE)
    model.set_voter(voter)
    qtmodeltester.check(model, force_py=True)
