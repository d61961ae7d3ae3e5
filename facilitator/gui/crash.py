"""An exception nobody caught: written to the log and shown in a dialog, never a silent end."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import facilitator
from facilitator import logs

log = logging.getLogger(__name__)
_open: list[CrashDialog] = []  # the dialog shown now (one at a time: the rest go to the log)


class CrashDialog(QDialog):
    """What happened, that nothing is lost, where the log is, and the details to copy."""

    def __init__(self, summary: str, details: str, log_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Something went wrong"))
        text = QLabel(self._text(summary, log_path), self)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QPlainTextEdit(details, self)
        box.setReadOnly(True)
        box.setObjectName("details")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy = QPushButton(self.tr("&Copy details"), self)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, box, buttons):
            layout.addWidget(widget)
        self.resize(640, 420)

    def _text(self, summary: str, log_path: Path) -> str:
        return "\n\n".join(
            (
                self.tr("Facilitator met an error it did not expect: {error}").format(
                    error=summary
                ),
                self.tr(
                    "Nothing is lost: every change was saved the moment you made it. You can "
                    "go on working, or close the app and start it again."
                ),
                self.tr("The details are written to the log: {path}").format(path=log_path),
            )
        )

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def describe(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """The details to report: versions first, then the traceback."""
    versions = f"Facilitator {facilitator.version()}, Qt {qVersion()}, Python {sys.version}"
    return versions + "\n\n" + "".join(traceback.format_exception(kind, value, tb))


class Relay(QObject):
    """Carries a crash to the GUI thread: a dialog must not be made in a worker thread."""

    crashed = Signal(str, str)  # summary, details


_relay: list[Relay] = []


def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the app: log the exception, then show it (once at a time)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    details = describe(kind, value, tb)
    log.critical("uncaught exception\n%s", details)
    summary = "".join(traceback.format_exception_only(kind, value)).strip()
    if _relay:
        _relay[0].crashed.emit(summary, details)  # queued when it comes from another thread


def show(summary: str, details: str) -> None:
    if _open or QApplication.instance() is None:
        return
    dialog = CrashDialog(summary, details, logs.log_file("app"), QApplication.activeWindow())
    dialog.finished.connect(lambda _result: _open.remove(dialog))
    _open.append(dialog)
    dialog.open()


def install() -> None:
    """Send uncaught exceptions, from the GUI thread and from others, to the log and the
    dialog; call it in the GUI thread once the QApplication exists."""
    if not _relay:
        relay = Relay()
        relay.crashed.connect(show)
        _relay.append(relay)
    sys.excepthook = handle
    threading.excepthook = _thread_hook


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def current() -> CrashDialog | None:
    """The crash dialog on screen, if any."""
    return _open[0] if _open else None
