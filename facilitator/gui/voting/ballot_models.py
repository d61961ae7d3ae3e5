"""Ballot grids: one row a voter, one ballot a row, each confirmed cell stored at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from facilitator.gui.voting import texts
from facilitator.gui.voting.colours import CHOICE_TEXT_COLOURS
from facilitator.gui.voting.control import VoteControl
from facilitator.gui.voting.ranking_text import order_codes, order_text, parse_order
from facilitator.messages import FacilitatorError
from facilitator.services.proposals import ProposalRow
from facilitator.services.vote_results import live_ballots

Index = Any  # QModelIndex | QPersistentModelIndex
Voter = tuple[str, str]  # (the key a ballot is stored under, the name shown)
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole


class BallotGridModel(QAbstractTableModel):
    """Rows: voters; columns: the vote's items. Subclasses say what a cell holds."""

    refused = Signal(str)
    stored = Signal()

    def __init__(
        self,
        control: VoteControl,
        vote_id: str,
        voters: list[Voter],
        items: list[ProposalRow],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.control, self.vote_id = control, vote_id
        self.voters, self.items = voters, items
        self.ballots: dict[str, Any] = live_ballots(vote_id)
        self.editable = True

    def set_editable(self, editable: bool) -> None:
        self.editable = editable

    def reload(self) -> None:
        """Re-read the stored ballots (after an undo)."""
        self.ballots = live_ballots(self.vote_id)
        if self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- what a cell is: overridden per method ----------------------------------------------
    def value(self, ballot: Any, column: int) -> Any:
        return ballot.get(self.items[column].id, "") if ballot else ""

    def display(self, ballot: Any, column: int) -> str:
        return str(self.value(ballot, column))

    def with_value(self, ballot: Any, column: int, value: Any) -> Any:
        """The voter's ballot with this cell changed (empty: no ballot); may raise a refusal."""
        changed = dict(ballot or {})
        item = self.items[column].id
        if value in ("", None, 0):
            changed.pop(item, None)
        else:
            changed[item] = value
        return changed

    # --- the model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.voters)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return self.voters[section][1] if role == DISPLAY else None
        if role == DISPLAY:
            return self.items[section].code
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.items[section].title
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        ballot = self.ballots.get(self.voters[index.row()][0])
        if role == DISPLAY:
            return self.display(ballot, index.column())
        if role == EDIT:
            return self.value(ballot, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self.editable and index.isValid() else base

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not (self.flags(index) & Qt.ItemFlag.ItemIsEditable) or role != EDIT:
            return False
        voter = self.voters[index.row()][0]
        try:
            ballot = self.with_value(self.ballots.get(voter), index.column(), value)
        except FacilitatorError as err:
            self.refused.emit(err.format(QCoreApplication.translate))
            return False
        if not self._store(voter, ballot):
            self.refused.emit(self.control.last_error)
            return False
        first, last = self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(first, last)
        self.stored.emit()
        return True

    def _store(self, voter: str, ballot: Any) -> bool:
        if ballot:
            ok = self.control.ballot(self.vote_id, voter, ballot)
            if ok:
                self.ballots[voter] = ballot
            return ok
        if voter not in self.ballots:
            return True
        ok = self.control.remove_ballot(self.vote_id, voter)
        if ok:
            del self.ballots[voter]
        return ok


class NamedGridModel(BallotGridModel):
    """Named vote: each cell for, against or abstain."""

    def display(self, ballot: Any, column: int) -> str:
        choice = self.value(ballot, column)
        return texts.choice_title(choice) if choice else ""

    def data(self, index: Index, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            # the colours of the chart, so that a wrong key stands out while typing
            return CHOICE_TEXT_COLOURS.get(self.data(index, EDIT))
        return super().data(index, role)


class DotsGridModel(BallotGridModel):
    """Dot voting per participant: each cell the dots that participant put on the item."""

    def value(self, ballot: Any, column: int) -> Any:
        return int(ballot.get(self.items[column].id, 0)) if ballot else 0

    def display(self, ballot: Any, column: int) -> str:
        dots = self.value(ballot, column)
        return str(dots) if dots else ""

    def with_value(self, ballot: Any, column: int, value: Any) -> Any:
        return super().with_value(ballot, column, int(value or 0))


class RankingModel(BallotGridModel):
    """Ranking: one column, the voter's order typed as item numbers ("3 1 2", ties "1=2")."""

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return QCoreApplication.translate("VoteEntry", "Order, best first")
        return super().headerData(section, orientation, role)

    def value(self, ballot: Any, column: int) -> Any:
        return order_text(ballot, self.items) if ballot else ""

    def display(self, ballot: Any, column: int) -> str:
        return order_codes(ballot, self.items) if ballot else ""

    def with_value(self, ballot: Any, column: int, value: Any) -> Any:
        return parse_order(str(value), self.items)
