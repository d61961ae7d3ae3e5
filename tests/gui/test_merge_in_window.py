"""Merging similar proposals from the app: one undo step, and the lineage in the detail pane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.gui.exchange import dialogs
from facilitator.services import platforms, proposals


def answer_preview(qtbot: Any, key: Qt.Key, seen: list[str] | None = None) -> None:
    """Press `key` in the merge preview once it is up (it is modal)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "merge preview"
        if seen is not None:
            seen.append(box.text())
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)


def test_merge_is_undoable_and_shows_where_it_came_from(
    window: Any, ops: Any, monkeypatch: Any, qtbot: Any
) -> None:
    one, two = platforms.list_platforms()
    a = proposals.add_proposal(ops.sf, one.id, "Подготовка кадров для заводов региона")
    b = proposals.add_proposal(ops.sf, two.id, "Подготовка кадров для завода региона")

    def merge_first_group(dialog: Any) -> int:
        dialog.view.setCurrentIndex(dialog.model.index(0, 0))
        answer_preview(qtbot, Qt.Key.Key_Return)  # the preview's default: Merge
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


def test_the_preview_says_what_a_merge_makes_and_esc_merges_nothing(
    window: Any, ops: Any, qtbot: Any
) -> None:
    one, two = platforms.list_platforms()
    a = proposals.add_proposal(ops.sf, one.id, "Подготовка кадров для заводов региона", "problem")
    b = proposals.add_proposal(ops.sf, two.id, "Подготовка кадров для завода региона")
    dialog = dialogs.SimilarDialog(ops.sf, window, merge=ops.merge_proposals)
    qtbot.addWidget(dialog)
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    seen: list[str] = []
    answer_preview(qtbot, Qt.Key.Key_Escape, seen)
    assert dialog.merge_current() is None
    assert proposals.proposal_row(a.id).status == proposals.proposal_row(b.id).status == "draft"
    assert "One problem «Подготовка кадров для заводов региона», draft" in seen[0]
    assert f"1.{a.number}  Problem" in seen[0] and f"2.{b.number}  Proposal" in seen[0]
    assert "The kinds differ" in seen[0] and "No votes yet." in seen[0]
    assert ops.undo_stack.count() == 0
