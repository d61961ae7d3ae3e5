"""Importing bundles in the app: preview, then one atomic apply; drops and a watched folder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal
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
    """Watches a folder and offers the bundles in it that were not imported yet."""

    arrived = Signal(list)  # list[folders.Found]
    DELAY_MS = 500  # let a sync tool finish writing before reading

    def __init__(self, sf: SessionFile, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sf, self.folder = sf, Path(folder)
        self._offered: set[tuple[str, float]] = set()
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self.scan)
        self._watcher = QFileSystemWatcher([str(self.folder)], self)
        self._watcher.directoryChanged.connect(lambda _path: self._timer.start())

    def scan(self) -> list[folders.Found]:
        """Emit (and return) the new bundles not offered before."""
        fresh = []
        for found in folders.scan_folder(self.sf, self.folder):
            key = (str(found.path), found.path.stat().st_mtime)
            if key not in self._offered:
                self._offered.add(key)
                fresh.append(found)
        if fresh:
            self.arrived.emit(fresh)
        return fresh


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
