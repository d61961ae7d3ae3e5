"""Cold start and peak memory of the app on a session, each against a bare PySide6 window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import memory_row, row
from bench.generate import session_copy
from bench.sizes import Size

CHILD = Path(__file__).with_name("startup.py")
SETTLE_MS = 500  # after the first paint, for work the window defers to the event loop


def child(mode: str, session: Path | None, settle_ms: int = 0) -> tuple[float, float]:
    """Start a child process; seconds until it has painted its window, and its peak MB."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as settings:
        args = [sys.executable, str(CHILD), mode, settings]
        args += [str(session)] if session else []
        args += ["--settle", str(settle_ms)] if settle_ms else []
        started = time.perf_counter()
        done = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
        elapsed = time.perf_counter() - started
    return elapsed, json.loads(done.stdout.strip().splitlines()[-1])["rss_mb"]


def cold_starts(session: Path, repeat: int) -> tuple[list[float], list[float]]:
    """Alternate bare and app starts so that both see the same machine state."""
    bare, app = [], []
    for _ in range(repeat):
        bare.append(child("bare", None)[0])
        app.append(child("app", session)[0])
    return bare, app


def peak_memory(session: Path, repeat: int) -> tuple[list[float], list[float]]:
    bare = [child("bare", None, SETTLE_MS)[1] for _ in range(max(1, repeat // 2))]
    app = [child("app", session, SETTLE_MS)[1] for _ in range(max(1, repeat // 2))]
    return bare, app


def run(size: Size, repeat: int = 5) -> list[str]:
    session = session_copy(size)
    bare, app = cold_starts(session, repeat)
    bare_mb, app_mb = peak_memory(session, repeat)
    return [
        row("bare PySide6 window, process start to first paint", size.name, bare),
        row(
            "cold start to the first painted main window",
            size.name,
            app,
            bare,
            "ratio ≤ 4, ≤ 0.6 s",
        ),
        memory_row("peak memory, a bare PySide6 window", size.name, bare_mb),
        memory_row(
            "peak memory with the session open in the app", size.name, app_mb, bare_mb, "≤ 250 MB"
        ),
    ]
