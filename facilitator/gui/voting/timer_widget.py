"""The timer's faces: a time display that changes colour, and the controls for the moderator."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from facilitator.gui.voting.colours import timer_colour
from facilitator.gui.voting.timer import OVERTIME, PRESETS, Timer, format_seconds, parse_duration
from facilitator.gui.widgets import Retranslating


class TimerDisplay(QLabel):
    """m:ss in the colour of the timer's level; blinks in overtime. Shared by both windows."""

    def __init__(self, timer: Timer, parent: Any = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.level = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName("timer time")
        timer.ticked.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.level = self.timer.level()
        self.setText(self.timer.text())
        colour = timer_colour(self.level)
        if self.level == OVERTIME and not self.timer.blink_on():
            colour = None  # the off phase of the blink
        self.setStyleSheet("" if colour is None else f"color: {colour.name()};")


class TimerWidget(Retranslating, QWidget):
    """The moderator's timer: the time, start/pause, reset and a menu of durations."""

    def __init__(self, timer: Timer, parent: Any = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.display = TimerDisplay(timer, self)
        font = self.display.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.display.setFont(font)
        self.display.setMinimumWidth(self.display.fontMetrics().horizontalAdvance("\u221288:88"))
        self.start_button = QPushButton(self)
        self.start_button.setAccessibleName("timer start")
        self.reset_button = QPushButton(self)
        self.reset_button.setAccessibleName("timer reset")
        self.presets = QToolButton(self)
        self.presets.setAccessibleName("timer durations")
        self.presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.presets.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.display, self.start_button, self.reset_button, self.presets):
            layout.addWidget(widget)
        self.start_button.clicked.connect(timer.toggle)
        self.reset_button.clicked.connect(timer.reset)
        timer.stateChanged.connect(self._state_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.reset_button.setText(self.tr("Reset"))
        self.presets.setText(self.tr("Duration"))
        self.presets.setToolTip(self.tr("Choose how long the timer runs"))
        self.menu.clear()
        for seconds in PRESETS:
            action = self.menu.addAction(self.tr("%n min", "", seconds // 60))
            action.triggered.connect(lambda _c=False, s=seconds: self.timer.set_duration(s))
        self.menu.addSeparator()
        self.custom_action: QAction = self.menu.addAction(self.tr("Custom…"))
        self.custom_action.triggered.connect(self.ask_custom)
        self._state_changed()

    def _state_changed(self) -> None:
        self.start_button.setText(self.tr("Pause") if self.timer.running else self.tr("Start"))
        self.display.setToolTip(
            self.tr("Duration %1").replace("%1", format_seconds(self.timer.duration))
        )

    def ask_custom(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Timer"),
            self.tr("Duration (minutes, or minutes:seconds):"),
            text=format_seconds(self.timer.duration),
        )
        seconds = parse_duration(text) if ok else None
        if seconds is not None:
            self.timer.set_duration(seconds)
