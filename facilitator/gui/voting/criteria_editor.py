"""The rating's criteria at the set-up: a short list to add to, rename and remove from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from facilitator.gui.voting import texts
from facilitator.gui.widgets import Retranslating
from facilitator.voting.labels import CRITERION_TITLES

FIXED_ID = Qt.ItemDataRole.UserRole  # "effect", "feasibility": their ids outlive a new name
SHOWN = Qt.ItemDataRole.UserRole + 1  # the name last accepted, to go back to on a bad rename
RENAMED = Qt.ItemDataRole.UserRole + 2  # renamed by hand: no longer follows the UI language
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CriteriaEditor(Retranslating, QWidget):
    """At least one criterion. Effect and feasibility keep their ids when renamed (the matrix
    needs them); a criterion added is known by the name typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName("rating criteria")
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 6)
        self.list.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked | QListWidget.EditTrigger.EditKeyPressed
        )
        self.name = QLineEdit(self)
        self.name.setAccessibleName("new criterion")
        self.name.installEventFilter(self)
        self.add_button = self._button("add criterion", self.add)
        self.rename_button = self._button("rename criterion", self.rename)
        self.remove_button = self._button("remove criterion", self.remove)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 0, 0, 3, 1)
        layout.addWidget(self.rename_button, 0, 1)
        layout.addWidget(self.remove_button, 1, 1)
        layout.addWidget(self.name, 3, 0)
        layout.addWidget(self.add_button, 3, 1)
        self.list.itemChanged.connect(self._renamed)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.retranslate()

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)  # Enter here must not start the vote
        button.clicked.connect(lambda: slot())
        return button

    def retranslate(self) -> None:
        self.name.setPlaceholderText(self.tr("New criterion"))
        self.add_button.setText(self.tr("&Add"))
        self.rename_button.setText(self.tr("Rena&me"))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            fixed = item.data(FIXED_ID)
            if fixed and not item.data(RENAMED):
                item.setText(texts.criterion_title(fixed))
                item.setData(SHOWN, item.text())
        self.list.blockSignals(False)

    # --- the list ------------------------------------------------------------------------------
    def set_criteria(self, criteria: list[str], titles: dict[str, str] | None = None) -> None:
        self.list.clear()
        for criterion in criteria:
            fixed = criterion if criterion in CRITERION_TITLES else None
            given = (titles or {}).get(criterion)
            self._append(given or texts.criterion_title(criterion), fixed, bool(given))
        self.list.setCurrentRow(0)
        self._enable()

    def criteria(self) -> list[str]:
        """The criterion ids, in order: the fixed id, else the name."""
        rows = (self.list.item(row) for row in range(self.list.count()))
        return [item.data(FIXED_ID) or item.text().strip() for item in rows]

    def titles(self) -> dict[str, str]:
        """New names given to effect and feasibility (the others are their names)."""
        out = {}
        for row in range(self.list.count()):
            item = self.list.item(row)
            fixed = item.data(FIXED_ID)
            if fixed and item.text().strip() != texts.criterion_title(fixed):
                out[fixed] = item.text().strip()
        return out

    def _append(self, name: str, fixed: str | None, renamed: bool = False) -> None:
        item = QListWidgetItem(name)
        item.setData(RENAMED, renamed)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(FIXED_ID, fixed)
        item.setData(SHOWN, name)
        self.list.blockSignals(True)
        self.list.addItem(item)
        self.list.blockSignals(False)

    def _taken(self, name: str, besides: QListWidgetItem | None = None) -> bool:
        folded = name.casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            names = {item.text().strip().casefold(), str(item.data(FIXED_ID) or "").casefold()}
            if item is not besides and folded in names:
                return True
        return False

    # --- the buttons ---------------------------------------------------------------------------
    def add(self, name: str | None = None) -> bool:
        """Add a criterion named `name` (else as typed); not an empty or repeated name."""
        name = (self.name.text() if name is None else name).strip()
        if not name or self._taken(name):
            return False
        self._append(name, None)
        self.list.setCurrentRow(self.list.count() - 1)
        self.name.clear()
        self._enable()
        return True

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def remove(self) -> None:
        if self.list.count() > 1 and self.list.currentRow() >= 0:
            self.list.takeItem(self.list.currentRow())
        self._enable()

    def _renamed(self, item: QListWidgetItem) -> None:
        name = item.text().strip()
        self.list.blockSignals(True)
        if not name or self._taken(name, besides=item):
            item.setText(item.data(SHOWN))  # an empty or repeated name: keep the old one
        else:
            item.setText(name)
            item.setData(SHOWN, name)
            item.setData(RENAMED, True)
        self.list.blockSignals(False)

    def _enable(self) -> None:
        chosen = self.list.currentRow() >= 0
        self.rename_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and self.list.count() > 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the name field adds the criterion (and does not start the vote)."""
        if watched is self.name and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in ENTER_KEYS:
                self.add()
                return True
        return super().eventFilter(watched, event)
