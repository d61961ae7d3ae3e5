"""Platforms as models: the sidebar list with live counters, and the editable setup table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from facilitator.gui.counters import PlatformCounters
from facilitator.gui.proposal_model import ID_ROLE, Index
from facilitator.messages import QT_TRANSLATE_NOOP
from facilitator.vocabulary import KIND_PLURALS, KINDS

COUNTERS_ROLE = Qt.ItemDataRole.UserRole + 10


def _label(context: str, text: str) -> str:
    """Translate a label kept in a table (marked there with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(context, text)


def counters_text(entry: PlatformCounters) -> str:
    """ "Present 12 of 30 · Problems 3 · Proposals 5" (kinds with no entries left out)."""
    parts = [
        QCoreApplication.translate("Sidebar", "Present {present} of {total}").format(
            present=entry.present, total=entry.participants
        )
    ]
    for kind in KINDS:
        if entry.proposals.get(kind):
            parts.append(f"{_label('Vocabulary', KIND_PLURALS[kind])} {entry.proposals[kind]}")
    return " · ".join(parts)


class PlatformListModel(QAbstractListModel):
    """The sidebar: one row per platform, its title and its counters."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[PlatformCounters] = []

    def load(self, entries: list[PlatformCounters]) -> None:
        if [e.id for e in entries] == [e.id for e in self.entries]:
            # same platforms: only counters or titles moved; keep the selection
            self.entries = entries
            if entries:
                self.dataChanged.emit(self.index(0), self.index(len(entries) - 1))
            return
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def row_of(self, platform_id: str) -> int:
        return next((at for at, e in enumerate(self.entries) if e.id == platform_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.number}. {entry.title}"
        if role == COUNTERS_ROLE:
            return counters_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.number}. {entry.title}\n{counters_text(entry)}"
        if role == ID_ROLE:
            return entry.id
        return None


COL_NUMBER, COL_TITLE, COL_MODERATORS, COL_SECRETARY, COL_ROOM = range(5)
SETUP_COLUMNS = {
    COL_NUMBER: ("number", QT_TRANSLATE_NOOP("PlatformTable", "No.")),
    COL_TITLE: ("title", QT_TRANSLATE_NOOP("PlatformTable", "Title")),
    COL_MODERATORS: ("moderators", QT_TRANSLATE_NOOP("PlatformTable", "Moderators")),
    COL_SECRETARY: ("secretary", QT_TRANSLATE_NOOP("PlatformTable", "Secretary")),
    COL_ROOM: ("room", QT_TRANSLATE_NOOP("PlatformTable", "Room")),
}


class PlatformTableModel(QAbstractTableModel):
    """The setup dialog's table: title, moderators, secretary and room edited in place
    through `edit`."""

    def __init__(self, edit: Callable[[str, str, str], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[PlatformCounters] = []
        self._edit = edit  # (platform id, field, value) → accepted

    def load(self, entries: list[PlatformCounters]) -> None:
        if [e.id for e in entries] == [e.id for e in self.entries]:
            # The same platforms in the same order: new values in place, so that a cell being
            # edited keeps its editor (a reset would take it from under the view mid-commit).
            self.entries = entries
            if entries:
                last = self.index(len(entries) - 1, len(SETUP_COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SETUP_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _label("PlatformTable", SETUP_COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() != COL_NUMBER:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(entry, SETUP_COLUMNS[index.column()][0])
        if role == ID_ROLE:
            return entry.id
        return None

    def setData(self, index: Index, value: Any, role: int = 0) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = SETUP_COLUMNS[index.column()][0]
        return self._edit(self.entries[index.row()].id, field, str(value))
