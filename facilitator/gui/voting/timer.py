"""The presentation/discussion timer: a countdown model shared by every view that shows it."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

PRESETS = (60, 120, 180, 300, 420, 600)  # seconds: the usual slots for a talk or a discussion
WARNING_SHARE = 0.2
DANGER_SHARE = 0.1
NORMAL, WARNING, DANGER, OVERTIME = "normal", "warning", "danger", "overtime"
TICK_MS = 250  # often enough that the seconds never visibly stall


def format_seconds(seconds: int) -> str:
    """m:ss, and −m:ss (a real minus sign) once the time is over."""
    sign = "\u2212" if seconds < 0 else ""
    minutes, rest = divmod(abs(seconds), 60)
    return f"{sign}{minutes}:{rest:02d}"


def parse_duration(text: str) -> int | None:
    """Seconds from "5" (minutes), "4:30" or "0:45"; None when it is not a positive duration."""
    parts = text.strip().replace(".", ":").split(":")
    if len(parts) > 2 or not all(p.strip().isdigit() for p in parts):
        return None
    minutes = int(parts[0])
    seconds = int(parts[1]) if len(parts) == 2 else 0
    if seconds >= 60 or minutes * 60 + seconds <= 0:
        return None
    return minutes * 60 + seconds


class Timer(QObject):
    """A countdown: duration, running or paused, remaining time read from an injectable clock.

    The remaining time is computed from the clock, never counted down by ticks, so a late or
    missed tick cannot make the timer drift; the QTimer only says when to look again.
    """

    ticked = Signal()  # the shown time may have changed
    stateChanged = Signal()  # started, paused, reset or a new duration
    ranOut = Signal()  # once, when the time reaches zero (the app sounds the bell)

    def __init__(
        self,
        duration: int = 300,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._duration = duration
        self._used = 0.0  # seconds spent in earlier runs (before the last pause)
        self._started: float | None = None
        self._rang = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

    # --- state ----------------------------------------------------------------------------
    @property
    def duration(self) -> int:
        return self._duration

    @property
    def running(self) -> bool:
        return self._started is not None

    def elapsed(self) -> float:
        if self._started is None:
            return self._used
        return self._used + self._clock() - self._started

    def remaining(self) -> int:
        """Whole seconds left, rounded up while time remains (5:00 shows until a second passed)."""
        left = self._duration - self.elapsed()
        return math.ceil(left) if left > 0 else -math.floor(-left)

    def level(self) -> str:
        left = self._duration - self.elapsed()
        if left < 0:
            return OVERTIME
        share = left / self._duration if self._duration else 0
        if left == 0 or share < DANGER_SHARE:
            return DANGER
        if share < WARNING_SHARE:
            return WARNING
        return NORMAL

    def blink_on(self) -> bool:
        """In overtime the display flashes once a second; phase from the clock, so testable."""
        return math.floor(self.elapsed() * 2) % 2 == 0

    def text(self) -> str:
        return format_seconds(self.remaining())

    # --- control --------------------------------------------------------------------------
    def start(self) -> None:
        if self._started is None:
            self._started = self._clock()
            self._ticker.start()
            self._changed()

    def pause(self) -> None:
        if self._started is not None:
            self._used = self.elapsed()
            self._started = None
            self._ticker.stop()
            self._changed()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self._ticker.stop()
        self._started = None
        self._used = 0.0
        self._rang = False
        self._changed()

    def set_duration(self, seconds: int) -> None:
        """A new duration starts from the top, stopped: a preset is chosen before the talk."""
        self._duration = max(1, int(seconds))
        self.reset()

    def tick(self) -> None:
        self.ticked.emit()
        if not self._rang and self.elapsed() >= self._duration:
            self._rang = True
            self.ranOut.emit()

    def _changed(self) -> None:
        self.stateChanged.emit()
        self.ticked.emit()
