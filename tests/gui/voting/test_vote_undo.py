"""Vote entries and closing are undoable from the main window's Edit menu."""

from __future__ import annotations

from typing import Any

from facilitator.services import participants, platforms, proposals, votes


def present_all(sf: Any, platform: Any) -> None:
    for person in participants.list_participants(platform.id):
        participants.set_present(sf, person.id, platform.id, True)


def test_undo_and_redo_a_tally_and_the_closing(window: Any, ops: Any) -> None:
    sf, platform = ops.sf, platforms.list_platforms()[0]
    present_all(sf, platform)
    item = proposals.list_proposals(platform.id)[2]
    vote = votes.start_vote(sf, platform.id, "count", [item.id])
    control, stack = window.voting.control, ops.undo_stack
    assert control.tally(vote.id, item.id, {"for": 1, "against": 2, "abstain": 0})
    assert control.tally(vote.id, item.id, {"for": 3, "against": 0, "abstain": 0})
    assert control.close(vote.id)
    assert proposals.proposal_row(item.id).status == "adopted"

    stack.undo()  # the closing
    assert votes.get_vote(vote.id).status == "open"
    assert proposals.proposal_row(item.id).status == "voting"
    stack.undo()  # the second entry
    assert votes.stored_tally(vote.id, item.id) == {"for": 1, "against": 2, "abstain": 0}
    stack.undo()  # the first entry: nothing was there
    assert votes.stored_tally(vote.id, item.id) is None

    stack.redo()
    stack.redo()
    stack.redo()
    assert votes.stored_tally(vote.id, item.id)["for"] == 3
    assert votes.get_vote(vote.id).status == "closed"
    assert proposals.proposal_row(item.id).status == "adopted"


def test_a_refused_entry_adds_nothing_to_undo(window: Any, ops: Any) -> None:
    sf, platform = ops.sf, platforms.list_platforms()[0]
    present_all(sf, platform)
    item = proposals.list_proposals(platform.id)[0]
    vote = votes.start_vote(sf, platform.id, "count", [item.id])
    before = ops.undo_stack.count()
    assert not window.voting.control.tally(vote.id, item.id, {"for": 9, "against": 0, "abstain": 0})
    assert ops.undo_stack.count() == before


def test_undo_a_start_takes_the_vote_away_and_restores_statuses(window: Any, ops: Any) -> None:
    platform = platforms.list_platforms()[0]
    item = proposals.list_proposals(platform.id)[1]
    window.voting.vote_on([item.id])
    dialog = window.voting.dialogs[0]
    vote = window.voting.control.start("count", [item.id], {})
    assert proposals.proposal_row(item.id).status == "voting"
    dialog.show_vote(vote.id)
    ops.undo_stack.undo()
    assert votes.list_votes(platform.id) == []
    assert proposals.proposal_row(item.id).status == "draft"
    assert not dialog.isVisible()
    ops.undo_stack.redo()
    assert [v.id for v in votes.list_votes(platform.id)] == [vote.id]
    assert proposals.proposal_row(item.id).status == "voting"
