"""One conflict field by field: ours, the platform's, and which of the two to keep for each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from facilitator.gui.qt_types import Index
from facilitator.messages import QT_TRANSLATE_NOOP

COL_FIELD, COL_MINE, COL_THEIRS, COL_TAKE = range(4)
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("ConflictFields", "Title"),
    "text": QT_TRANSLATE_NOOP("ConflictFields", "Text"),
    "kind": QT_TRANSLATE_NOOP("ConflictFields", "Kind"),
    "status": QT_TRANSLATE_NOOP("ConflictFields", "Status"),
    "presenter": QT_TRANSLATE_NOOP("ConflictFields", "Presenter"),
    "organisation": QT_TRANSLATE_NOOP("ConflictFields", "Organisation"),
    "responsible": QT_TRANSLATE_NOOP("ConflictFields", "Responsible"),
    "deadline": QT_TRANSLATE_NOOP("ConflictFields", "Deadline"),
    "tags": QT_TRANSLATE_NOOP("ConflictFields", "Tags"),
    "full_name": QT_TRANSLATE_NOOP("ConflictFields", "Full name"),
    "position": QT_TRANSLATE_NOOP("ConflictFields", "Position"),
    "delegation": QT_TRANSLATE_NOOP("ConflictFields", "Delegation / region"),
}
ENTITY_LABELS = {
    "proposal": QT_TRANSLATE_NOOP("ConflictFields", "Proposal"),
    "participant": QT_TRANSLATE_NOOP("ConflictFields", "Participant"),
    "attendance": QT_TRANSLATE_NOOP("ConflictFields", "Attendance"),
    "vote": QT_TRANSLATE_NOOP("ConflictFields", "Vote"),
    "tally": QT_TRANSLATE_NOOP("ConflictFields", "Vote count"),
    "ballot": QT_TRANSLATE_NOOP("ConflictFields", "Ballot"),
}
KIND_LABELS = {
    "edit": QT_TRANSLATE_NOOP("ConflictFields", "Edited on both sides"),
    "deleted_here": QT_TRANSLATE_NOOP("ConflictFields", "Deleted here, edited there"),
    "deleted_there": QT_TRANSLATE_NOOP("ConflictFields", "Deleted there, edited here"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("ConflictFields", "Field"),
    QT_TRANSLATE_NOOP("ConflictFields", "Here (secretariat)"),
    QT_TRANSLATE_NOOP("ConflictFields", "Platform"),
    QT_TRANSLATE_NOOP("ConflictFields", "Take the platform's"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictFields", text)


def label(labels: dict[str, str], name: str) -> str:
    """A field, record or conflict kind in the reader's language (the name when unknown)."""
    return _tr(labels[name]) if name in labels else name


def shown(value: Any) -> str:
    return "\u2014" if value in (None, "") else str(value)


class ConflictFieldsModel(QAbstractTableModel):
    """The fields that differ; each row's check box takes the platform's value (Space)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.fields: list[dict[str, Any]] = []
        self.take: list[bool] = []

    def set_conflict(self, conflict: dict[str, Any] | None) -> None:
        self.beginResetModel()
        self.fields = list(conflict["fields"]) if conflict else []
        self.take = [False] * len(self.fields)  # ours is kept unless chosen otherwise
        self.endResetModel()

    def values(self) -> dict[str, Any]:
        """The value chosen for each differing field."""
        return {
            f["name"]: f["theirs"] if take else f["mine"]
            for f, take in zip(self.fields, self.take, strict=True)
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        field, column = self.fields[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_TAKE:
            taken = self.take[index.row()]
            return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(field, column)
        return None

    def _text(self, field: dict[str, Any], column: int) -> str | None:
        if column == COL_FIELD:
            return label(FIELD_LABELS, field["name"])
        if column == COL_MINE:
            return shown(field["mine"])
        if column == COL_THEIRS:
            return shown(field["theirs"])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == COL_TAKE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = 0) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_TAKE:
            return False
        self.take[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
