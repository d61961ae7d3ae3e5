"""The resolution's outline as a tree model (general, platforms and their sections, final).

The model shows; it does not write. An edit made in a view becomes `editRequested`, the editor
stores it through an undo command and gives the model the new outline.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from facilitator.export.selection import GROUPS
from facilitator.gui.resolution import looks
from facilitator.gui.resolution.arrangement import Entry, Group
from facilitator.gui.resolution.looks import (
    COL_CODE,
    COL_INCLUDE,
    COL_SECTION,
    COL_VOTES,
    COL_WORDING,
)
from facilitator.messages import QT_TRANSLATE_NOOP

COLUMN_TITLES = {
    COL_INCLUDE: QT_TRANSLATE_NOOP("ResolutionModel", "In the resolution"),
    COL_CODE: QT_TRANSLATE_NOOP("ResolutionModel", "No."),
    COL_SECTION: QT_TRANSLATE_NOOP("ResolutionModel", "Section"),
    COL_WORDING: QT_TRANSLATE_NOOP("ResolutionModel", "Wording"),
    COL_VOTES: QT_TRANSLATE_NOOP("ResolutionModel", "Score"),
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the proposal's id ("" for a heading)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # the Entry (None for a heading)
KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # the node's key: a group key or "item:<id>"
CHOICE = {
    Qt.CheckState.PartiallyChecked: None,
    Qt.CheckState.Checked: True,
    Qt.CheckState.Unchecked: False,
}

Index = QModelIndex | QPersistentModelIndex


class Node:
    """A row of the tree; its id is the QModelIndex's internalId and stays the same per key."""

    __slots__ = ("id", "key", "row", "parent", "children", "group", "entry", "haystack")

    def __init__(self, nid: int, key: str, parent: Node | None, row: int) -> None:
        self.id, self.key, self.parent, self.row = nid, key, parent, row
        self.children: list[Node] = []
        self.group: Group | None = None
        self.entry: Entry | None = None
        self.haystack = ""


