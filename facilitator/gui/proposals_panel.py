"""The proposals tab: filter bar, the table, quick capture and the detail pane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.gui import proposal_model as pm
from facilitator.gui.capture import QuickCapture
from facilitator.gui.detail import DetailPane
from facilitator.gui.widgets import HintTableView, Retranslating
from facilitator.gui.wrapping import VisibleRowSizer, WrappingDelegate, widest_text, widest_word
from facilitator.services.proposals import ProposalRow
from facilitator.vocabulary import KIND_LABELS, KINDS, STATUS_LABELS, STATUSES

# how many lines a cell may take before its text is elided (the tooltip has all of it)
WRAPPED_LINES = {
    pm.COL_TITLE: 6,
    pm.COL_KIND: 2,
    pm.COL_PERSON: 3,
    pm.COL_STATUS: 2,
    pm.COL_RESULT: 3,
}


class ProposalsPanel(Retranslating, QWidget):
    """Owns the proposal model and proxy; says which proposal is selected."""

    currentChanged = Signal(object)  # ProposalRow | None

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = pm.ProposalTableModel(self)
        self.proxy = pm.ProposalFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        self.table = self._make_table()
        self.capture = QuickCapture(self)
        self.detail = DetailPane(self)
        self._layout()
        self.search.textChanged.connect(self.proxy.set_text)
        self.kind_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_kind(self.kind_filter.currentData() or "")
        )
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_filter.currentData() or "")
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.retranslate()

    def _make_table(self) -> QTableView:
        table = HintTableView(self.empty_hint, self)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several rows can be put to one vote; the detail pane follows the current row
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        # long titles wrap and their rows grow: a title is read, not guessed from 20 letters
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        self.row_sizer = VisibleRowSizer(table)
        for column, lines in WRAPPED_LINES.items():
            table.setItemDelegateForColumn(column, WrappingDelegate(lines, table))
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(pm.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(pm.COL_NUMBER, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        return table

    def _size_columns(self) -> None:
        """The short columns as narrow as their words allow; the title takes the rest."""
        metrics = self.table.fontMetrics()
        label = QCoreApplication.translate
        header = [self.model.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(7)]
        widths = {
            pm.COL_NUMBER: widest_text(metrics, ["00.00", header[pm.COL_NUMBER]]),
            pm.COL_KIND: widest_word(
                metrics,
                [header[pm.COL_KIND], *(label("Vocabulary", k) for k in KIND_LABELS.values())],
            ),
            pm.COL_PERSON: max(
                widest_word(metrics, [header[pm.COL_PERSON]]), metrics.averageCharWidth() * 15
            ),
            pm.COL_DEADLINE: widest_text(
                metrics, [pm.format_date("2026-12-31"), header[pm.COL_DEADLINE]]
            ),
            pm.COL_STATUS: widest_word(
                metrics,
                [header[pm.COL_STATUS], *(label("Vocabulary", s) for s in STATUS_LABELS.values())],
            ),
            pm.COL_RESULT: widest_text(metrics, ["100/10/10 \u2713", header[pm.COL_RESULT]]),
        }
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        # a caption wider than its column wraps: the header takes two lines then
        wraps = any(widest_text(metrics, [header[c]]) > w for c, w in widths.items())
        lines = 2 if wraps else 1
        self.table.horizontalHeader().setFixedHeight(lines * metrics.lineSpacing() + 10)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.status_filter)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.capture)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([880, 250])  # the table gets the room; the pane stays usable
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)
        QWidget.setTabOrder(self.search, self.kind_filter)
        QWidget.setTabOrder(self.kind_filter, self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.table)
        QWidget.setTabOrder(self.table, self.capture)

    def retranslate(self) -> None:
        label = QCoreApplication.translate  # labels come from vocabulary tables
        self.search.setPlaceholderText(self.tr("Find in titles, texts, presenters and tags"))
        self.search.setAccessibleName(self.tr("Find proposals"))
        self.table.setAccessibleName(self.tr("Proposals"))
        self.kind_filter.setAccessibleName(self.tr("Filter by kind"))
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self._fill(
            self.kind_filter,
            self.tr("All kinds"),
            KINDS,
            lambda k: label("Vocabulary", KIND_LABELS[k]),
        )
        self._fill(
            self.status_filter,
            self.tr("All statuses"),
            STATUSES,
            lambda s: label("Vocabulary", STATUS_LABELS[s]),
        )
        self.model.retranslate()
        self._size_columns()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, values: tuple[str, ...], label: Any) -> None:
        # keep the chosen value while the labels change language
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for value in values:
            combo.addItem(label(value), value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    def empty_hint(self) -> str:
        """What the empty table says: how to capture, or where the platforms come from."""
        if self.model.rowCount():
            return self.tr("Nothing matches the search or the filters.")
        if not self.capture.isEnabled():
            return self.tr(
                "This session has no platforms yet. Add them in Edit → Session setup… "
                "(Ctrl+Shift+S), then import the participants (Ctrl+I)."
            )
        return self.tr(
            "Nothing captured yet. Type a title in the line below and press Enter "
            "(Ctrl+N goes there; Ctrl+K changes the kind of the next entry)."
        )

    # --- rows and selection -------------------------------------------------------------
    def load(self, rows: list[ProposalRow]) -> None:
        self.detail.commit_all()
        self.model.load(rows)
        self._current_changed(self.table.currentIndex())

    def selected_ids(self) -> list[str]:
        """The selected proposals in the table's order (the current one if none is selected)."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        ids = [index.data(pm.ID_ROLE) for index in rows]
        current = self.current()
        return ids or ([current.id] if current is not None else [])

    def current(self) -> ProposalRow | None:
        index = self.table.currentIndex()
        return index.data(pm.ROW_ROLE) if index.isValid() else None

    def select(self, proposal_id: str) -> None:
        """Make a proposal current and visible (clearing a filter that hides it)."""
        at = self.model.row_of(proposal_id)
        if at < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(at, pm.COL_TITLE))
        if not index.isValid():
            self.search.clear()
            self.kind_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(at, pm.COL_TITLE))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def step(self, delta: int) -> None:
        """Move to the next (+1) or previous (-1) proposal in the table's order."""
        rows = self.proxy.rowCount()
        if rows == 0:
            return
        current = self.table.currentIndex().row()
        target = 0 if current < 0 else max(0, min(rows - 1, current + delta))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        index = self.proxy.index(target, pm.COL_TITLE)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _current_changed(self, index: QModelIndex, _previous: Any = None) -> None:
        # the detail pane confirms what was being typed before it shows another proposal
        self.detail.commit_all()
        row = index.data(pm.ROW_ROLE) if index.isValid() else None
        self.detail.show_row(row)
        self.currentChanged.emit(row)

    def refresh_row(self, row: ProposalRow | None, proposal_id: str) -> None:
        """Show one changed, new, deleted or restored proposal."""
        if row is None:
            self.model.drop(proposal_id)
        else:
            self.model.put(row)
        current = self.current()
        if current is not None and current.id == proposal_id:
            self.detail.show_row(current)
        elif current is None:
            self.detail.show_row(None)
