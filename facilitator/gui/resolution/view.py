"""The outline's tree view, fully usable by keyboard: Space, F2, Ctrl+Up/Down."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from facilitator.gui.resolution.delegates import SectionDelegate, WordingDelegate
from facilitator.gui.resolution.looks import (
    COL_CODE,
    COL_INCLUDE,
    COL_SECTION,
    COL_VOTES,
    COL_WORDING,
)
from facilitator.gui.resolution.model import ENTRY_ROLE

# Space cycles as a tri-state box does: rules → in → out → rules
NEXT_STATE = {
    Qt.CheckState.PartiallyChecked: Qt.CheckState.Checked,
    Qt.CheckState.Checked: Qt.CheckState.Unchecked,
    Qt.CheckState.Unchecked: Qt.CheckState.PartiallyChecked,
}
CTRL = Qt.KeyboardModifier.ControlModifier
MOVES: dict[int, int] = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: +1}
MOST_WRAPPED = 2_000  # items; a real session has hundreds, a stress test twenty thousand
COLUMN_WIDTHS = {COL_INCLUDE: 132, COL_CODE: 46, COL_SECTION: 112, COL_VOTES: 48}


class ResolutionTree(QTreeView):
    """`moveRequested(step)` asks to move the current item up (-1) or down (+1)."""

    moveRequested = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAlternatingRowColors(True)
        self.fit_rows(0)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAllColumnsShowFocus(True)
        self.setIndentation(14)
        self.setItemDelegateForColumn(COL_SECTION, SectionDelegate(2, self))
        self.setItemDelegateForColumn(COL_WORDING, WordingDelegate(3, self))

    def fit_rows(self, items: int) -> None:
        """A wording wraps onto up to three lines (its row grows); the tooltip holds all of it.
        Rows of many heights cost a tree of thousands of items seconds: those get one line."""
        wrap = items <= MOST_WRAPPED
        self.setWordWrap(wrap)
        self.setUniformRowHeights(not wrap)

    def size_columns(self) -> None:
        header = self.header()
        header.setStretchLastSection(False)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_WORDING, QHeaderView.ResizeMode.Stretch)

    # --- keys ----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # our keys win over the window's shortcuts (Ctrl+Up is "previous entry" there)
        if event.type() == QEvent.Type.ShortcutOverride and self._ours(event):  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def _ours(self, event: QKeyEvent) -> bool:
        if self.state() == QAbstractItemView.State.EditingState:
            return False
        key, mods = event.key(), event.modifiers()
        if key in MOVES and mods == CTRL:
            return True
        return key in (Qt.Key.Key_Space, Qt.Key.Key_F2) and mods == Qt.KeyboardModifier.NoModifier

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in MOVES and mods == CTRL:
            self.moveRequested.emit(MOVES[key])
        elif key == Qt.Key.Key_Space and mods == Qt.KeyboardModifier.NoModifier:
            self.cycle_include(self.currentIndex())
        elif key == Qt.Key.Key_F2 and mods == Qt.KeyboardModifier.NoModifier:
            self.edit_current()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def cycle_include(self, index: QModelIndex) -> bool:
        if not index.isValid() or index.data(ENTRY_ROLE) is None:
            return False
        cell = index.siblingAtColumn(COL_INCLUDE)
        state = Qt.CheckState(cell.data(Qt.ItemDataRole.CheckStateRole))
        return self.model().setData(cell, NEXT_STATE[state], Qt.ItemDataRole.CheckStateRole)

    def edit_current(self) -> None:
        """F2: the section when that cell is current, else the wording."""
        index = self.currentIndex()
        if not index.isValid() or index.data(ENTRY_ROLE) is None:
            return
        column = index.column() if index.column() == COL_SECTION else COL_WORDING
        target = index.siblingAtColumn(column)
        self.setCurrentIndex(target)
        self.edit(target)
