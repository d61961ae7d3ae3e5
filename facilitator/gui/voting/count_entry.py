"""Count vote entry: for / against / abstain spin boxes per item, the outcome beside them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from facilitator.gui.voting import texts
from facilitator.gui.voting.colours import RESULT_COLOURS
from facilitator.gui.voting.control import VoteControl
from facilitator.gui.widgets import Retranslating
from facilitator.services.proposals import ProposalRow
from facilitator.services.vote_results import live_tallies

CHOICES = ("for", "against", "abstain")
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MAX_COUNT = 99_999  # wide open: the engine, not the box, refuses more votes than people present
NOT_COUNTED = -1  # shown as a dash: an item nobody counted is not a 0/0/0 item


class CountSpinBox(QSpinBox):
    """Enter confirms the count and moves on to the next box, like Tab; entering selects all."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRange(NOT_COUNTED, MAX_COUNT)
        self.setSpecialValueText("\u2014")
        self.setValue(NOT_COUNTED)
        self.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00000") + 16)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # however the box was reached (Tab, Enter, a click, the dialog): typing replaces
        QTimer.singleShot(0, self, self.selectAll)  # not after the box is gone

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in ENTER_KEYS:
            event.accept()  # not on to the dialog: Enter must not press a button here
            self.focusNextChild()


class CountEntry(Retranslating, QWidget):
    """One row per item; a confirmed row is stored at once, a refused one stays as typed."""

    refused = Signal(str)
    stored = Signal()

    def __init__(
        self, control: VoteControl, vote_id: str, items: list[ProposalRow], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.control, self.vote_id, self.items = control, vote_id, items
        self.saved = live_tallies(vote_id)
        self.boxes: dict[str, dict[str, CountSpinBox]] = {}
        self.outcomes: dict[str, QLabel] = {}
        self.headers = [QLabel(self) for _ in range(6)]
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for column, header in enumerate(self.headers):
            self.grid.addWidget(header, 0, column)
        for row, item in enumerate(items, 1):
            self._add_row(row, item)
        self._show_saved()
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(len(items) + 1, 1)
        self.retranslate()

    def _add_row(self, row: int, item: ProposalRow) -> None:
        self.grid.addWidget(QLabel(item.code, self), row, 0)
        title = QLabel(item.title, self)
        title.setWordWrap(True)
        self.grid.addWidget(title, row, 1)
        self.boxes[item.id] = {}
        for column, choice in enumerate(CHOICES, 2):
            box = CountSpinBox(self)
            box.setAccessibleName(f"{choice} {item.code}")
            box.editingFinished.connect(lambda i=item.id: self.confirm(i))
            self.grid.addWidget(box, row, column)
            self.boxes[item.id][choice] = box
        outcome = QLabel(self)
        outcome.setAccessibleName(f"outcome {item.code}")
        outcome.setMinimumWidth(outcome.fontMetrics().horizontalAdvance("M") * 12)
        self.grid.addWidget(outcome, row, 5)
        self.outcomes[item.id] = outcome

    def retranslate(self) -> None:
        titles = (
            self.tr("No."),
            self.tr("Title"),
            texts.choice_title("for"),
            texts.choice_title("against"),
            texts.choice_title("abstain"),
            self.tr("Result"),
        )
        for header, text in zip(self.headers, titles, strict=True):
            header.setText(f"<b>{text}</b>")

    def figures(self, item_id: str) -> dict[str, int] | None:
        """The typed counts, a box left blank counting 0; None when none was typed."""
        values = {choice: box.value() for choice, box in self.boxes[item_id].items()}
        if all(value == NOT_COUNTED for value in values.values()):
            return None
        return {choice: max(value, 0) for choice, value in values.items()}

    def confirm(self, item_id: str) -> None:
        """Store the item's counts if they changed; a refusal leaves them typed and unsaved."""
        figures = self.figures(item_id)
        if figures is None or figures == self.saved.get(item_id):
            return  # passing over an item does not count it
        if self.control.tally(self.vote_id, item_id, figures):
            self.saved[item_id] = figures
            self._show_figures(item_id)
            self.stored.emit()
        else:
            self.refused.emit(self.control.last_error)

    def reload(self) -> None:
        """Re-read the stored counts (after an undo)."""
        self.saved = live_tallies(self.vote_id)
        self._show_saved()

    def _show_saved(self) -> None:
        for item_id in self.boxes:
            self._show_figures(item_id)

    def _show_figures(self, item_id: str) -> None:
        figures = self.saved.get(item_id)
        for choice, box in self.boxes[item_id].items():
            box.setValue(NOT_COUNTED if figures is None else int(figures.get(choice, 0)))

    def set_editable(self, editable: bool) -> None:
        for boxes in self.boxes.values():
            for box in boxes.values():
                box.setReadOnly(not editable)

    def show_results(self, results: dict[str, dict[str, Any]]) -> None:
        for item_id, label in self.outcomes.items():
            figures = results.get(item_id)
            if figures is None:
                label.setText("—")
                label.setStyleSheet("")
                continue
            outcome = figures["result"]
            label.setText(self._outcome_text(figures))
            label.setStyleSheet(f"color: {RESULT_COLOURS[outcome].name()}; font-weight: bold;")

    def _outcome_text(self, figures: dict[str, Any]) -> str:
        title = texts.result_title(figures["result"])
        if figures["result"] == "no_quorum":
            return title
        return self.tr("%1 (needed %2)").replace("%1", title).replace("%2", str(figures["needed"]))

    def first_box(self) -> QWidget | None:
        return self.boxes[self.items[0].id]["for"] if self.items else None
