"""A one-paragraph text field that wraps and grows to a few lines: long titles are read whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TitleEdit(QPlainTextEdit):
    """Behaves as a line edit (Enter confirms, no line breaks, Tab moves on), shows as a
    paragraph of up to `max_lines` lines; more scroll inside it."""

    editingFinished = Signal()

    def __init__(self, parent: Any = None, max_lines: int = 4) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    # --- the line edit's interface the detail pane uses -----------------------------------
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)
        self.document().setModified(False)

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(position)
        self.setTextCursor(cursor)

    def selectAll(self) -> None:
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    # --- keys, focus and pasting ----------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:
            self.document().setModified(False)
            self.editingFinished.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.editingFinished.emit()

    def insertFromMimeData(self, source: QMimeData) -> None:
        # a title is one paragraph: pasted line breaks become spaces
        self.insertPlainText(" ".join(source.text().split()))

    # --- height ---------------------------------------------------------------------------
    def line_count(self) -> int:
        block = self.document().firstBlock()
        lines = 0
        while block.isValid():
            lines += max(block.layout().lineCount(), 1)
            block = block.next()
        return max(lines, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        lines = min(self.line_count(), self.max_lines)
        frame = 2 * self.frameWidth() if self.frameShape() != QFrame.Shape.NoFrame else 0
        margin = 2 * int(self.document().documentMargin())
        height = lines * self.fontMetrics().lineSpacing() + frame + margin + 6
        if self.height() != height:
            self.setFixedHeight(height)
