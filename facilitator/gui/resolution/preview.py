"""The live preview: the resolution as numbered text, rebuilt in a worker after each change."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from facilitator.export.api import build_document
from facilitator.export.preview import outline
from facilitator.export.resolution import Document, VoteSummary
from facilitator.gui.language import refusal
from facilitator.gui.resolution.jobs import ThreadJob
from facilitator.messages import FacilitatorError
from facilitator.store.db import SessionFile

DEBOUNCE_MS = 300  # typing in a spin box or pressing Space repeatedly builds once
INDENT_PX = 18
TIGHT = "margin-top:3px;margin-bottom:3px;"  # Qt's default paragraph gaps are wide here


def render(doc: Document) -> str:
    """The document as HTML: the title block centred, headings bold, items indented by level."""
    head = 3 + len(doc.title.lines)  # name, its lines, date and place
    parts = []
    for n, (number, text) in enumerate(outline(doc)):
        body = html.escape(f"{number} {text}" if number else text)
        if n < head:
            weight = "bold" if n == 0 else "normal"
            parts.append(f'<p align="center" style="{TIGHT}font-weight:{weight}">{body}</p>')
            continue
        level = number.count(".")
        bold = "font-weight:bold;" if level == 1 else ""
        margin = max(level - 1, 0) * INDENT_PX
        parts.append(f'<p style="{TIGHT}{bold}margin-left:{margin}px">{body}</p>')
    return "\n".join(parts)


class PreviewBrowser(QTextBrowser):
    """Shows the preview; keeps its scroll position when the text is replaced."""

    def show_html(self, text: str) -> None:
        bar = self.verticalScrollBar()
        at = bar.value()
        self.setHtml(text)
        bar.setValue(at)

    def reveal(self, text: str) -> bool:
        """Scroll to the first paragraph holding `text` (an item's start) and select it."""
        needle = text.strip().rstrip(".")[:60]
        if not needle:
            return False
        found = self.document().find(needle, 0, QTextDocument.FindFlag(0))
        if found.isNull():
            return False
        found.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        found.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(found)
        self.ensureCursorVisible()
        return True


class PreviewUpdater(QObject):
    """Debounces requests and builds one document at a time; a request during a build
    builds again when it ends, so the preview always catches up with the last change."""

    updated = Signal(str)  # HTML
    failed = Signal(str)  # the message, translated
    busy = Signal(bool)

    def __init__(self, sf: SessionFile, votes: Callable[[], Mapping[str, VoteSummary]]) -> None:
        super().__init__()
        self.sf, self.votes = sf, votes
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._build)
        self.job: ThreadJob | None = None
        self.again = False

    def request(self) -> None:
        self.timer.start()

    def shutdown(self) -> None:
        self.timer.stop()
        self.again = False
        if self.job is not None:
            self.job.wait()

    def _build(self) -> None:
        if self.job is not None:
            self.again = True
            return
        sf, votes = self.sf, dict(self.votes())
        self.job = ThreadJob(sf, lambda: render(build_document(sf, votes=votes, charts=False)))
        self.job.succeeded.connect(self._built)
        self.job.failed.connect(self._failed)
        self.job.done.connect(self._done)
        self.busy.emit(True)
        self.job.start()

    def _built(self, text: Any) -> None:
        self.updated.emit(str(text))

    def _failed(self, err: Any) -> None:
        if isinstance(err, FacilitatorError):
            self.failed.emit(refusal(err))
        else:
            text = QCoreApplication.translate("ResolutionPreview", "The preview failed: {error}")
            self.failed.emit(text.format(error=err))

    def _done(self) -> None:
        self.job = None
        if self.again:
            self.again = False
            self._build()
        else:
            self.busy.emit(False)
