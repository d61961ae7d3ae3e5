"""The proposals of one platform as a table model, and the proxy that filters and sorts them."""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from facilitator.gui.voting.texts import result_text, result_tooltip
from facilitator.messages import QT_TRANSLATE_NOOP
from facilitator.services.proposals import ProposalRow
from facilitator.vocabulary import KIND_LABELS, KINDS, RESOLUTION_ITEM, STATUS_LABELS, STATUSES

COL_NUMBER, COL_KIND, COL_TITLE, COL_PERSON, COL_DEADLINE, COL_STATUS, COL_RESULT = range(7)
COLUMN_TITLES = {
    COL_NUMBER: QT_TRANSLATE_NOOP("ProposalTable", "No."),
    COL_KIND: QT_TRANSLATE_NOOP("ProposalTable", "Kind"),
    COL_TITLE: QT_TRANSLATE_NOOP("ProposalTable", "Title"),
    COL_PERSON: QT_TRANSLATE_NOOP("ProposalTable", "Presenter / responsible"),
    COL_DEADLINE: QT_TRANSLATE_NOOP("ProposalTable", "Deadline"),
    COL_STATUS: QT_TRANSLATE_NOOP("ProposalTable", "Status"),
    COL_RESULT: QT_TRANSLATE_NOOP("ProposalTable", "Vote result"),
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
STATUS_ROLE = Qt.ItemDataRole.UserRole + 4
ROW_ROLE = Qt.ItemDataRole.UserRole + 5

Index = QModelIndex | QPersistentModelIndex


def _label(context: str, text: str) -> str:
    """Translate a label kept in a table (marked there with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(context, text)


def format_date(iso: str) -> str:
    """An ISO date shown the way the UI language writes dates (empty stays empty)."""
    if not iso:
        return ""
    return QLocale().toString(
        QDate.fromString(iso, Qt.DateFormat.ISODate), QLocale.FormatType.ShortFormat
    )


def person(row: ProposalRow) -> str:
    """Who answers for the row: the responsible for resolution items, else the presenter."""
    if row.kind == RESOLUTION_ITEM:
        return row.responsible or row.presenter
    return row.presenter or row.responsible


def haystack(row: ProposalRow) -> str:
    return "\n".join((row.title, row.text, row.presenter, row.tags, row.code)).casefold()


class ProposalTableModel(QAbstractTableModel):
    """Rows loaded once (list_proposals); single rows replaced, inserted or removed on change."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ProposalRow] = []
        self.haystacks: list[str] = []
        self.results: dict[str, list[dict[str, Any]]] = {}  # latest_results() of the platform
        self._positions: dict[str, int] = {}
        self._order = (COL_NUMBER, Qt.SortOrder.AscendingOrder)

    # --- loading and single-row updates ---------------------------------------------------
    def load(self, rows: list[ProposalRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.haystacks = [haystack(row) for row in self.rows]
        self._reindex()
        self.endResetModel()

    def set_results(self, results: dict[str, list[dict[str, Any]]]) -> None:
        """Show the latest vote figures (one query per change, not one per cell)."""
        self.results = results
        if self.rows:
            last = len(self.rows) - 1
            self.dataChanged.emit(self.index(0, COL_RESULT), self.index(last, COL_RESULT))

    def row_of(self, proposal_id: str) -> int:
        return self._positions.get(proposal_id, -1)

    def put(self, row: ProposalRow) -> None:
        """Show a new or changed row (kept in number order)."""
        at = self.row_of(row.id)
        if at >= 0:
            self.rows[at] = row
            self.haystacks[at] = haystack(row)
            self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMN_TITLES) - 1))
            return
        at = self._insertion_point(row)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, row)
        self.haystacks.insert(at, haystack(row))
        self._reindex()
        self.endInsertRows()

    def drop(self, proposal_id: str) -> None:
        at = self.row_of(proposal_id)
        if at < 0:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self.rows[at]
        del self.haystacks[at]
        self._reindex()
        self.endRemoveRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort here, in Python, once: a proxy sort would call data() ~600,000 times."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [(self.rows[index.row()].id, index.column()) for index in persistent]
        self._order = (column, order)
        reverse = order == Qt.SortOrder.DescendingOrder
        pairs = sorted(
            zip(self.rows, self.haystacks, strict=True),
            key=lambda pair: self._sort_key(pair[0], column),
            reverse=reverse,
        )
        self.rows = [row for row, _ in pairs]
        self.haystacks = [text for _, text in pairs]
        self._reindex()
        new = [self.index(self._positions[ident], col) for ident, col in moved]
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    def _insertion_point(self, row: ProposalRow) -> int:
        column, order = self._order
        key = self._sort_key(row, column)
        keys = [self._sort_key(r, column) for r in self.rows]
        if order == Qt.SortOrder.DescendingOrder:
            return next((at for at, other in enumerate(keys) if other < key), len(keys))
        return bisect.bisect(keys, key)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMN_TITLES) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COL_RESULT))

    def _reindex(self) -> None:
        self._positions = {row.id: at for at, row in enumerate(self.rows)}

    # --- the model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _label("ProposalTable", COLUMN_TITLES.get(section, ""))
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == SORT_ROLE:
            return self._sort_key(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_TITLE:
            return "\n\n".join(part for part in (row.title, row.text) if part)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_PERSON:
            return self._display(row, COL_PERSON) or None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_RESULT:
            return result_tooltip(self.results.get(row.id)) or None
        return {ID_ROLE: row.id, KIND_ROLE: row.kind, STATUS_ROLE: row.status, ROW_ROLE: row}.get(
            role
        )

    def _display(self, row: ProposalRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.code
        if column == COL_KIND:
            return _label("Vocabulary", KIND_LABELS[row.kind])
        if column == COL_TITLE:
            return row.title
        if column == COL_PERSON:
            return person(row)
        if column == COL_DEADLINE:
            return format_date(row.deadline)
        if column == COL_RESULT:
            return result_text(self.results.get(row.id))
        return _label("Vocabulary", STATUS_LABELS[row.status])

    def _sort_key(self, row: ProposalRow, column: int) -> Any:
        if column == COL_NUMBER:
            return row.platform_number * 1_000_000 + row.number  # 3.12 after 3.9
        if column == COL_KIND:
            return KINDS.index(row.kind)
        if column == COL_STATUS:
            return STATUSES.index(row.status)
        if column == COL_DEADLINE:
            return row.deadline or "9999"  # no deadline sorts last
        return self._display(row, column).casefold()


class ProposalFilter(QSortFilterProxyModel):
    """Filter-as-you-type over title, text, presenter and tags; plus kind and status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""
        self._kind = ""
        self._status = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # the source sorts itself much faster; the proxy then keeps the source's order
        self.sourceModel().sort(column, order)

    def set_text(self, text: str) -> None:
        self._update(needle=text.strip().casefold())

    def set_kind(self, kind: str) -> None:
        self._update(kind=kind)

    def set_status(self, status: str) -> None:
        self._update(status=status)

    def _update(self, **values: str) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, "_" + key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # reads the source's Python lists directly: no data() call per row and keystroke
        model: ProposalTableModel = self.sourceModel()  # type: ignore[assignment]
        row = model.rows[source_row]
        if self._kind and row.kind != self._kind:
            return False
        if self._status and row.status != self._status:
            return False
        return not self._needle or self._needle in model.haystacks[source_row]
