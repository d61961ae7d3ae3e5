"""An open vote's figures in the proposals table are figures so far, never a decision."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from facilitator.gui import proposal_model as pm
from facilitator.gui.commands import Change
from facilitator.services import participants, votes


def result_cell(window: Any, proposal_id: str) -> Any:
    return window.proposals.model.index(window.proposals.model.row_of(proposal_id), pm.COL_RESULT)


def test_an_open_count_vote_shows_counts_so_far_then_the_tick(window: Any, qtbot: Any) -> None:
    window.proposals.step(+1)
    proposal_id = window.proposals.current().id
    sf = window.ops.sf
    for person in participants.list_participants(window.platform_id):
        participants.set_present(sf, person.id, window.platform_id, True)
    vote = votes.start_vote(sf, window.platform_id, "count", [proposal_id])
    votes.record_tally(sf, vote.id, proposal_id, {"for": 3, "against": 0, "abstain": 0})
    window.on_changed(Change("vote", (vote.id,)))
    cell = result_cell(window, proposal_id)
    qtbot.waitUntil(lambda: bool(cell.data()))
    assert cell.data() == "3/0/0 \u2026"
    assert "\u2713" not in cell.data() and "Adopted" not in cell.data()
    assert "the vote is not finished" in cell.data(Qt.ItemDataRole.ToolTipRole)
    votes.close_vote(sf, vote.id)
    window.on_changed(Change("vote", (vote.id,)))
    qtbot.waitUntil(lambda: result_cell(window, proposal_id).data() == "3/0/0 \u2713")
    assert "not finished" not in result_cell(window, proposal_id).data(Qt.ItemDataRole.ToolTipRole)
