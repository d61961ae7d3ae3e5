"""Empty tables say what to do next."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from facilitator.gui.main_window import MainWindow
from facilitator.gui.operations import Operations
from facilitator.services import platforms
from facilitator.store.db import building, open_session_file


def test_an_empty_platform_says_how_to_capture(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.platform_id == platforms.list_platforms()[1].id  # nothing captured there
    hint = window.proposals.empty_hint()
    assert hint.startswith("Nothing captured yet") and "press Enter" in hint
    assert "Import a list (Ctrl+I)" in window.participants.empty_hint()
    window.proposals.table.grab()  # paints the hint without a warning


def test_a_search_that_finds_nothing_says_so(qtbot: Any, window: Any) -> None:
    qtbot.keyClicks(window.proposals.search, "zzz")
    assert window.proposals.proxy.rowCount() == 0
    assert window.proposals.empty_hint() == "Nothing matches the search or the filters."


def test_a_session_without_platforms_says_where_they_come_from(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "bare.fsession"
    with building(path, "Bare session"):
        pass
    sf = open_session_file(path)
    try:
        window = MainWindow(Operations(sf))
        qtbot.addWidget(window)
        assert "Session setup" in window.proposals.empty_hint()
        window.close()
    finally:
        sf.close()
