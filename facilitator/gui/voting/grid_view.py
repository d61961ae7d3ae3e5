"""Keyboard-fast ballot tables: type a key, the cell is stored and the cursor moves on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView

# 1/2/3 anywhere; з/п/в (за, против, воздержался) and f/a/s on their keyboard layouts
CHOICE_KEYS = {
    "1": "for", "2": "against", "3": "abstain",
    "з": "for", "п": "against", "в": "abstain",
    "f": "for", "a": "against", "s": "abstain",
    "+": "for", "-": "against",
}  # fmt: skip
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
SUBMIT = QAbstractItemDelegate.EndEditHint.SubmitModelCache


def next_cell(index: QModelIndex) -> QModelIndex:
    """The next cell in reading order: along the ballot, then the next voter's first item."""
    model = index.model()
    column = index.column() + 1
    row = index.row()
    if column >= model.columnCount():
        column, row = 0, row + 1
    return model.index(row, column) if row < model.rowCount() else index


class BallotTableView(QTableView):
    """A ballot grid; `keys` maps a typed character to the value a cell takes."""

    def __init__(self, keys: dict[str, Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.keys = keys
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move inside it
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(56)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            value = self._value_for(event)
            if value is not None:
                if self.model().setData(index, value, Qt.ItemDataRole.EditRole):
                    self.setCurrentIndex(next_cell(index))
                event.accept()
                return
        super().keyPressEvent(event)

    def _value_for(self, event: QKeyEvent) -> Any:
        if event.key() in CLEAR_KEYS:
            return ""
        text = event.text().casefold()
        return self.keys.get(text) if text else None


class OrderTableView(QTableView):
    """The ranking ballots: type "3 1 2", Enter stores it and opens the next voter's row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.horizontalHeader().setStretchLastSection(True)

    def closeEditor(self, editor: Any, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        current = self.currentIndex()
        if hint == SUBMIT and current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.siblingAtRow(current.row() + 1))


class ColumnTableView(QTableView):
    """Figures per item: typing opens the cell, Enter stores it and goes down the column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.stored_now = False
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        model.stored.connect(self._stored)  # a TallyModel: a refused figure does not move on

    def commitData(self, editor: Any) -> None:
        self.stored_now = False
        super().commitData(editor)

    def _stored(self) -> None:
        self.stored_now = True

    def closeEditor(self, editor: Any, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        current = self.currentIndex()
        if hint == SUBMIT and self.stored_now and current.isValid():
            if current.row() + 1 < self.model().rowCount():
                self.setCurrentIndex(current.siblingAtRow(current.row() + 1))
        self.stored_now = False


DOT_KEYS = {str(n): n for n in range(10)}
