"""Child process: start a bare window or the app on a session, exit at its first paint.

    python bench/startup.py bare|app SETTINGS_DIR [SESSION] [--settle MS]

Prints one JSON line, {"rss_mb": peak resident memory}, then leaves with os._exit so the
parent's wall-clock time ends at the first painted frame. Settings stay in SETTINGS_DIR.
"""

from __future__ import annotations

import json
import os
import resource
import sys
from pathlib import Path


def isolate_settings(folder: str) -> None:
    """Point QSettings and the standard paths away from the user's own."""
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


def bare() -> object:
    """The baseline: an empty main window of the same size."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 850)
    window.show()
    return window


def app(session: str) -> object:
    """The app's own start: QApplication, language, controller opening the session."""
    from facilitator.gui.app import application, start

    application().setQuitOnLastWindowClosed(False)
    return start(Path(session), demo=False)


def peak_mb() -> float:
    """Peak resident memory of this process image (VmHWM: ru_maxrss would count the parent's,
    inherited at fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def finish() -> None:
    rss_mb = peak_mb()
    print(json.dumps({"rss_mb": round(rss_mb, 1)}), flush=True)
    os._exit(0)


def wait_for_paint(settle_ms: int) -> None:
    """Finish once the first frame of a main window has been painted (and `settle_ms` after)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() == QEvent.Type.Paint:
                if isinstance(watched, QMainWindow):
                    self.seen = True  # the rest of this frame paints before the timer fires
                    QTimer.singleShot(settle_ms, finish)
            return False

    spy = FirstPaint(QApplication.instance())
    QApplication.instance().installEventFilter(spy)


def main(argv: list[str]) -> None:
    mode, folder, *rest = argv
    settle = int(rest[rest.index("--settle") + 1]) if "--settle" in rest else 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    isolate_settings(folder)
    keep = bare() if mode == "bare" else app(rest[0])  # noqa: F841 - the window must live
    wait_for_paint(settle)  # no frame is painted before the event loop runs
    from PySide6.QtWidgets import QApplication

    QApplication.instance().exec()


if __name__ == "__main__":
    main(sys.argv[1:])
