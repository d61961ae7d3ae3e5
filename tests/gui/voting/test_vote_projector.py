"""The projector follows the moderator's selection, shows the live result, toggles full screen."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import by_name
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from facilitator.gui.voting.chart_data import Bars, Matrix
from facilitator.gui.voting.projector import MIN_TITLE_PX, ProjectorWindow
from facilitator.gui.voting.timer import Timer
from facilitator.services import votes


@pytest.fixture
def projector(qtbot: Any, control: Any, clock: Any) -> ProjectorWindow:
    window = ProjectorWindow(control.platform_id, Timer(120, clock=clock))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    control.changed.connect(window.on_changed)
    return window


def text(window: ProjectorWindow, name: str) -> str:
    return by_name(window, QLabel, name).text()


def test_follows_the_selection(projector: ProjectorWindow, items: list[Any]) -> None:
    projector.set_item(items[1].id)
    assert text(projector, "projector code") == "1.2"
    assert text(projector, "projector title") == "Train engineers locally"
    assert text(projector, "projector presenter") == "Ivanova A."
    assert by_name(projector, QLabel, "projector title").font().pixelSize() >= MIN_TITLE_PX
    projector.set_item(items[0].id)
    assert text(projector, "projector code") == "1.1"
    assert projector.chart.chart is None  # no vote on it yet
    projector.set_item(None)
    assert text(projector, "projector title") == ""


class Table(QObject):
    currentChanged = Signal(str)


def test_follows_a_selection_signal(projector: ProjectorWindow, items: list[Any]) -> None:
    table = Table()
    table.currentChanged.connect(projector.set_item)
    table.currentChanged.emit(items[2].id)
    assert text(projector, "projector code") == "1.3"


def test_shows_the_live_result(
    projector: ProjectorWindow, control: Any, items: list[Any], qtbot: Any
) -> None:
    item = items[0]
    vote = control.start("count", [item.id], {})
    projector.set_item(item.id)
    assert "Open vote by count, round 1: voting" in text(projector, "projector vote")
    control.tally(vote.id, item.id, {"for": 2, "against": 1, "abstain": 0})  # via `changed`
    assert projector.chart.chart is None  # hidden while the vote runs
    assert projector.chart.empty_text == "Voting in progress"
    assert not by_name(projector, QLabel, "projector outcome").isVisible()
    qtbot.keyClick(projector, Qt.Key.Key_R)  # the moderator reveals it
    assert text(projector, "projector outcome") == "So far: adopted"
    chart = projector.chart.chart
    assert isinstance(chart, Bars)
    assert [(b.label, b.value) for b in chart.bars] == [("For", 2), ("Against", 1), ("Abstain", 0)]
    assert chart.note == "" and chart.marker == 2  # the outcome is said once, above the bars
    control.close(vote.id)
    assert "closed" in text(projector, "projector vote")


def test_rating_shows_the_matrix(
    projector: ProjectorWindow, control: Any, items: list[Any], qtbot: Any
) -> None:
    ids = [i.id for i in items]
    vote = control.start("rating", ids, {})
    control.tally(vote.id, ids[0], {"effect": 8.0, "feasibility": 3.0})
    projector.set_item(ids[0])
    assert projector.chart.chart is None  # hidden while the vote runs, whatever its method
    qtbot.keyClick(projector, Qt.Key.Key_R)
    chart = projector.chart.chart
    assert isinstance(chart, Matrix)
    assert [(p.label, p.x, p.y, p.highlight) for p in chart.points] == [("1.1", 3.0, 8.0, True)]
    projector.grab()  # paints without a warning


def test_timer_is_shown(projector: ProjectorWindow, clock: Any) -> None:
    timer = projector.timer_display.timer
    timer.start()
    clock.advance(110)
    timer.tick()
    assert text(projector, "timer time") == "0:10"
    assert projector.timer_display.level == "danger"


def test_full_screen_and_contrast(projector: ProjectorWindow, qtbot: Any) -> None:
    qtbot.keyClick(projector, Qt.Key.Key_F11)
    assert projector.isFullScreen()
    assert not projector.full_button.isVisible()  # the room does not see the controls
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()
    assert projector.theme.background.name() == "#000000"
    projector.contrast_button.click()
    assert projector.theme.background.name() != "#000000"


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_opens_as_a_window_on_a_single_screen(qtbot: Any, control: Any, clock: Any) -> None:
    window = ProjectorWindow(control.platform_id, Timer(60, clock=clock))
    qtbot.addWidget(window)
    window.show_on_projector()
    assert window.isVisible() and not window.isFullScreen()
    assert votes.list_votes() == []


def test_a_closed_vote_shows_its_result_without_a_reveal(
    projector: ProjectorWindow, control: Any, items: list[Any]
) -> None:
    item = items[0]
    vote = control.start("count", [item.id], {})
    projector.set_item(item.id)
    control.tally(vote.id, item.id, {"for": 0, "against": 2, "abstain": 0})
    assert text(projector, "projector outcome") == ""
    control.close(vote.id)
    assert text(projector, "projector outcome") == "Rejected"
    assert isinstance(projector.chart.chart, Bars)


def test_long_title_shrinks_and_the_result_stays_largest(
    projector: ProjectorWindow, control: Any, filled: Any, items: list[Any], qtbot: Any
) -> None:
    from facilitator.services import proposals

    long_title = " ".join(["Развитие кадрового потенциала промышленных предприятий"] * 6)
    proposals.edit_proposal(filled, items[0].id, title=long_title)
    vote = control.start("count", [items[0].id], {})
    control.tally(vote.id, items[0].id, {"for": 3, "against": 0, "abstain": 0})
    control.close(vote.id)
    projector.resize(1366, 768)
    projector.set_item(items[0].id)
    qtbot.wait(10)
    title = by_name(projector, QLabel, "projector title")
    outcome = by_name(projector, QLabel, "projector outcome")
    assert title.height() <= 768 * 0.25
    assert outcome.font().pixelSize() > title.font().pixelSize()
    assert (
        outcome.font().pixelSize()
        >= by_name(projector, QLabel, "projector code").font().pixelSize()
    )
    assert projector.chart.height() >= 768 * 0.3  # the chart is not pushed off the bottom
    short = ProjectorWindow(control.platform_id, projector.timer_display.timer)
    qtbot.addWidget(short)
    short.resize(1366, 768)
    short.show()
    short.set_item(items[1].id)
    assert by_name(short, QLabel, "projector title").font().pixelSize() >= MIN_TITLE_PX


def test_blank_screen_from_the_main_window_and_back(
    qtbot: Any, window: Any, present: list[str]
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    projector = window.voting.projector
    assert projector is not None and projector.isVisible() and projector.is_blank()
    assert not projector.code.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not projector.is_blank()


def test_reveal_from_the_main_window(qtbot: Any, window: Any, present: list[str]) -> None:
    window.reload()
    window.proposals.table.setFocus()
    qtbot.keyClick(window.proposals.table, Qt.Key.Key_Home)
    item_id = window.proposals.current().id
    control = window.voting.control
    vote = control.start("count", [item_id], {})
    control.tally(vote.id, item_id, {"for": 2, "against": 0, "abstain": 0})
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = window.voting.projector
    assert projector.chart.chart is None and not projector.outcome.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert projector.outcome.text() == "So far: adopted"  # the vote still runs: not decided
    assert projector.chart.chart is not None
    control.close(vote.id)
    assert projector.outcome.text() == "Adopted"


def test_f5_toggles_and_esc_closes_a_windowed_projector(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = window.voting.projector
    assert projector.isVisible() and not projector.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not projector.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert projector.isVisible()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()


def test_text_zoom_with_ctrl_plus_and_minus(qtbot: Any, projector: ProjectorWindow) -> None:
    projector.resize(1366, 768)
    code = by_name(projector, QLabel, "projector code")
    normal = code.font().pixelSize()
    qtbot.keyClick(projector, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert code.font().pixelSize() > normal
    qtbot.keyClick(projector, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert code.font().pixelSize() == normal
    qtbot.keyClick(projector, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert code.font().pixelSize() < normal


def test_the_projector_keeps_the_pinned_entry_while_the_table_moves(
    qtbot: Any, window: Any
) -> None:
    window.reload()
    table = window.proposals.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    first = window.proposals.current()
    qtbot.keyClick(table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # pin A
    projector = window.voting.projector
    assert projector.isVisible() and projector.item_id == first.id
    assert projector.windowTitle() == f"Projector: {first.code} {first.title}"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = window.proposals.current()
    assert second.id != first.id
    assert projector.item_id == first.id  # the room still sees A
    assert projector.code.text() == first.code
    qtbot.keyClick(table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # pin B
    assert projector.item_id == second.id and projector.code.text() == second.code
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert projector.item_id == second.id


def test_f5_opens_the_projector_on_the_current_entry_and_keeps_it(qtbot: Any, window: Any) -> None:
    window.reload()
    table = window.proposals.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    first = window.proposals.current()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = window.voting.projector
    assert projector.item_id == first.id
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert window.proposals.current().id != first.id
    assert projector.item_id == first.id


def test_the_tables_right_click_menu_offers_the_projector(window: Any) -> None:
    texts = [a.text() for a in window.proposals.table.actions()]
    assert texts[0] == "Show the e&ntry on the projector"
    assert "&Delete entry" in texts
    assert window.proposals.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
