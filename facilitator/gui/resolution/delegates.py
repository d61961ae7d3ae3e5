"""Editors in the outline's cells: a list of sections, a line for the wording."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from facilitator.export.selection import DEFAULT_GROUP, GROUPS, PROPOSE
from facilitator.gui.qt_types import Index
from facilitator.gui.resolution.labels import section_label
from facilitator.gui.resolution.model import ENTRY_ROLE
from facilitator.gui.wrapping import WrappingDelegate


class SectionDelegate(WrappingDelegate):
    """A list of the sections; the first entry gives the item back to its kind's section."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Section"))
        entry = index.data(ENTRY_ROLE)
        own = DEFAULT_GROUP.get(entry.row.kind, PROPOSE) if entry else PROPOSE
        combo.addItem(self.tr("By its kind: {section}").format(section=section_label(own)), "")
        for group in GROUPS:
            combo.addItem(section_label(group), group)
        # a choice in the open list is the edit: no second key needed
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        combo: QComboBox = editor  # type: ignore[assignment]
        combo.setCurrentIndex(max(combo.findData(index.data(Qt.ItemDataRole.EditRole) or ""), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        combo: QComboBox = editor  # type: ignore[assignment]
        model.setData(index, combo.currentData(), Qt.ItemDataRole.EditRole)


class WordingDelegate(WrappingDelegate):
    """Starts from the words the resolution has now, so a small change is a small edit."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:
        line = QLineEdit(parent)
        line.setAccessibleName(self.tr("Wording in the resolution"))
        entry = index.data(ENTRY_ROLE)
        if entry is not None:
            line.setPlaceholderText(entry.default_wording)
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        line: QLineEdit = editor  # type: ignore[assignment]
        entry: Any = index.data(ENTRY_ROLE)
        line.setText(entry.wording or entry.default_wording if entry else "")
        line.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        line: QLineEdit = editor  # type: ignore[assignment]
        model.setData(index, line.text(), Qt.ItemDataRole.EditRole)
