"""The outline model without widgets: structure, the rules' decision, edits as requests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from facilitator.export import choices
from facilitator.export.resolution import VoteSummary
from facilitator.export.votes import load_vote_summaries
from facilitator.gui.resolution.arrangement import outline_of_session
from facilitator.gui.resolution.labels import vote_details
from facilitator.gui.resolution.model import (
    COL_INCLUDE,
    COL_SECTION,
    COL_WORDING,
    ResolutionFilter,
    ResolutionModel,
)


def loaded(demo: Any) -> ResolutionModel:
    model = ResolutionModel()
    model.set_outline(outline_of_session(demo, load_vote_summaries()))
    return model


def test_model_passes_the_model_tester(demo: Any, qtmodeltester: Any) -> None:
    model = loaded(demo)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 9  # general, seven platforms, final
    platform = model.index(1, 0)
    assert model.rowCount(platform) == 4
    assert "Platform 1." in platform.data()


def test_filter_passes_the_model_tester(demo: Any, qtmodeltester: Any) -> None:
    proxy = ResolutionFilter()
    proxy.setSourceModel(loaded(demo))
    proxy.set_text("газ")
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() >= 1


def test_edits_become_requests(demo: Any, qtbot: Any) -> None:
    model = loaded(demo)
    entry = next(e for e in model.entries() if e.row.status == "adopted")
    index = model.index_of(entry.id, COL_INCLUDE)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    assert index.data() == "rules: in"
    with qtbot.waitSignal(model.editRequested) as blocker:
        model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert blocker.args == [entry.id, {"included": False}]
    with qtbot.waitSignal(model.editRequested) as blocker:
        model.setData(model.index_of(entry.id, COL_WORDING), "Другие слова")
    assert blocker.args == [entry.id, {"wording": "Другие слова"}]
    with qtbot.assertNotEmitted(model.editRequested):
        model.setData(model.index_of(entry.id, COL_WORDING), entry.default_wording)
    assert not model.setData(model.index_of(entry.id, COL_SECTION), "nowhere")


def test_a_move_keeps_persistent_indexes(demo: Any) -> None:
    model = loaded(demo)
    entry = next(e for e in model.entries() if e.row.kind == "problem")
    persistent = model.index_of(entry.id, 1)
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(persistent)
    choices.set_entry(demo, entry.id, section="final")
    model.set_outline(outline_of_session(demo, load_vote_summaries()))
    assert kept.isValid() and kept.data() == entry.row.code
    assert kept.parent() == model.index(model.rowCount() - 1, 0, QModelIndex())


def test_an_open_vote_shows_as_not_finished() -> None:
    assert vote_details(VoteSummary("count", open=True)) == "Voting not finished"
    assert vote_details(VoteSummary("dots", dots=4, open=True)) == "4 dots"  # a closed one's
