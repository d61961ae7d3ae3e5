"""Per-item figures as a table: dot totals or rating averages, each stored once complete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal

from facilitator.gui.voting import texts
from facilitator.gui.voting.control import VoteControl
from facilitator.gui.voting.item_grid import COL_NUMBER, COL_TITLE, EDIT, FIRST_FIELD, ItemGridModel
from facilitator.services.proposals import ProposalRow
from facilitator.services.vote_results import live_tallies

Index = Any
DISPLAY = Qt.ItemDataRole.DisplayRole
OPTIONAL = {"raters"}  # may stay empty; every other field is needed before an item is stored


def field_title(name: str, names: dict[str, str] | None = None) -> str:
    if name == "dots":
        return QCoreApplication.translate("VoteEntry", "Dots")
    if name == "raters":
        return QCoreApplication.translate("VoteEntry", "Raters")
    return (names or {}).get(name) or texts.criterion_title(name)


class TallyModel(ItemGridModel):
    """Rows: the vote's items; columns: number, title, the figures entered, the result."""

    refused = Signal(str)
    stored = Signal()

    def __init__(
        self,
        control: VoteControl,
        vote_id: str,
        items: list[ProposalRow],
        fields: list[str],
        names: dict[str, str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(items, parent)
        self.control, self.vote_id, self.fields = control, vote_id, fields
        self.names = names or {}
        self.kinds = {name: int if name in ("dots", "raters") else float for name in fields}
        # typed but not yet stored: a rating needs every criterion before it can be checked
        self.figures: dict[str, dict[str, Any]] = {row.id: {} for row in items}
        self.reload()

    def reload(self) -> None:
        """Re-read what is stored (after an undo), keeping rows typed but not complete."""
        stored = live_tallies(self.vote_id)
        for row in self.items:
            typed = self.figures[row.id]
            kept = {} if self._complete(typed) else typed
            self.figures[row.id] = dict(stored.get(row.id, kept))
        self.all_changed()

    def field_count(self) -> int:
        return len(self.fields)

    def field_title(self, number: int) -> str:
        return field_title(self.fields[number], self.names)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = self.items[index.row()], index.column()
        if role == DISPLAY:
            return self._display(row, column)
        if role == EDIT and FIRST_FIELD <= column < self.result_column:
            name = self.fields[column - FIRST_FIELD]
            return self.kinds[name](self.figures[row.id].get(name, 0))
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return row.title
        return None

    def _display(self, row: ProposalRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.code
        if column == COL_TITLE:
            return row.title
        if column == self.result_column:
            figures = self.results.get(row.id)
            return self._result(figures) if figures else ""
        value = self.figures[row.id].get(self.fields[column - FIRST_FIELD])
        if value is None:
            return ""
        return texts.number(value) if isinstance(value, float) else str(value)

    def _result(self, figures: dict[str, Any]) -> str:
        if "dots" in figures:
            share = texts.number(figures["share"] * 100, 0)
            return QCoreApplication.translate("VoteEntry", "#{rank} ({share} %)").format(
                rank=figures["rank"], share=share
            )
        return texts.quadrant_title(figures.get("quadrant"))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        editable = index.isValid() and self.is_field(index.column())
        if self.editable and editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self.items[index.row()]
        name = self.fields[index.column() - FIRST_FIELD]
        typed = {**self.figures[row.id], name: self.kinds[name](value)}
        if self._complete(typed) and not self.control.tally(self.vote_id, row.id, typed):
            self.refused.emit(self.control.last_error)
            return False
        self.figures[row.id] = typed
        self.dataChanged.emit(index, index)
        self.stored.emit()
        return True

    def _complete(self, figures: dict[str, Any]) -> bool:
        return all(name in figures for name in self.fields if name not in OPTIONAL)
