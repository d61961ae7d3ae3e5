"""Table models of the exchange views: merge preview, conflicts, dashboard, similar proposals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from facilitator.exchange.dashboard import NO_BUNDLE, NO_KIT, PlatformStatus
from facilitator.exchange.merge import ALREADY, HELD, IMPORTED, OLDER, BundleReport
from facilitator.exchange.similar import SimilarGroup
from facilitator.gui.exchange.conflict_fields import ENTITY_LABELS, FIELD_LABELS, KIND_LABELS, label
from facilitator.messages import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1  # the row's underlying object
Column = tuple[str, Callable[[Any], Any]]


def _translated(text: str) -> str:
    """A label marked with QT_TRANSLATE_NOOP("Exchange", ...), in the user's language."""
    return QCoreApplication.translate("Exchange", text)


class RowsModel(QAbstractTableModel):
    """Read-only rows of objects, one column per (title, getter)."""

    COLUMNS: Sequence[Column] = ()

    def __init__(self, rows: Sequence[Any] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[index.column()][1](item)
        if role == RecordRole:
            return item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _translated(self.COLUMNS[section][0])
        return section + 1


STATUS_TEXT = {
    IMPORTED: QT_TRANSLATE_NOOP("Exchange", "new"),
    OLDER: QT_TRANSLATE_NOOP("Exchange", "older (nothing reverts)"),
    ALREADY: QT_TRANSLATE_NOOP("Exchange", "already imported"),
    HELD: QT_TRANSLATE_NOOP("Exchange", "held: its clock runs ahead"),
}


class MergePreviewModel(RowsModel):
    """One row per bundle of a merge (preview or done)."""

    COLUMNS = (
        (QT_TRANSLATE_NOOP("Exchange", "Platform"), lambda b: f"{b.platform}. {b.title}"),
        (QT_TRANSLATE_NOOP("Exchange", "File"), lambda b: b.file),
        (QT_TRANSLATE_NOOP("Exchange", "Bundle"), lambda b: b.sequence),
        (
            QT_TRANSLATE_NOOP("Exchange", "Status"),
            lambda b: _translated(STATUS_TEXT.get(b.status, b.status)),
        ),
        (QT_TRANSLATE_NOOP("Exchange", "New"), lambda b: b.new),
        (QT_TRANSLATE_NOOP("Exchange", "Changed"), lambda b: b.changed),
        (QT_TRANSLATE_NOOP("Exchange", "Unchanged"), lambda b: b.unchanged),
        (QT_TRANSLATE_NOOP("Exchange", "Conflicts"), lambda b: b.conflicts),
    )

    def bundle(self, row: int) -> BundleReport:
        return self.row_object(row)


class ConflictModel(RowsModel):
    """Open conflicts, as `conflicts.describe` gives them."""

    COLUMNS = (
        (QT_TRANSLATE_NOOP("Exchange", "Platform"), lambda c: c["platform"]),
        (QT_TRANSLATE_NOOP("Exchange", "Record"), lambda c: label(ENTITY_LABELS, c["entity"])),
        (QT_TRANSLATE_NOOP("Exchange", "Title"), lambda c: c["title"]),
        (QT_TRANSLATE_NOOP("Exchange", "Kind"), lambda c: label(KIND_LABELS, c["kind"])),
        (
            QT_TRANSLATE_NOOP("Exchange", "Fields"),
            lambda c: ", ".join(label(FIELD_LABELS, f["name"]) for f in c["fields"]),
        ),
    )


def _missing(status: PlatformStatus) -> str:
    texts = {
        NO_KIT: QCoreApplication.translate("Exchange", "no kit issued"),
        NO_BUNDLE: QCoreApplication.translate("Exchange", "no bundle yet"),
    }
    return "; ".join(texts[m] for m in status.missing)


class DashboardModel(RowsModel):
    """Per platform: its last bundle, what it changed, conflicts, and what is missing."""

    COLUMNS = (
        (QT_TRANSLATE_NOOP("Exchange", "No."), lambda s: s.number),
        (QT_TRANSLATE_NOOP("Exchange", "Platform"), lambda s: s.title),
        (
            QT_TRANSLATE_NOOP("Exchange", "Last bundle"),
            lambda s: "" if s.last_sequence is None else s.last_sequence,
        ),
        (
            QT_TRANSLATE_NOOP("Exchange", "Exported at"),
            lambda s: s.last_exported_at[:16].replace("T", " "),
        ),
        (QT_TRANSLATE_NOOP("Exchange", "New"), lambda s: s.last_counts.get("new", "")),
        (QT_TRANSLATE_NOOP("Exchange", "Changed"), lambda s: s.last_counts.get("changed", "")),
        (QT_TRANSLATE_NOOP("Exchange", "Proposals"), lambda s: s.proposals),
        (QT_TRANSLATE_NOOP("Exchange", "Votes"), lambda s: s.votes),
        (QT_TRANSLATE_NOOP("Exchange", "Conflicts"), lambda s: s.conflicts),
        (QT_TRANSLATE_NOOP("Exchange", "Missing"), _missing),
    )


class SimilarModel(RowsModel):
    """Similar proposals, one row per proposal, grouped (group number in the first column)."""

    COLUMNS = (
        (QT_TRANSLATE_NOOP("Exchange", "Group"), lambda r: r[0] + 1),
        (QT_TRANSLATE_NOOP("Exchange", "Score"), lambda r: round(r[1].score)),
        (QT_TRANSLATE_NOOP("Exchange", "Code"), lambda r: r[2].code),
        (QT_TRANSLATE_NOOP("Exchange", "Title"), lambda r: r[2].title),
    )

    def set_groups(self, groups: Sequence[SimilarGroup]) -> None:
        self.set_rows([(i, g, p) for i, g in enumerate(groups) for p in g.proposals])

    def group_at(self, row: int) -> SimilarGroup:
        return self.row_object(row)[1]
