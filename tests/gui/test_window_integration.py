"""The main window brings the parts together: votes, results, projector, timer, resolution."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel

from facilitator.gui import proposal_model as pm
from facilitator.services import participants, platforms, proposals, votes


def select_rows(window: Any, count: int) -> list[str]:
    table = window.proposals.table
    selection = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(count):
        selection.select(window.proposals.proxy.index(row, 0), flags)
    return window.proposals.selected_ids()


def test_vote_on_selected_opens_a_dialog_for_those_rows(window: Any, qtbot: Any) -> None:
    chosen = select_rows(window, 2)
    assert len(chosen) == 2
    window.actions_.by_key["vote_on_selected"].trigger()
    assert len(window.voting.dialogs) == 1
    assert window.voting.dialogs[0].proposal_ids == chosen
    window.voting.close()


def test_a_closed_vote_shows_in_the_result_column_and_results_tab(
    window: Any, ops: Any, qtbot: Any
) -> None:
    sf = ops.sf
    platform = platforms.list_platforms()[0]
    for person in participants.list_participants(platform.id):
        participants.set_present(sf, person.id, platform.id, True)
    item = proposals.list_proposals(platform.id)[2]
    vote = votes.start_vote(sf, platform.id, "count", [item.id])
    window.voting.control.tally(vote.id, item.id, {"for": 3, "against": 0, "abstain": 0})
    window.voting.control.close(vote.id)
    model = window.proposals.model
    cell = model.index(model.row_of(item.id), pm.COL_RESULT).data()
    status = model.index(model.row_of(item.id), pm.COL_STATUS).data()
    assert "3/0/0" in cell and status == "Adopted"
    window.actions_.by_key["view_results"].trigger()
    assert window.tabs.currentWidget() is window.voting.results
    assert window.voting.results.model.rowCount() == 1


def test_projector_follows_the_moderators_selection(window: Any, qtbot: Any) -> None:
    window.actions_.by_key["projector"].trigger()
    projector = window.voting.projector
    assert projector is not None and projector.isVisible()
    window.proposals.step(+1)
    window.proposals.step(+1)
    current = window.proposals.current()
    assert projector.item_id == current.id
    assert projector.title.text() == current.title
    window.voting.close()


def test_timer_shortcut_starts_and_pauses(window: Any) -> None:
    timer = window.voting.timer
    window.actions_.by_key["timer_toggle"].trigger()
    assert timer.running
    window.actions_.by_key["timer_toggle"].trigger()
    assert not timer.running


def test_resolution_tab_and_export_dialog(window: Any, monkeypatch: Any) -> None:
    from facilitator.gui.resolution import export_dialog

    window.actions_.by_key["view_resolution"].trigger()
    assert window.tabs.currentWidget() is window.resolution
    assert window.resolution.content is not None  # made when first shown
    opened: list[Any] = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: opened.append(self) or 0)
    window.actions_.by_key["export"].trigger()
    assert len(opened) == 1
