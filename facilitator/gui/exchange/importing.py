"""Importing bundles in the app: preview, then one atomic apply; drops and a watched folder."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QFileSystemWatcher,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from facilitator.exchange import folder as folders
from facilitator.exchange import laptop
from facilitator.exchange.merge import MergeReport, merge_files
from facilitator.gui import files
from facilitator.gui.background import run_in_background
from facilitator.gui.exchange.dialogs import MergePreviewDialog
from facilitator.gui.language import refusal
from facilitator.messages import FacilitatorError
from facilitator.store.db import SessionFile

Confirm = Callable[[MergeReport], bool]
log = logging.getLogger(__name__)


def _ask(parent: QWidget | None) -> Confirm:
    return lambda report: MergePreviewDialog(report, parent).exec() == QDialog.DialogCode.Accepted


def import_bundles(
    parent: QWidget | None, sf: SessionFile, paths: Sequence[Path], confirm: Confirm | None = None
) -> MergeReport | None:
    """Preview the bundles; if the user agrees, apply them. None when refused or cancelled.

    Both run off the GUI thread with progress and Cancel; a cancelled apply changes nothing."""
    try:
        preview = _merge(parent, sf, paths, dry_run=True)
        if not (confirm or _ask(parent))(preview):
            return None
        return _merge(parent, sf, paths, dry_run=False, accept_ahead=bool(preview.held))
    except FacilitatorError as err:
        QMessageBox.warning(parent, QCoreApplication.translate("Exchange", "Import"), refusal(err))
        return None


def _merge(
    parent: QWidget | None,
    sf: SessionFile,
    paths: Sequence[Path],
    dry_run: bool,
    accept_ahead: bool = False,  # the user saw the preview's warning about a clock ahead
) -> MergeReport:
    if dry_run:
        label = QCoreApplication.translate("Exchange", "Checking {count} bundle(s)…")
    else:
        label = QCoreApplication.translate("Exchange", "Merging {count} bundle(s)…")
    report: MergeReport = run_in_background(
        parent,
        sf,
        label.format(count=len(paths)),
        QCoreApplication.translate("Exchange", "Cancel"),
        lambda progress, cancel: merge_files(sf, paths, dry_run, accept_ahead, progress, cancel),
    )
    return report


def choose_bundles(parent: QWidget | None) -> list[Path]:
    names = files.open_files(
        parent,
        QCoreApplication.translate("Exchange", "Import results bundles"),
        "",
        QCoreApplication.translate("Exchange", "Results bundles (*.fbundle)"),
    )
    return [Path(n) for n in names]


class BundleWatcher(QObject):
    """Watches a folder and offers the bundles in it that were not imported yet.

    Each look at the folder (reading and verifying the files) runs on a worker thread, so a
    large, slow or hostile file never freezes the window. A file still being written is looked
    at again once it has settled; a refused file is reported once, and again if it changes."""

    arrived = Signal(list)  # list[folders.Found], each new and verified
    refused = Signal(list)  # list[folders.Found], each with its error
    scanned = Signal()  # after each look at the folder (for tests and status)
    DELAY_MS = 500  # let a sync tool finish writing before reading
    POLL_MS = 5000  # a file changed in place may not touch the folder itself

    def __init__(self, sf: SessionFile, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sf, self.folder = sf, Path(folder)
        self.folder_scan = folders.FolderScan(self.folder)
        self._busy = self._again = self._stopped = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self.scan)
        self._poll = QTimer(self, interval=self.POLL_MS)
        self._poll.timeout.connect(self.scan)
        self._poll.start()
        self._watcher = QFileSystemWatcher([str(self.folder)], self)
        self._watcher.directoryChanged.connect(self._changed)

    @Slot(str)
    def _changed(self, _path: str) -> None:
        self._timer.start()

    def stop(self) -> None:
        """No more looks at the folder (the session is closing); a look under way is dropped."""
        if self._stopped:
            return
        self._stopped = True
        self._timer.stop()
        self._poll.stop()
        self._watcher.removePaths(self._watcher.directories())
        self.deleteLater()

    def scan(self) -> None:
        """Look at the folder on a worker thread; `arrived` / `refused` follow when it is done."""
        if self._stopped:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        threading.Thread(target=self._work, name="bundle-watcher", daemon=True).start()

    def _work(self) -> None:
        result: folders.ScanResult | None = None
        try:
            result = self.folder_scan.scan(self.sf)
        except Exception:  # the session closed under the scan, a storage fault: try later
            log.exception("scanning %s", self.folder)
        finally:
            self.sf.db.close()  # this thread's connection
        try:
            self._relay.done.emit(result)
        except RuntimeError:  # the watcher was deleted meanwhile
            pass

    @Slot(object)
    def _finished(self, result: folders.ScanResult | None) -> None:
        self._busy = False
        if self._stopped:
            return
        if result is not None:
            fresh = [f for f in result.found if f.error is None]
            refused = [f for f in result.found if f.error is not None]
            if fresh:
                self.arrived.emit(fresh)
            if refused:
                self.refused.emit(refused)
            if result.waiting:  # still being written: look again once it may have settled
                self._timer.start()
        self.scanned.emit()
        if self._again:
            self._again = False
            self.scan()


class _Relay(QObject):
    done = Signal(object)


class AutoExporter(QObject):
    """On a platform laptop: writes the bundle into a folder shortly after each change."""

    written = Signal(Path)
    failed = Signal(str)
    DELAY_MS = 2000  # one bundle for a burst of edits

    def __init__(self, sf: SessionFile, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sf, self.folder = sf, Path(folder)
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self.write_now)

    def schedule(self, *_args: object) -> None:
        """Connect to the app's "changed" signal."""
        self._timer.start()

    def write_now(self) -> Path | None:
        try:
            path = laptop.write_bundle(self.sf, self.folder)
        except FacilitatorError as err:
            self.failed.emit(refusal(err))
            return None
        self.written.emit(path)
        return path
