"""Bundle files dropped on the window (kept light: loaded at start-up)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from facilitator.exchange.files import BUNDLE_SUFFIX


def dropped_bundles(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return [p for p in paths if p.suffix == BUNDLE_SUFFIX]


class BundleDropFilter(QObject):
    """Install on a widget (setAcceptDrops(True)) to receive dropped bundle files."""

    dropped = Signal(list)  # list[Path]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent) and dropped_bundles(event):
            event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent) and dropped_bundles(event):
            self.dropped.emit(dropped_bundles(event))
            event.acceptProposedAction()
            return True
        return False
