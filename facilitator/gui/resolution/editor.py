"""The resolution tab: rules on the left, every item in the middle, the live preview right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.export import choices
from facilitator.export.resolution import VoteSummary
from facilitator.export.selection import SelectionRules
from facilitator.export.votes import load_vote_summaries
from facilitator.gui.commands import Change
from facilitator.gui.resolution import commands
from facilitator.gui.resolution.arrangement import outline_of_session, reordered
from facilitator.gui.resolution.model import ENTRY_ROLE, ResolutionFilter, ResolutionModel
from facilitator.gui.resolution.preview import PreviewBrowser, PreviewUpdater
from facilitator.gui.resolution.rules_panel import RulesPanel
from facilitator.gui.resolution.view import ResolutionTree
from facilitator.gui.widgets import Retranslating

RELOAD_ON = frozenset({"proposal", "platform", "vote", "session"})  # rows or scores changed


class ResolutionEditor(Retranslating, QWidget):
    """Every edit is stored at once and is on `ops`' undo stack; `ops` is an Operations."""

    exportRequested = Signal()
    previewUpdated = Signal(str)  # the preview's plain text, after each rebuild

    def __init__(self, ops: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.votes: dict[str, VoteSummary] = {}
        self.stale = True  # rows to read again when next shown
        self.model = ResolutionModel(self)
        self.proxy = ResolutionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.rules = RulesPanel(self)
        self.tree = ResolutionTree(self)
        self.tree.setModel(self.proxy)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.only_in = QCheckBox(self)
        self.up_button, self.down_button = QPushButton(self), QPushButton(self)
        self.export_button = QPushButton(self)
        self.preview = PreviewBrowser(self)
        self.preview_state = QLabel(self)
        self.updater = PreviewUpdater(ops.sf, lambda: self.votes)
        self.updater.setParent(self)
        self._layout()
        self._connect()
        self.retranslate()
        self.reload()

    # --- building ------------------------------------------------------------------------
    def _layout(self) -> None:
        middle = QWidget(self)
        find_row = QHBoxLayout()
        find_row.addWidget(self.search, 1)
        find_row.addWidget(self.only_in)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(find_row)
        column.addWidget(self.tree, 1)
        column.addLayout(buttons)
        right = QWidget(self)
        preview_column = QVBoxLayout(right)
        preview_column.setContentsMargins(0, 0, 0, 0)
        preview_column.addWidget(self.preview_state)
        preview_column.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.rules, middle, right):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([200, 820, 340])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self.splitter)
        self.tree.size_columns()

    def _connect(self) -> None:
        self.ops.changed.connect(self.on_changed)
        self.model.editRequested.connect(self.edit_entry)
        self.rules.rulesEdited.connect(self.set_rules)
        self.tree.moveRequested.connect(self.move_item)
        self.search.textChanged.connect(self._filter)
        self.only_in.toggled.connect(self._only_in)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(+1))
        self.export_button.clicked.connect(self.exportRequested)
        self.proxy.modelReset.connect(self._headings_reset)
        for signal in (self.proxy.layoutChanged, self.proxy.rowsInserted):
            signal.connect(self._headings_span)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.updater.updated.connect(self._show_preview)
        self.updater.failed.connect(self._preview_failed)
        self.updater.busy.connect(self._preview_busy)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find by number or words…"))
        self.search.setAccessibleName(self.tr("Find items"))
        self.only_in.setText(self.tr("&Only what goes in"))
        self.only_in.setAccessibleName(self.tr("Show only the items in the resolution"))
        self.up_button.setText(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the item up within its section (Ctrl+Up)"))
        self.down_button.setText(self.tr("Move &down"))
        self.down_button.setToolTip(self.tr("Move the item down within its section (Ctrl+Down)"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setAccessibleName(self.tr("Export the resolution"))
        self.tree.setAccessibleName(self.tr("Items of the resolution"))
        self.preview.setAccessibleName(self.tr("Preview of the resolution"))
        self.preview_state.setText(self.tr("Preview"))
        self.model.retranslate()

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the proposals, votes and choices again (another session state, new votes)."""
        if not self.isVisible():
            self.stale = True
            return
        self.stale = False
        self.votes = load_vote_summaries()
        self._show_outline()

    def refresh(self) -> None:
        """The choices or rules changed: the same rows, other decisions."""
        if not self.isVisible():
            self.stale = True
            return
        self._show_outline()

    def _show_outline(self) -> None:
        self.rules.set_rules(choices.selection_rules(self.ops.sf))
        outline = outline_of_session(self.ops.sf, self.votes)
        self.tree.fit_rows(sum(group.counts()[1] for group in outline))
        self.model.set_outline(outline)
        self.updater.request()

    def on_changed(self, change: Change) -> None:
        """Connect the vote widgets' `changed` here too: scores feed the rules."""
        if change.entity in RELOAD_ON:
            self.reload()
        elif change.entity == commands.RESOLUTION:
            self.refresh()
        elif self.isVisible():  # attendance and participants: the counts in the text
            self.updater.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def shutdown(self) -> None:
        """Wait for a preview being built; call before the session closes."""
        self.updater.shutdown()

    # --- edits ---------------------------------------------------------------------------
    def edit_entry(self, proposal_id: str, fields: dict[str, Any]) -> bool:
        command = commands.EditEntries(self.ops, {proposal_id: fields}, commands.edit_text(fields))
        return bool(self.ops.push(command))

    def set_rules(self, rules: SelectionRules) -> bool:
        return bool(self.ops.push(commands.SetRules(self.ops, rules)))

    def move_item(self, step: int) -> bool:
        """Move the current item up (-1) or down (+1) inside its section."""
        source = self.proxy.mapToSource(self.tree.currentIndex())
        entry = self.model.entry(source)
        if entry is None:
            return False
        siblings = self.model.siblings(source)
        positions = reordered(siblings, siblings.index(entry), step)
        if positions is None:
            return False
        edits = {pid: {"position": position} for pid, position in positions.items()}
        text = commands.edit_text({"position": 0})
        return bool(self.ops.push(commands.EditEntries(self.ops, edits, text)))

    def select(self, proposal_id: str, column: int = 0) -> QModelIndex:
        """Make an item current (and visible); its index in the view."""
        index = self.proxy.mapFromSource(self.model.index_of(proposal_id, column))
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return index

    # --- view helpers --------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.tree.expandAll()

    def _only_in(self, only_in: bool) -> None:
        self.proxy.set_only_in(only_in)
        self.tree.expandAll()

    def _headings_reset(self) -> None:
        self._headings_span()
        self.tree.expandAll()

    def _headings_span(self, *_args: Any) -> None:
        # a heading's label runs across the row; the view forgets spans of rows it lost
        self._span_children(QModelIndex())

    def _span_children(self, parent: QModelIndex) -> None:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if index.data(ENTRY_ROLE) is None:
                self.tree.setFirstColumnSpanned(row, parent, True)
                self._span_children(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(ENTRY_ROLE)
        if entry is not None and entry.is_in:
            self.preview.reveal(entry.wording or entry.default_wording)

    def _show_preview(self, html: str) -> None:
        self.preview.show_html(html)
        current = self.tree.currentIndex().data(ENTRY_ROLE)
        if current is not None and current.is_in:
            self.preview.reveal(current.wording or current.default_wording)
        self.previewUpdated.emit(self.preview.toPlainText())

    def _preview_failed(self, message: str) -> None:
        self.preview.setPlainText(message)
        self.previewUpdated.emit(message)

    def _preview_busy(self, busy: bool) -> None:
        self.preview_state.setText(self.tr("Preview — updating…") if busy else self.tr("Preview"))
