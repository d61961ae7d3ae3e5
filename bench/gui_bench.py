"""GUI speed at forum scale: open a session and show its table; one filter keystroke.

python -m bench.gui_bench [--size S|M|L]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from bench.common import HEADER, measure, row
from bench.generate import one_platform, session_copy
from bench.sizes import SIZES, Size
from bench.startup import isolate_settings
from facilitator.gui import language
from facilitator.gui.main_window import MainWindow
from facilitator.gui.operations import Operations
from facilitator.store.db import open_session_file

# what a moderator types: a word letter by letter, clearing, another word, a number
KEYSTROKES = ("з", "за", "зав", "заво", "завод", "", "к", "ка", "кад", "12", "123", "")


def qt_app() -> QApplication:
    """The one QApplication of this process, in English, with throwaway settings."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    isolate_settings(tempfile.mkdtemp())
    language.install("en")
    return app  # type: ignore[return-value]


def open_window(path: Path) -> MainWindow:
    """Open the session and show the main window with its table, as the app does."""
    window = MainWindow(Operations(open_session_file(path)))
    window.resize(1400, 850)
    window.show()
    QApplication.processEvents()  # layout and the first paint
    return window


def close_window(window: MainWindow) -> None:
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.ops.sf.close()


def time_open(path: Path, repeat: int) -> tuple[list[float], int]:
    """Seconds to open and show; the rows the table shows."""
    times, shown = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        window = open_window(path)
        times.append(time.perf_counter() - started)
        shown = window.proposals.proxy.rowCount()
        close_window(window)
    return times, shown


def time_keystrokes(path: Path, repeat: int) -> tuple[list[float], int]:
    """Seconds per keystroke in the filter box (filter and repaint); the rows filtered."""
    window = open_window(path)
    search, rows = window.proposals.search, window.proposals.model.rowCount()
    times = []
    for _ in range(max(1, repeat // 2)):
        for text in KEYSTROKES:
            times += measure(lambda t=text: type_into(search, t), 1)
    close_window(window)
    return times, rows


def type_into(search: object, text: str) -> None:
    search.setText(text)  # type: ignore[attr-defined]
    QApplication.processEvents()


def run(size: Size, repeat: int = 5) -> list[str]:
    qt_app()
    opened, shown = time_open(session_copy(size), repeat)
    big = session_copy(one_platform(size))
    opened_big, shown_big = time_open(big, repeat)
    keys, rows = time_keystrokes(big, repeat)
    return [
        row(f"open and show the proposals table ({shown:,} rows)", size.name, opened),
        row(
            f"open and show the proposals table, one platform ({shown_big:,} rows)",
            size.name,
            opened_big,
            target="≤ 0.5 s",
        ),
        row(f"one filter keystroke over {rows:,} rows", size.name, keys, target="≤ 50 ms"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="L")
    args = parser.parse_args(argv)
    print(HEADER)
    print("\n".join(run(SIZES[args.size], 3)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
