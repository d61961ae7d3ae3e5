"""Cells whose text wraps onto a few lines (the row grows), and column widths from the font."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

from facilitator.gui.qt_types import Index

CELL_PADDING = 10  # the style's text margins on both sides (3 + 3), the grid line, some air


class WrappingDelegate(QStyledItemDelegate):
    """Wraps a cell's text at the column's width, up to `max_lines`; a longer text is elided
    on its last line (the model's tooltip holds the whole of it)."""

    def __init__(self, max_lines: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        if isinstance(view, QTreeView) and view.wordWrap():
            # a tree asks without the column's width; the text wraps at that width
            option = QStyleOptionViewItem(option)
            option.rect = QRect(0, 0, view.columnWidth(index.column()), 1_000)
        hint = super().sizeHint(option, index)
        metrics = option.fontMetrics
        cap = self.max_lines * metrics.lineSpacing() + 8
        return QSize(hint.width(), min(hint.height(), cap))


class VisibleRowSizer(QObject):
    """Fits the height of the rows in sight to their wrapped text, and only those: a table of
    20,000 rows sized whole (ResizeToContents) takes a minute, the rows in sight a millisecond.

    Rows are sized again whenever what is in sight may have changed: a scroll, a resize, a
    column's width, a filter, a sort or an edit. Scrolling is per row, so the scroll bar does
    not depend on the heights of the rows out of sight."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.fit)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        table.verticalScrollBar().valueChanged.connect(self.later)
        table.horizontalHeader().sectionResized.connect(self.later)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.layoutChanged, model.modelReset, model.rowsInserted):
            signal.connect(self.later)
        model.rowsRemoved.connect(self.later)
        model.dataChanged.connect(self.later)

    def later(self, *_args: Any) -> None:
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.later()
        return False

    def fit(self) -> None:
        table, header = self.table, self.table.verticalHeader()
        rows, height = table.model().rowCount(), table.viewport().height()
        row = max(table.rowAt(0), 0)
        used = 0
        while row < rows and used <= height:
            wanted = max(table.sizeHintForRow(row), header.defaultSectionSize())
            if header.sectionSize(row) != wanted:
                header.resizeSection(row, wanted)
            used += wanted
            row += 1


def widest_word(metrics: QFontMetrics, texts: Iterable[str]) -> int:
    """The width a column needs so that each text wraps between words, never inside one."""
    words = [word for text in texts for word in text.split()]
    return max((metrics.horizontalAdvance(word) for word in words), default=0) + CELL_PADDING


def widest_text(metrics: QFontMetrics, texts: Iterable[str]) -> int:
    """The width a column needs to show each text on one line."""
    return max((metrics.horizontalAdvance(text) for text in texts), default=0) + CELL_PADDING
