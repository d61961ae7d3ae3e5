"""Merging similar proposals from the app: one undo step, and the lineage in the detail pane."""

from __future__ import annotations

from typing import Any

from facilitator.gui.exchange import dialogs
from facilitator.services import platforms, proposals


def test_merge_is_undoable_and_shows_where_it_came_from(
    window: Any, ops: Any, monkeypatch: Any
) -> None:
    one, two = platforms.list_platforms()
    a = proposals.add_proposal(ops.sf, one.id, "Подготовка кадров для заводов региона")
    b = proposals.add_proposal(ops.sf, two.id, "Подготовка кадров для завода региона")

    def merge_first_group(dialog: Any) -> int:
        dialog.view.setCurrentIndex(dialog.model.index(0, 0))
        dialog.merge_current()
        return 0

    monkeypatch.setattr(dialogs.SimilarDialog, "exec", merge_first_group)
    window.actions_.by_key["similar"].trigger()
    merged = [r for r in proposals.list_proposals(one.id) if r.id not in (a.id,)][-1]
    assert {proposals.proposal_row(a.id).status, proposals.proposal_row(b.id).status} == {"merged"}

    window.sidebar.choose(one.id)
    window.proposals.select(merged.id)
    origin = window.proposals.detail.origin.text()
    assert "platform 1" in origin and "platform 2" in origin and "Merged from" in origin
    window.proposals.select(a.id)
    assert window.proposals.detail.origin.text().startswith(f"Merged into {merged.code}")

    ops.undo_stack.undo()
    assert proposals.proposal_row(a.id).status == "draft"
    assert proposals.proposal_row(b.id).status == "draft"
    assert merged.id not in {r.id for r in proposals.list_proposals(one.id)}
