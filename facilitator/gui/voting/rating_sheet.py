"""One participant's rating sheet as a table: items × criteria, stored as each item completes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor

from facilitator.gui.voting import texts
from facilitator.gui.voting.control import VoteControl
from facilitator.gui.voting.item_grid import COL_NUMBER, COL_TITLE, ItemGridModel
from facilitator.gui.voting.item_grid import FIRST_FIELD as FIRST_SCORE
from facilitator.messages import FacilitatorError
from facilitator.services.proposals import ProposalRow
from facilitator.services.vote_results import live_ballots
from facilitator.voting.rating_rules import RatingRules, check_scores

Index = Any
Voter = tuple[str, str]
Sheet = dict[str, dict[str, float]]  # item id → criterion → score
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
REFUSED_COLOUR = QColor("#C62828")


def _number(value: Any) -> Any:
    """A typed score as a number (ints stay ints); anything else as typed, for the check."""
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return str(value)
    return int(number) if number.is_integer() else number


class RatingSheetModel(ItemGridModel):
    """Rows: the vote's items; columns: number, title, a score per criterion, the result.

    Shows one voter's sheet at a time (`set_voter`). A score is checked by the engine as it
    is typed; an item with every criterion scored is stored at once, as part of the voter's
    ballot {item: {criterion: score}}. A refused score stays shown (in red), unstored.
    """

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
        super().__init__(items, parent)
        self.control, self.vote_id, self.voters = control, vote_id, voters
        self.criteria = texts.criteria_of(config)
        self.names = texts.criterion_names(config)
        # checks a score with the names shown, so that the engine's message reads well
        self.rules = RatingRules(
            tuple(self.names.values()), config.get("low", 0), config.get("high", 10)
        )
        self.voter = 0
        self.typed: dict[str, Sheet] = {}
        self.bad: dict[tuple[str, str, str], Any] = {}  # refused scores, shown until replaced
        self.pending: tuple[int, int, str] | None = None  # digits typed, not yet confirmed
        self.reload()

    # --- state --------------------------------------------------------------------------------
    def field_count(self) -> int:
        return len(self.criteria)

    def field_title(self, number: int) -> str:
        return self.names[self.criteria[number]]

    @property
    def voter_key(self) -> str | None:
        return self.voters[self.voter][0] if self.voters else None

    def reload(self) -> None:
        """Re-read the stored sheets (after undo), keeping items typed but not complete."""
        stored = live_ballots(self.vote_id)
        for voter, _name in self.voters:
            kept = {
                item: scores
                for item, scores in self.typed.get(voter, {}).items()
                if not self._complete(scores)
            }
            self.typed[voter] = {**kept, **{k: dict(v) for k, v in stored.get(voter, {}).items()}}
        self.all_changed()

    def set_voter(self, row: int) -> None:
        self.voter = max(0, min(row, len(self.voters) - 1))
        self.pending = None
        self.all_changed()

    def set_pending(self, index: Index | None, text: str = "") -> None:
        """Show digits typed into a cell that may still grow (1 → 10), or none."""
        old = self.pending
        self.pending = (index.row(), index.column(), text) if index is not None else None
        for at in (old, self.pending):
            if at is not None:
                self.dataChanged.emit(self.index(at[0], at[1]), self.index(at[0], at[1]))

    def sheet_complete(self, row: int) -> bool:
        """Whether the voter in `row` of `voters` scored every item on every criterion."""
        sheet = self.typed.get(self.voters[row][0], {})
        return all(self._complete(sheet.get(item.id, {})) for item in self.items)

    def _complete(self, scores: dict[str, float]) -> bool:
        return all(c in scores for c in self.criteria)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = self.items[index.row()], index.column()
        scored = self.is_field(column)
        if role == DISPLAY:
            return self._display(index.row(), column)
        if role == EDIT and scored:
            return self._score_text(row.id, column)
        if role == Qt.ItemDataRole.ForegroundRole and scored and self._bad_key(row.id, column):
            return REFUSED_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and scored:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return row.title
        return None

    def _display(self, row: int, column: int) -> str:
        item = self.items[row]
        if column == COL_NUMBER:
            return item.code
        if column == COL_TITLE:
            return item.title
        if column == self.result_column:
            figures = self.results.get(item.id)
            return texts.figures_text("rating", figures) if figures else ""
        if self.pending and self.pending[:2] == (row, column):
            return self.pending[2] + "\u2026"
        return self._score_text(item.id, column)

    def _bad_key(self, item: str, column: int) -> tuple[str, str, str] | None:
        key = (self.voter_key or "", item, self.criteria[column - FIRST_SCORE])
        return key if key in self.bad else None

    def _score_text(self, item: str, column: int) -> str:
        bad = self._bad_key(item, column)
        if bad is not None:
            return str(self.bad[bad])
        voter = self.voter_key or ""
        value = self.typed.get(voter, {}).get(item, {}).get(self.criteria[column - FIRST_SCORE])
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value) if isinstance(value, int) else texts.number(value, 2).rstrip("0")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        scored = index.isValid() and self.is_field(index.column())
        if self.editable and scored and self.voters:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        voter, item = self.voter_key or "", self.items[index.row()].id
        column = index.column() - FIRST_SCORE
        criterion = self.criteria[column]
        self.bad.pop((voter, item, criterion), None)
        sheet = {k: dict(v) for k, v in self.typed.get(voter, {}).items()}
        scores = sheet.setdefault(item, {})
        if value in ("", None):
            scores.pop(criterion, None)
        else:
            score = _number(value)
            error = self._check(column, score)
            if error:
                self.bad[(voter, item, criterion)] = value
                self.dataChanged.emit(index, index)
                self.refused.emit(error)
                return False
            scores[criterion] = score
        if not self._store(voter, sheet):
            self.refused.emit(self.control.last_error)
            return False
        self.typed[voter] = sheet
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(self.result_column))
        self.stored.emit()
        return True

    def _check(self, column: int, score: Any) -> str:
        """The engine's refusal of this one score, or "" (the other criteria filled in low)."""
        probe = tuple(
            (name, score if at == column else self.rules.low)
            for at, name in enumerate(self.rules.criteria)
        )
        try:
            check_scores(probe, self.rules)
        except FacilitatorError as err:
            return err.format(QCoreApplication.translate)
        return ""

    def _store(self, voter: str, sheet: Sheet) -> bool:
        """Store the complete items of the sheet when they differ from what is stored."""
        ballot = {item: s for item, s in sheet.items() if self._complete(s)}
        before = {item: s for item, s in self.typed.get(voter, {}).items() if self._complete(s)}
        if ballot == before:
            return True
        return self.control.ballot(self.vote_id, voter, ballot or None, merge=True)
