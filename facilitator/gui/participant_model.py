"""The participants of one platform as a table model, with attendance as a check box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from facilitator.gui.proposal_model import ID_ROLE, SORT_ROLE, Index
from facilitator.messages import QT_TRANSLATE_NOOP
from facilitator.services.participants import ParticipantRow

COL_PRESENT, COL_NAME, COL_ORGANISATION, COL_POSITION, COL_DELEGATION = range(5)
COLUMN_TITLES = {
    COL_PRESENT: QT_TRANSLATE_NOOP("ParticipantTable", "Present"),
    COL_NAME: QT_TRANSLATE_NOOP("ParticipantTable", "Full name"),
    COL_ORGANISATION: QT_TRANSLATE_NOOP("ParticipantTable", "Organisation"),
    COL_POSITION: QT_TRANSLATE_NOOP("ParticipantTable", "Position"),
    COL_DELEGATION: QT_TRANSLATE_NOOP("ParticipantTable", "Delegation / region"),
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 5
_FIELDS = {
    COL_NAME: "full_name",
    COL_ORGANISATION: "organisation",
    COL_POSITION: "position",
    COL_DELEGATION: "delegation",
}


class ParticipantTableModel(QAbstractTableModel):
    """Ticking the box does not change the model: it asks for the edit (presenceToggled),
    and the model shows the result when the session reports the change."""

    presenceToggled = Signal(str, bool)  # participant id, present

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ParticipantRow] = []
        self.haystacks: list[str] = []
        self._order = (COL_NAME, Qt.SortOrder.AscendingOrder)

    def load(self, rows: list[ParticipantRow]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.haystacks = [_haystack(row) for row in self.rows]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort here, in Python, once: a proxy sort calls data() for every comparison."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [(self.rows[i.row()].id, i.column()) for i in persistent]
        self._order = (column, order)
        self.rows = self._sorted(self.rows)
        self.haystacks = [_haystack(row) for row in self.rows]
        at = {row.id: n for n, row in enumerate(self.rows)}
        self.changePersistentIndexList(persistent, [self.index(at[i], c) for i, c in moved])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[ParticipantRow]) -> list[ParticipantRow]:
        column, order = self._order
        key = (
            (lambda r: int(r.present))
            if column == COL_PRESENT
            else (lambda r: self._text(r, column if column in _FIELDS else COL_NAME))
        )
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def present_count(self) -> int:
        return sum(row.present for row in self.rows)

    def set_present(self, participant_id: str, present: bool) -> None:
        """Show a changed attendance without reloading the list."""
        for at, row in enumerate(self.rows):
            if row.id == participant_id:
                row.present = present
                self.dataChanged.emit(self.index(at, COL_PRESENT), self.index(at, COL_PRESENT))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMN_TITLES) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ParticipantTable", COLUMN_TITLES.get(section, ""))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_PRESENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_PRESENT:
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole and column in _FIELDS:
            return getattr(row, _FIELDS[column])
        if role == SORT_ROLE:
            return int(row.present) if column == COL_PRESENT else self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def accepts(self, source_row: int, needle: str) -> bool:
        return needle in self.haystacks[source_row]

    @staticmethod
    def _text(row: ParticipantRow, column: int) -> str:
        return str(getattr(row, _FIELDS[column])).casefold()

    def setData(self, index: Index, value: Any, role: int = 0) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_PRESENT:
            return False
        present = Qt.CheckState(value) == Qt.CheckState.Checked
        self.presenceToggled.emit(self.rows[index.row()].id, present)
        return True


def _haystack(row: ParticipantRow) -> str:
    return "\n".join((row.full_name, row.organisation, row.position, row.delegation)).casefold()


class ParticipantFilter(QSortFilterProxyModel):
    """Filter-as-you-type over the texts of a row; sorting is left to the model (faster)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model: ParticipantTableModel = self.sourceModel()  # type: ignore[assignment]
        return not self._needle or model.accepts(source_row, self._needle)
