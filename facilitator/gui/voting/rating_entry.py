"""Rating sheets by keyboard: one participant at a time, a digit per score, on to the next."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.gui.qt_types import Index
from facilitator.gui.voting.control import VoteControl
from facilitator.gui.voting.grid_view import CLEAR_KEYS, SUBMIT
from facilitator.gui.voting.item_grid import COL_TITLE
from facilitator.gui.voting.item_grid import FIRST_FIELD as FIRST_SCORE
from facilitator.gui.voting.rating_sheet import RatingSheetModel, Voter
from facilitator.services.proposals import ProposalRow

CONFIRM_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
DONE = "\u2713"


def next_score(model: RatingSheetModel, index: QModelIndex) -> QModelIndex | None:
    """The next score cell: along the item's criteria, then the next item; None at the end."""
    column, row = index.column() + 1, index.row()
    if column >= model.result_column:
        column, row = FIRST_SCORE, row + 1
    return model.index(row, column) if row < model.rowCount() else None


class ScoreTableView(QTableView):
    """Type a digit and the score is stored and the cursor moves on. A digit that may still
    grow into a score (1 on a 0–10 scale: 10?) waits for the next key; Enter or space
    confirms it. `voterStep` asks for the next (+1) or previous (−1) participant's sheet."""

    voterStep = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.pending = ""
        self.pending_at = QPersistentModelIndex()
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    def sheet(self) -> RatingSheetModel:
        model = self.model()
        assert isinstance(model, RatingSheetModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if self.state() == QAbstractItemView.State.EditingState or not index.isValid():
            super().keyPressEvent(event)
            return
        text, key = event.text(), event.key()
        event.accept()
        if len(text) == 1 and text in "0123456789":
            self._digit(index, text)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if self.commit(move=False):
                self.voterStep.emit(1 if key == Qt.Key.Key_PageDown else -1)
        elif self.pending and key in CONFIRM_KEYS:
            self.commit(move=True)
        elif self.pending and key in CLEAR_KEYS:
            self._forget_pending()
        elif key in CLEAR_KEYS:
            if self.sheet().setData(index, ""):
                self._move(index)
        elif key in CONFIRM_KEYS:
            self._move(index)
        else:
            self.commit(move=False)  # an arrow or Tab: the digits count, then the key acts
            super().keyPressEvent(event)

    def _digit(self, index: QModelIndex, digit: str) -> None:
        high = self.sheet().rules.high
        if self.pending and float(self.pending + digit) <= high:
            number = self.pending + digit
            self._forget_pending()
        else:
            if self.pending and not self.commit(move=True):
                return
            index, number = self.currentIndex(), digit
        if number.startswith("0") or int(number) * 10 > high:
            self._put(index, number, move=True)  # it cannot grow into a score: store it
        else:
            self.pending, self.pending_at = number, QPersistentModelIndex(index)
            self.sheet().set_pending(index, number)

    def commit(self, move: bool) -> bool:
        """Store digits waiting in a cell; False if they were refused."""
        if not self.pending:
            return True
        valid = self.pending_at.isValid()
        index = self.sheet().index(self.pending_at.row(), self.pending_at.column())
        number = self.pending
        self._forget_pending()
        return self._put(index, number, move) if valid else True

    def _forget_pending(self) -> None:
        self.pending, self.pending_at = "", QPersistentModelIndex()
        self.sheet().set_pending(None)

    def _put(self, index: QModelIndex, number: str, move: bool) -> bool:
        ok = self.sheet().setData(index, number, Qt.ItemDataRole.EditRole)
        if ok and move:
            self._move(index)
        return ok

    def _move(self, index: QModelIndex) -> None:
        following = next_score(self.sheet(), index)
        if following is None:
            self.voterStep.emit(1)  # the sheet is done: on to the next participant
        else:
            self.setCurrentIndex(following)

    def currentChanged(self, current: Index, previous: Index) -> None:
        if self.pending and self.pending_at != current:
            self.commit(move=False)  # clicked elsewhere: the digits waiting count
        super().currentChanged(current, previous)

    def closeEditor(self, editor: Any, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == SUBMIT and self.currentIndex().isValid():
            self._move(self.currentIndex())


class RatingSheetEntry(QWidget):
    """The participant picker over one sheet; the entry interface of the vote panel."""

    refused = Signal(str)
    stored = Signal()

    def __init__(
        self,
        control: VoteControl,
        vote_id: str,
        voters: list[Voter],
        items: list[ProposalRow],
        config: dict[str, Any],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.model = RatingSheetModel(control, vote_id, voters, items, config, self)
        self.view = ScoreTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName("vote entry")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.picker = QComboBox(self)
        self.picker.setAccessibleName("rating participant")
        label = QLabel(QCoreApplication.translate("VoteEntry", "&Sheet of:"), self)
        label.setBuddy(self.picker)
        low, high = config.get("low", 0), config.get("high", 10)
        self.hint = QLabel(self._hint(low, high), self)
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.picker, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self._fill_picker()
        self.picker.currentIndexChanged.connect(self._show_voter)
        self.view.voterStep.connect(self._step)
        self.model.refused.connect(self.refused)
        self.model.stored.connect(self._stored)
        self._show_voter(0)

    def _hint(self, low: Any, high: Any) -> str:
        text = QCoreApplication.translate(
            "VoteEntry",
            "Type a score from {low} to {high} per criterion: each digit is stored and the "
            "cursor moves on (a digit that may grow, such as 1 of 10, waits: Enter or space "
            "confirms it). Page Down: the next participant.",
        )
        return text.format(low=low, high=high)

    def _fill_picker(self) -> None:
        at = self.picker.currentIndex()
        self.picker.blockSignals(True)
        self.picker.clear()
        for row, (key, name) in enumerate(self.model.voters):
            done = f"  {DONE}" if self.model.sheet_complete(row) else ""
            self.picker.addItem(name + done, key)
        self.picker.setCurrentIndex(max(at, 0) if self.model.voters else -1)
        self.picker.blockSignals(False)

    def _show_voter(self, row: int) -> None:
        if row < 0 or not self.model.voters:
            return
        self.model.set_voter(row)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, FIRST_SCORE))

    def _step(self, step: int) -> None:
        row = self.picker.currentIndex() + step
        if 0 <= row < self.picker.count():
            self.picker.setCurrentIndex(row)

    def _stored(self) -> None:
        self._fill_picker()
        self.stored.emit()

    # --- the entry interface of the vote panel ------------------------------------------------
    def set_editable(self, editable: bool) -> None:
        self.model.set_editable(editable)

    def show_results(self, results: dict[str, dict[str, Any]]) -> None:
        self.model.set_results(results)

    def reload(self) -> None:
        self.model.reload()
        self._fill_picker()

    def first_box(self) -> QWidget:
        return self.view
