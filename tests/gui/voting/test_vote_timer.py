"""The timer counts down from a fake clock: no real waiting; colours, pause, reset, presets."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import by_name
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QPushButton

from facilitator.gui.voting.timer import (
    DANGER,
    NORMAL,
    OVERTIME,
    WARNING,
    Timer,
    format_seconds,
    parse_duration,
)
from facilitator.gui.voting.timer_widget import TimerDisplay, TimerWidget


@pytest.fixture
def timer(qtbot: Any, clock: Any) -> Timer:
    return Timer(100, clock=clock)


def test_counts_down_by_the_clock(timer: Timer, clock: Any) -> None:
    timer.start()
    assert timer.remaining() == 100
    clock.advance(0.4)
    assert timer.remaining() == 100  # rounded up: 1:40 shows for the whole first second
    clock.advance(30)
    assert timer.remaining() == 70
    assert timer.text() == "1:10"


def test_levels_change_as_time_runs_out(timer: Timer, clock: Any) -> None:
    timer.start()
    assert timer.level() == NORMAL
    clock.advance(81)
    assert timer.level() == WARNING  # 19 s of 100 left: under 20 %
    clock.advance(10)
    assert timer.level() == DANGER  # 9 s left: under 10 %
    clock.advance(9)
    assert (timer.remaining(), timer.level()) == (0, DANGER)
    clock.advance(15)
    assert timer.level() == OVERTIME
    assert timer.text() == "\u22120:15"


def test_pause_keeps_the_time_and_reset_restores_it(timer: Timer, clock: Any) -> None:
    timer.start()
    clock.advance(10)
    timer.pause()
    assert not timer.running
    clock.advance(50)  # paused: nothing is used
    assert timer.remaining() == 90
    timer.toggle()
    clock.advance(5)
    assert timer.remaining() == 85
    timer.reset()
    assert (timer.remaining(), timer.running) == (100, False)


def test_display_follows_ticks_and_colours(qtbot: Any, timer: Timer, clock: Any) -> None:
    display = TimerDisplay(timer)
    qtbot.addWidget(display)
    timer.start()
    clock.advance(85)
    with qtbot.waitSignal(timer.ticked, timeout=100):
        timer.tick()  # what the QTimer does; called here so that nothing waits
    assert display.text() == "0:15"
    assert display.level == WARNING
    assert "#ffb300" in display.styleSheet()
    clock.advance(15.2)
    timer.tick()
    assert display.level == OVERTIME and "#e53935" in display.styleSheet()
    clock.advance(0.5)  # the blink's off phase
    timer.tick()
    assert display.styleSheet() == ""


def test_widget_buttons_and_presets(qtbot: Any, clock: Any, monkeypatch: Any) -> None:
    timer = Timer(300, clock=clock)
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    start = by_name(widget, QPushButton, "timer start")
    assert start.text() == "Start"
    start.click()
    assert timer.running and start.text() == "Pause"
    clock.advance(60)
    timer.tick()
    assert by_name(widget, QLabel, "timer time").text() == "4:00"
    by_name(widget, QPushButton, "timer reset").click()
    assert by_name(widget, QLabel, "timer time").text() == "5:00"
    titles = [a.text() for a in widget.menu.actions() if a.text()]
    assert titles == ["1 min", "2 min", "3 min", "5 min", "7 min", "10 min", "Custom…"]
    widget.menu.actions()[4].trigger()
    assert timer.duration == 420
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("4:30", True)))
    widget.custom_action.trigger()
    assert (timer.duration, widget.display.text()) == (270, "4:30")


def test_durations_are_read_and_written() -> None:
    assert [parse_duration(t) for t in ("5", "4:30", "0:45", "0", "1:75", "x")] == [
        300, 270, 45, None, None, None,
    ]  # fmt: skip
    assert format_seconds(-75) == "\u22121:15"


def test_rings_once_at_zero_and_again_after_a_reset(timer: Timer, clock: Any) -> None:
    rang: list[int] = []
    timer.ranOut.connect(lambda: rang.append(1))
    timer.start()
    clock.advance(99)
    timer.tick()
    assert rang == []
    clock.advance(1)
    timer.tick()
    clock.advance(5)
    timer.tick()  # overtime: no second ring
    assert rang == [1]
    timer.reset()
    timer.start()
    clock.advance(100)
    timer.tick()
    assert rang == [1, 1]


def run_out(timer: Timer) -> None:
    timer.set_duration(1)
    timer._used = 1.0  # the minute is over
    timer.tick()


def test_the_app_sounds_the_bell_when_time_is_up(window: Any) -> None:
    rung: list[int] = []
    window.voting.bell = lambda: rung.append(1)
    run_out(window.voting.timer)
    assert rung == [1]  # on by default


def test_the_bell_is_the_system_beep(window: Any, monkeypatch: Any) -> None:
    rung: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: rung.append(1)))
    run_out(window.voting.timer)
    assert rung == [1]


def test_preferences_turn_the_bell_off_and_on(qtbot: Any, window: Any) -> None:
    from facilitator.gui import settings
    from facilitator.gui.preferences import PreferencesDialog

    rung: list[int] = []
    window.voting.bell = lambda: rung.append(1)
    for expected in ([], [1]):
        was_on = settings.TIMER_SOUND.get()
        dialog = PreferencesDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Sound …
        qtbot.waitUntil(lambda d=dialog, w=was_on: d.sound.isChecked() != w)  # a mnemonic's click
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.result() == dialog.DialogCode.Accepted
        rung.clear()
        run_out(window.voting.timer)
        assert rung == expected
