"""Long operations run off the GUI thread: the window stays alive, Cancel reaches the work."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from facilitator.gui.background import run_in_background
from facilitator.messages import FacilitatorError
from facilitator.services.records import cancelled


def test_the_gui_thread_keeps_running_and_the_result_comes_back(qtbot: Any, sf: Any) -> None:
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    gui_thread = threading.get_ident()

    def work(progress: Any, should_cancel: Any) -> int:
        assert threading.get_ident() != gui_thread
        for step in range(1, 4):
            time.sleep(0.05)
            progress(step, 3)
        return 42

    assert run_in_background(None, sf, "Working…", "Cancel", work) == 42
    timer.stop()
    assert len(ticks) >= 5  # the event loop ran while the work went on


def test_cancel_in_the_progress_window_stops_the_work(qtbot: Any, sf: Any) -> None:
    def work(progress: Any, should_cancel: Any) -> None:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if should_cancel():
                raise cancelled()
            time.sleep(0.01)

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        assert shown, "the progress window is up after 0.3 s"
        (button,) = shown[0].findChildren(QPushButton)
        assert button.text() == "Cancel"
        button.click()

    QTimer.singleShot(600, press_cancel)
    started = time.monotonic()
    with pytest.raises(FacilitatorError):
        run_in_background(None, sf, "Merging…", "Cancel", work)
    assert time.monotonic() - started < 3
