"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(
    run: Callable[[], object], repeat: int = 5, setup: Callable[[], object] | None = None
) -> list[float]:
    """Wall-clock seconds of `run` over `repeat` runs, `setup` untimed before each."""
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def row(
    operation: str,
    size: str,
    times: list[float],
    baseline: list[float] | None = None,
    target: str = "",
) -> str:
    median = statistics.median(times)
    ratio = f"{median / statistics.median(baseline):.2f}" if baseline else ""
    span = f"{min(times) * 1000:.1f}–{max(times) * 1000:.1f}"
    return f"| {operation} | {size} | {median * 1000:.1f} ms | {span} ms | {ratio} | {target} |"


def memory_row(
    operation: str,
    size: str,
    megabytes: list[float],
    baseline: list[float] | None = None,
    target: str = "",
) -> str:
    """A row of peak memory figures (MB) in the same columns as the timings."""
    median = statistics.median(megabytes)
    ratio = f"{median / statistics.median(baseline):.2f}" if baseline else ""
    span = f"{min(megabytes):.0f}–{max(megabytes):.0f}"
    return f"| {operation} | {size} | {median:.0f} MB | {span} MB | {ratio} | {target} |"


HEADER = (
    "| operation | size | median | min–max | ratio to baseline | target |\n"
    "|---|---|---|---|---|---|"
)
