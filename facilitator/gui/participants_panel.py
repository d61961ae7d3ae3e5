"""The participants tab: the platform's list with attendance boxes and the present count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.gui import participant_model as pmodel
from facilitator.gui.widgets import HintTableView, Retranslating
from facilitator.services.participants import ParticipantRow

NO_KEYS = Qt.KeyboardModifier.NoModifier


class AttendanceTable(HintTableView):
    """Typing a name finds it (type-ahead on the names); Space marks that person present."""

    spacePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and event.modifiers() == NO_KEYS:
            if self.currentIndex().isValid():
                self.spacePressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        current = self.currentIndex()
        if not current.isValid():
            self.setCurrentIndex(self.model().index(0, pmodel.COL_NAME))
        elif current.column() != pmodel.COL_NAME:  # find by the name, whatever cell is current
            self.setCurrentIndex(current.siblingAtColumn(pmodel.COL_NAME))
        super().keyboardSearch(search)


class ParticipantsPanel(Retranslating, QWidget):
    """The list, a name filter and the buttons; the main window connects them to operations."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = pmodel.ParticipantTableModel(self)
        self.proxy = pmodel.ParticipantFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.count = QLabel(self)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.table = self._make_table()
        self._layout()
        self.model.modelReset.connect(self._update_count)
        self.model.dataChanged.connect(self._update_count)
        self.retranslate()

    def _make_table(self) -> AttendanceTable:
        table = AttendanceTable(self.empty_hint, self)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(pmodel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(pmodel.COL_ORGANISATION, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(pmodel.COL_PRESENT, 100)
        table.setColumnWidth(pmodel.COL_POSITION, 200)
        table.setColumnWidth(pmodel.COL_DELEGATION, 180)
        header.setSortIndicator(pmodel.COL_NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        return table

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addSpacing(12)
        for button in (self.add_button, self.edit_button, self.import_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find participants"))
        self.search.setAccessibleName(self.tr("Find participants"))
        self.table.setAccessibleName(self.tr("Participants"))
        self.count.setAccessibleName(self.tr("Present count"))
        self.add_button.setText(self.tr("A&dd…"))
        self.edit_button.setText(self.tr("Edi&t…"))
        self.import_button.setText(self.tr("&Import list…"))
        self.model.retranslate()
        self._update_count()

    def empty_hint(self) -> str:
        if self.model.rowCount():
            return self.tr("Nobody matches the search.")
        return self.tr(
            "No participants on this platform yet. Import a list (Ctrl+I) or add people "
            "one by one (Ctrl+Shift+A)."
        )

    def load(self, rows: list[ParticipantRow]) -> None:
        """Show the rows, keeping the current participant current."""
        current = self.current()
        self.model.load(rows)
        at = next((i for i, row in enumerate(rows) if current and row.id == current.id), -1)
        if at >= 0:
            index = self.proxy.mapFromSource(self.model.index(at, pmodel.COL_NAME))
            self.table.setCurrentIndex(index)

    def current(self) -> ParticipantRow | None:
        index = self.table.currentIndex()
        return index.data(pmodel.ROW_ROLE) if index.isValid() else None

    def _update_count(self, *_args: Any) -> None:
        self.count.setText(
            self.tr("Present: {present} of {total}").format(
                present=self.model.present_count(), total=self.model.rowCount()
            )
        )
