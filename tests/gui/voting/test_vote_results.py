"""The results view ranks a vote's items by its method; result cells for the proposals table."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import by_name
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from facilitator.gui.voting.ballot_models import DotsGridModel, NamedGridModel, RankingModel
from facilitator.gui.voting.chart_data import Bars, Matrix
from facilitator.gui.voting.entries import voters
from facilitator.gui.voting.results_model import ResultsModel
from facilitator.gui.voting.results_view import ResultsView
from facilitator.gui.voting.tally_model import TallyModel
from facilitator.gui.voting.texts import result_text, result_tooltip
from facilitator.services.results import latest_results


def cells(model: Any, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


@pytest.fixture
def voted(control: Any, items: list[Any], present: list[str]) -> dict[str, Any]:
    """A closed count vote on 1.1, dots on all three, a rating of two, a ranking of three."""
    ids = [i.id for i in items]
    count = control.start("count", [ids[0]], {})
    control.tally(count.id, ids[0], {"for": 2, "against": 1, "abstain": 0})
    control.close(count.id)
    dots = control.start("dots", ids, {"dots": 3})
    for item, n in zip(ids, (2, 5, 1), strict=True):
        control.tally(dots.id, item, {"dots": n})
    rating = control.start("rating", ids[:2], {})
    control.tally(rating.id, ids[0], {"effect": 8.0, "feasibility": 7.5})
    control.tally(rating.id, ids[1], {"effect": 3.0, "feasibility": 2.0})
    ranking = control.start("ranking", ids, {})
    control.ballot(ranking.id, present[0], [[ids[2]], [ids[0]], [ids[1]]])
    return {"count": count, "dots": dots, "rating": rating, "ranking": ranking, "ids": ids}


def test_results_view_ranks_by_the_method(qtbot: Any, control: Any, voted: dict[str, Any]):
    view = ResultsView(control.platform_id)
    qtbot.addWidget(view)
    picker = by_name(view, QComboBox, "results vote")
    assert picker.count() == 4
    assert picker.itemText(0).startswith("Ranking, round 1 (open): 1.1, 1.2, 1.3")
    view.select_vote(voted["dots"].id)
    assert [cells(view.model, r)[:4] for r in range(3)] == [
        ["1", "1.2", "Train engineers locally", "5"],
        ["2", "1.1", "Roads to the industrial park", "2"],
        ["3", "1.3", "Build a technical college", "1"],
    ]
    assert isinstance(view.chart.chart, Bars) and view.chart.chart.bars[0].value == 5
    view.select_vote(voted["rating"].id)
    assert cells(view.model, 0)[3:] == ["8.0", "7.5", "", "Quick win"]  # raters unknown
    assert isinstance(view.chart.chart, Matrix)
    view.grab()
    view.select_vote(voted["count"].id)
    assert cells(view.model, 0)[3:] == ["2", "1", "0", "Adopted"]
    view.select_vote(voted["ranking"].id)
    assert [cells(view.model, r)[1] for r in range(3)] == ["1.3", "1.1", "1.2"]
    view.grab()


def test_results_view_follows_changes(qtbot: Any, control: Any, voted: dict[str, Any]):
    view = ResultsView(control.platform_id)
    qtbot.addWidget(view)
    view.select_vote(voted["dots"].id)
    control.changed.connect(view.on_changed)
    assert control.tally(voted["dots"].id, voted["ids"][1], {"dots": 1})
    assert view.model.index(0, 1).data() == "1.1"
    assert view.picker.currentData() == voted["dots"].id  # the chosen vote stays


def test_result_text_for_the_proposals_table(voted: dict[str, Any], control: Any) -> None:
    results = latest_results(control.platform_id)
    ids = voted["ids"]
    assert result_text(results[ids[0]]) == "2/1/0 \u2713"  # the deciding vote wins the cell
    # the other three votes are still open: their figures so far, marked «…»
    assert result_text(results[ids[2]]) == "Schulze #1 \u2026"
    assert result_text([r for r in results[ids[1]] if r["method"] == "dots"]) == "★ 5 dots #1 …"
    rating = [r for r in results[ids[0]] if r["method"] == "rating"]
    assert result_text(rating) == "8.0/7.5 Quick win \u2026"
    assert result_text(None) == ""
    assert result_tooltip(results[ids[0]]).splitlines()[0] == "Open vote by count: 2/1/0 \u2713"


def test_models_pass_the_model_tester(
    qtmodeltester: Any, control: Any, voted: dict[str, Any], items: list[Any]
) -> None:
    ranking = voted["ranking"]
    named = control.start("named", [items[0].id], {})
    control.ballot(named.id, voters(named)[0][0], {items[0].id: "for"})
    for model in (
        NamedGridModel(control, named.id, voters(named), items[:1]),
        DotsGridModel(control, voted["dots"].id, voters(ranking), items),
        RankingModel(control, ranking.id, voters(ranking), items),
        TallyModel(control, voted["rating"].id, items[:2], ["effect", "feasibility", "raters"]),
    ):
        qtmodeltester.check(model, force_py=True)
    results = ResultsModel()
    results.load(
        "dots",
        [
            {
                "proposal_id": "a",
                "code": "1.1",
                "title": "A",
                "dots": 2,
                "rank": 1,
                "share": 1.0,
                "available": 9,
            }
        ],
    )
    qtmodeltester.check(results, force_py=True)
    results.load("", [])
    qtmodeltester.check(results, force_py=True)
    assert results.headerData(0, Qt.Orientation.Horizontal) == "Rank"
