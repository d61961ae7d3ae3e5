"""One core call off the GUI thread, as the participant import does it (gui/importer.py).

peewee keeps one connection per thread for the same database: the worker reads and writes the
open session through it and closes only its own connection when done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from facilitator.store.db import SessionFile


class Worker(QObject):
    succeeded = Signal(object)  # what the call returned
    failed = Signal(object)  # the exception: shown to the user, never raised into Qt
    finished = Signal()

    def __init__(self, sf: SessionFile, function: Callable[[], Any]) -> None:
        super().__init__()
        self.sf, self.function = sf, function

    @Slot()
    def run(self) -> None:
        try:
            result = self.function()
        except Exception as err:
            self.failed.emit(err)
        else:
            self.succeeded.emit(result)
        finally:
            self.sf.db.close()  # this thread's connection; the GUI thread's stays open
            self.finished.emit()


class ThreadJob(QObject):
    """Runs `function` once in its own QThread; `done` comes after `succeeded` or `failed`."""

    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()

    # A running QThread must not be destroyed: each job is kept here until its thread ends,
    # whatever happens to the widget that started it.
    running: ClassVar[set[ThreadJob]] = set()

    def __init__(self, sf: SessionFile, function: Callable[[], Any]) -> None:
        super().__init__()
        self.thread_ = QThread(self)
        self.worker = Worker(sf, function)
        self.worker.moveToThread(self.thread_)
        self.thread_.started.connect(self.worker.run)
        self.worker.succeeded.connect(self.succeeded)
        self.worker.failed.connect(self.failed)
        self.worker.finished.connect(self.thread_.quit)
        self.thread_.finished.connect(self._finished)

    def start(self) -> None:
        ThreadJob.running.add(self)
        self.thread_.start()

    def wait(self) -> None:
        self.thread_.wait()

    def is_running(self) -> bool:
        return self in ThreadJob.running

    def _finished(self) -> None:
        self.done.emit()
        # let go later: this runs inside the thread's own finished signal
        QTimer.singleShot(0, lambda: ThreadJob.running.discard(self))

    @classmethod
    def wait_all(cls) -> None:
        """Block until every job has ended (before a session closes or the app quits)."""
        for job in list(cls.running):
            job.wait()
