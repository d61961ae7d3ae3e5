"""Hybrid logical clock: versions that order edits across laptops whose clocks disagree."""

from __future__ import annotations

import time
from collections.abc import Callable

WIDTH_MS = 13
WIDTH_COUNTER = 5


def make_version(millis: int, counter: int, device: str) -> str:
    """A version string that sorts in causal order (millis, counter, device)."""
    return f"{millis:0{WIDTH_MS}d}-{counter:0{WIDTH_COUNTER}d}-{device}"


def parse_version(version: str) -> tuple[int, int, str]:
    millis, counter, device = version.split("-", 2)
    return int(millis), int(counter), device


class HybridClock:
    """Issues versions greater than every version seen, close to wall-clock time."""

    def __init__(self, device: str, now_ms: Callable[[], int] | None = None) -> None:
        self.device = device
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._millis = 0
        self._counter = 0

    def observe(self, version: str | None) -> None:
        """Move the clock past a version made elsewhere (or read back from the file)."""
        if not version:
            return
        millis, counter, _ = parse_version(version)
        if (millis, counter) > (self._millis, self._counter):
            self._millis, self._counter = millis, counter

    def tick(self) -> str:
        now = self._now_ms()
        if now > self._millis:
            self._millis, self._counter = now, 0
        else:
            self._counter += 1
        return make_version(self._millis, self._counter, self.device)
