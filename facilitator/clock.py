"""Hybrid logical clock: versions that order edits across laptops whose clocks disagree.

A version is a fixed-width text, so comparing two versions as text (in Python or in SQL's
ORDER BY) is the same as comparing their parsed (millis, counter, device). The counter has five
digits; a clock that would count past 99,999 within one millisecond carries into the
milliseconds instead, so no version ever grows a sixth counter digit and sorts out of order.
"""

from __future__ import annotations

import time
from collections.abc import Callable

WIDTH_MS = 13
WIDTH_COUNTER = 5
MAX_COUNTER = 10**WIDTH_COUNTER - 1


def make_version(millis: int, counter: int, device: str) -> str:
    """A version string that sorts in causal order (millis, counter, device)."""
    if not 0 <= counter <= MAX_COUNTER or not 0 <= millis < 10**WIDTH_MS:
        raise ValueError(f"version out of range: {millis}, {counter}")
    return f"{millis:0{WIDTH_MS}d}-{counter:0{WIDTH_COUNTER}d}-{device}"


def parse_version(version: str) -> tuple[int, int, str]:
    millis, counter, device = version.split("-", 2)
    return int(millis), int(counter), device


def version_millis(version: str) -> int:
    return int(version[:WIDTH_MS])


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues versions greater than every version seen, close to wall-clock time."""

    def __init__(self, device: str, now_ms: Callable[[], int] | None = None) -> None:
        self.device = device
        self.now_ms = now_ms or wall_ms
        self._millis = 0
        self._counter = 0

    @property
    def millis(self) -> int:
        """The clock's time: the newest of its wall clock and every version it observed."""
        return self._millis

    def state(self) -> tuple[int, int]:
        return self._millis, self._counter

    def restore(self, state: tuple[int, int]) -> None:
        """Back to a saved state (after a dry run observed versions it then rolled back)."""
        self._millis, self._counter = state

    def observe(self, version: str | None) -> None:
        """Move the clock past a version made elsewhere (or read back from the file)."""
        if not version:
            return
        millis, counter, _ = parse_version(version)
        if (millis, counter) > (self._millis, self._counter):
            self._millis, self._counter = millis, counter

    def tick(self) -> str:
        now = self.now_ms()
        if now > self._millis:
            self._millis, self._counter = now, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        else:  # the counter is full: carry into the milliseconds (keeps the text order)
            self._millis, self._counter = self._millis + 1, 0
        return make_version(self._millis, self._counter, self.device)
