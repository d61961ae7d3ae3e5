"""A long core operation run off the GUI thread, with progress and Cancel; the caller waits."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from facilitator.store.db import SessionFile

# the operation: called with progress(done, total) and should_cancel(), returns its result
Operation = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Worker(QObject):
    """Runs the operation in its thread; peewee gives that thread its own connection."""

    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, sf: SessionFile, operation: Operation) -> None:
        super().__init__()
        self.sf, self.operation = sf, operation
        self.cancel_requested = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    @Slot()
    def run(self) -> None:
        try:
            self.result = self.operation(self.progressed.emit, self.cancel_requested.is_set)
        except BaseException as err:  # handed over to the waiting GUI thread, raised there
            self.error = err
        finally:
            self.sf.db.close()  # this thread's connection; the GUI thread's stays open
            self.finished.emit()


def run_in_background(
    parent: QWidget | None, sf: SessionFile, label: str, cancel_text: str, operation: Operation
) -> Any:
    """Run `operation` on a worker thread while a progress window (after 0.3 s) offers Cancel.

    The window stays responsive; the call returns the result, or raises what the operation
    raised (a cancelled operation raises its own "cancelled" error)."""
    thread, worker = QThread(), _Worker(sf, operation)
    worker.moveToThread(thread)
    dialog = _progress_dialog(parent, label, cancel_text)
    loop = QEventLoop()
    shown = _Shown(dialog)  # lives in the GUI thread: the dialog is changed only there
    worker.progressed.connect(shown.show)
    worker.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(worker.cancel_requested.set)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.canceled.disconnect()
    dialog.reset()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result


class _Shown(QObject):
    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    @Slot(int, int)
    def show(self, done: int, total: int) -> None:
        self.dialog.setRange(0, max(total, 1))
        self.dialog.setValue(done)


def _progress_dialog(parent: QWidget | None, label: str, cancel_text: str) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setLabelText(label)
    dialog.setCancelButtonText(cancel_text)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setRange(0, 0)  # busy until the first step is done
    dialog.setValue(0)
    return dialog
