"""A participant list imported off the GUI thread, with progress and a cancel that undoes all."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from facilitator.importing.participants import import_participants
from facilitator.messages import FacilitatorError
from facilitator.store.db import SessionFile

ImportFunction = Callable[..., Any]


class ImportWorker(QObject):
    """Runs the import service in its own thread.

    peewee keeps one connection per thread for the same SqliteDatabase, so the worker
    uses the open session's database and closes only its own connection when done.
    """

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # ImportReport
    failed = Signal(object)  # FacilitatorError
    finished = Signal()

    def __init__(self, sf: SessionFile, path: Path, function: ImportFunction) -> None:
        super().__init__()
        self.sf, self.path, self.function = sf, path, function
        self.cancel_requested = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            report = self.function(
                self.sf,
                self.path,
                progress=self._progress,
                should_cancel=self.cancel_requested.is_set,
            )
        except FacilitatorError as err:
            self.failed.emit(err)
        else:
            self.succeeded.emit(report)
        finally:
            self.sf.db.close()  # this thread's connection; the GUI thread's stays open
            self.finished.emit()

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


class ImportJob(QObject):
    """One import: the thread, the worker and the progress dialog, cleaned up at the end."""

    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(
        self,
        sf: SessionFile,
        path: Path,
        parent: QWidget,
        function: ImportFunction = import_participants,
    ) -> None:
        super().__init__(parent)
        self.thread_ = QThread(self)
        self.worker = ImportWorker(sf, path, function)
        self.worker.moveToThread(self.thread_)
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(self.tr("Import participants"))
        self.dialog.setLabelText(self.tr("Importing {file}…").format(file=Path(path).name))
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setRange(0, 0)
        self._wire()

    def _wire(self) -> None:
        self.thread_.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self.succeeded)
        self.worker.failed.connect(self.failed)
        self.worker.finished.connect(self.thread_.quit)
        self.thread_.finished.connect(self._finished)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self.dialog.setValue(0)
        self.thread_.start()

    def cancel(self) -> None:
        self.worker.cancel_requested.set()

    def _progressed(self, done: int, total: int) -> None:
        self.dialog.setRange(0, max(total, 1))
        self.dialog.setValue(done)

    def _finished(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.hide()
        self.done.emit()
