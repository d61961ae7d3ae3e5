"""A vote's items as table rows: number, title, one column per entered figure, then the result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from facilitator.services.proposals import ProposalRow

Index = Any
COL_NUMBER, COL_TITLE, FIRST_FIELD = 0, 1, 2
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


class ItemGridModel(QAbstractTableModel):
    """The shared shape of the tally and rating-sheet models; they say what their fields are."""

    def __init__(self, items: list[ProposalRow], parent: Any = None) -> None:
        super().__init__(parent)
        self.items = items
        self.editable = True
        self.results: dict[str, dict[str, Any]] = {}

    def field_count(self) -> int:
        raise NotImplementedError

    def field_title(self, number: int) -> str:
        raise NotImplementedError

    @property
    def result_column(self) -> int:
        return FIRST_FIELD + self.field_count()

    def is_field(self, column: int) -> bool:
        return FIRST_FIELD <= column < self.result_column

    def set_editable(self, editable: bool) -> None:
        self.editable = editable

    def set_results(self, results: dict[str, dict[str, Any]]) -> None:
        self.results = results
        if self.items:
            last = len(self.items) - 1
            column = self.result_column
            self.dataChanged.emit(self.index(0, column), self.index(last, column))

    def all_changed(self) -> None:
        if self.items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.items) - 1, self.result_column)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.result_column + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        if section == COL_NUMBER:
            return QCoreApplication.translate("VoteEntry", "No.")
        if section == COL_TITLE:
            return QCoreApplication.translate("VoteEntry", "Title")
        if section == self.result_column:
            return QCoreApplication.translate("VoteEntry", "Result")
        return self.field_title(section - FIRST_FIELD)