class ResolutionModel(QAbstractItemModel):
    editRequested = Signal(str, dict)  # proposal id, the fields for set_entry

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._nodes: dict[int, Node] = {}
        self._ids: dict[str, int] = {}
        self._roots: list[Node] = []

    # --- loading -------------------------------------------------------------------------
    def set_outline(self, groups: list[Group]) -> None:
        """Show a new outline; when the same items only moved, selection and expansion stay."""
        if set(_keys(groups)) != set(self._ids):
            self.beginResetModel()
            self._ids.clear()
            self._build(groups)
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(index.internalId(), index.column()) for index in persistent]
        self._build(groups)
        self.changePersistentIndexList(persistent, [self._index_of(n, c) for n, c in kept])
        self.layoutChanged.emit()
        self._everything_changed(QModelIndex(), self._roots)

    def _build(self, groups: list[Group]) -> None:
        self._nodes = {}
        self._roots = [self._group_node(g, None, row) for row, g in enumerate(groups)]

    def _node_for(self, key: str, parent: Node | None, row: int) -> Node:
        nid = self._ids.setdefault(key, len(self._ids) + 1)  # 0 would look like "no node"
        node = self._nodes[nid] = Node(nid, key, parent, row)
        return node

    def _group_node(self, group: Group, parent: Node | None, row: int) -> Node:
        node = self._node_for(group.key, parent, row)
        node.group = group
        node.children = [self._group_node(g, node, r) for r, g in enumerate(group.children)]
        for entry in group.entries:
            child = self._node_for("item:" + entry.id, node, len(node.children))
            child.entry = entry
            child.haystack = looks.haystack(entry)
            node.children.append(child)
        return node

    def _everything_changed(self, parent: QModelIndex, nodes: list[Node]) -> None:
        if not nodes:
            return
        last = len(COLUMN_TITLES) - 1
        self.dataChanged.emit(self.index(0, 0, parent), self.index(len(nodes) - 1, last, parent))
        for node in nodes:
            self._everything_changed(self.createIndex(node.row, 0, node.id), node.children)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMN_TITLES) - 1)
        self._everything_changed(QModelIndex(), self._roots)

    # --- lookups -------------------------------------------------------------------------
    def node(self, index: Index) -> Node | None:
        return self._nodes.get(index.internalId()) if index.isValid() else None

    def entry(self, index: Index) -> Entry | None:
        node = self.node(index)
        return node.entry if node else None

    def index_of(self, proposal_id: str, column: int = 0) -> QModelIndex:
        return self._index_of(self._ids.get("item:" + proposal_id, 0), column)

    def _index_of(self, nid: int, column: int) -> QModelIndex:
        node = self._nodes.get(nid)
        return QModelIndex() if node is None else self.createIndex(node.row, column, nid)

    def siblings(self, index: Index) -> list[Entry]:
        """The items of the section the item at index stands in, in their order."""
        node = self.node(index)
        if node is None or node.parent is None:
            return []
        return [child.entry for child in node.parent.children if child.entry is not None]

    def entries(self) -> Iterator[Entry]:
        return (node.entry for node in self._nodes.values() if node.entry is not None)

    # --- the model interface -------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        nodes = self._children(parent)
        if not (0 <= row < len(nodes) and 0 <= column < len(COLUMN_TITLES)):
            return QModelIndex()
        return self.createIndex(row, column, nodes[row].id)

    def parent(self, index: Index | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMN_TITLES)

    def _children(self, parent: Index) -> list[Node]:
        if not parent.isValid():
            return self._roots
        if parent.column() != 0:  # only the first column has children
            return []
        node = self.node(parent)
        return node.children if node else []

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return looks.tr_model(COLUMN_TITLES.get(section, ""))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.entry is None:
            return flags
        if index.column() == COL_INCLUDE:
            return flags | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsUserTristate
        if index.column() in (COL_SECTION, COL_WORDING):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = 0) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if node.entry is None:
            return looks.group_data(node.group, index.column(), role)
        if role == ID_ROLE:
            return node.entry.id
        if role == ENTRY_ROLE:
            return node.entry
        if role == KEY_ROLE:
            return node.key
        return looks.entry_data(node.entry, index.column(), role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entry = self.entry(index)
        fields = None if entry is None else _edit(entry, index.column(), value, role)
        if fields is None:
            return False
        if fields:
            self.editRequested.emit(entry.id, fields)  # type: ignore[union-attr]
        return True


def _edit(entry: Entry, column: int, value: Any, role: int) -> dict[str, Any] | None:
    """The set_entry fields for an edit of a cell; {} when nothing changes, None when refused."""
    if column == COL_INCLUDE and role == Qt.ItemDataRole.CheckStateRole:
        included = CHOICE[Qt.CheckState(value)]
        return {} if included == entry.included else {"included": included}
    if role != Qt.ItemDataRole.EditRole:
        return None
    if column == COL_WORDING:
        text = str(value or "").strip()
        text = "" if text == entry.default_wording else text  # unchanged default: no override
        return {} if text == entry.wording else {"wording": text}
    if column == COL_SECTION and (value or "") in ("", *GROUPS):
        return {} if value == entry.section_choice else {"section": value or ""}
    return None


def _keys(groups: list[Group]) -> Iterator[str]:
    for group in groups:
        yield group.key
        yield from ("item:" + entry.id for entry in group.entries)
        yield from _keys(group.children)


class ResolutionFilter(QSortFilterProxyModel):
    """Find as you type in numbers, titles, texts and wordings; headings follow their items."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._needle = ""
        self._only_in = False

    def set_text(self, text: str) -> None:
        self._update(text.strip().casefold(), self._only_in)

    def set_only_in(self, only_in: bool) -> None:
        self._update(self._needle, only_in)

    def _update(self, needle: str, only_in: bool) -> None:
        self.beginFilterChange()
        self._needle, self._only_in = needle, only_in
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle and not self._only_in:
            return True
        model: ResolutionModel = self.sourceModel()  # type: ignore[assignment]
        node = model.node(model.index(source_row, 0, source_parent))
        if node is None or node.entry is None:
            return False  # a heading shows when one of its items does
        if self._only_in and not node.entry.is_in:
            return False
        return self._needle in node.haystack
