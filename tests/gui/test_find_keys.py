"""Ctrl+F on every tab, pressed as a person does: it lands in a find box, never crashes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier


def press_find(qtbot: Any, window: Any) -> Any:
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    return QApplication.focusWidget()


def test_ctrl_f_on_results_finds_among_proposals(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.tabs.currentWidget() is window.voting.results
    focused = press_find(qtbot, window)
    assert window.tabs.currentWidget() is window.proposals
    assert focused is window.proposals.search
    qtbot.keyClicks(focused, "college")
    assert window.proposals.proxy.rowCount() == 1


def test_ctrl_f_on_resolution_focuses_its_own_find_box(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F9)
    editor = window.resolution.ensure()
    focused = press_find(qtbot, window)
    assert window.tabs.currentWidget() is window.resolution
    assert focused is editor.search


def test_ctrl_f_on_platforms_results_does_not_crash(qtbot: Any, window: Any) -> None:
    dashboard = window.exchange.dashboard
    assert dashboard is not None  # the secretariat's window has the tab
    window.actions_.by_key["view_dashboard"].trigger()
    assert window.tabs.currentWidget() is dashboard
    focused = press_find(qtbot, window)
    assert focused is window.proposals.search


def test_ctrl_f_selects_what_was_typed_before(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F7)
    search = window.participants.search
    qtbot.keyClicks(press_find(qtbot, window), "Petrov")
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert press_find(qtbot, window) is search
    assert search.selectedText() == "Petrov"  # typing replaces the old search
