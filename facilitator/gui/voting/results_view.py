"""The results view: pick one of the platform's votes, see its items ranked and charted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.gui.voting import texts
from facilitator.gui.voting.chart_data import vote_chart
from facilitator.gui.voting.charts import ChartView
from facilitator.gui.voting.lookups import platform_rows, vote_rows
from facilitator.gui.voting.results_model import ID_ROLE, ResultsModel
from facilitator.gui.widgets import Retranslating
from facilitator.messages import FacilitatorError
from facilitator.services import votes
from facilitator.services.results import vote_summary
from facilitator.services.vote_results import attendance, evaluate, settings
from facilitator.store.models import Vote


def vote_title(vote: Vote, codes: list[str]) -> str:
    if vote.status == "open":
        status = QCoreApplication.translate("VoteResults", "open")
    else:
        status = QCoreApplication.translate("VoteResults", "closed")
    shown = ", ".join(codes[:6]) + (" …" if len(codes) > 6 else "")
    return QCoreApplication.translate(
        "VoteResults", "{method}, round {round} ({status}): {items}"
    ).format(method=texts.method_title(vote.method), round=vote.round, status=status, items=shown)


class ResultsView(Retranslating, QWidget):
    """Lists the platform's votes newest first; `proposalActivated` when a row is opened."""

    proposalActivated = Signal(str)

    def __init__(self, platform_id: str, parent: Any = None, lazy: bool = False) -> None:
        super().__init__(parent)
        self.platform_id = platform_id
        self.lazy = lazy  # a tab: read the votes when it is shown, not on every change
        self.stale = False
        self.picker = QComboBox(self)
        self.picker.setAccessibleName("results vote")
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.summary = QLabel(self)
        self.summary.setAccessibleName("results summary")
        self.model = ResultsModel(self)
        self.table = self._make_table()
        self.chart = ChartView(self)
        self.chart.setAccessibleName("results chart")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.picker.currentIndexChanged.connect(lambda _i: self.show_vote())
        self.table.activated.connect(lambda index: self.proposalActivated.emit(index.data(ID_ROLE)))
        self.retranslate()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName("results table")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def retranslate(self) -> None:
        self.chart.empty_text = self.tr("No results yet")
        self._refresh_when_shown()

    def set_platform(self, platform_id: str) -> None:
        self.platform_id = platform_id
        self._refresh_when_shown()

    def on_changed(self, *_change: Any) -> None:
        self._refresh_when_shown()

    def current_vote_id(self) -> str:
        """The vote shown, or "" while the view waits to be read again."""
        return "" if self.stale else self.picker.currentData() or ""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _refresh_when_shown(self) -> None:
        if self.lazy and not self.isVisible():
            self.stale = True
        else:
            self.refresh()

    def refresh(self) -> None:
        """Re-list the votes, keeping the one shown."""
        self.stale = False
        chosen = self.picker.currentData()
        self.picker.blockSignals(True)
        self.picker.clear()
        rows = platform_rows(self.platform_id)
        for vote in reversed(votes.list_votes(self.platform_id)):
            items, _rows = vote_rows(vote, rows)
            self.picker.addItem(vote_title(vote, [r.code for r in items]), vote.id)
        at = self.picker.findData(chosen)
        self.picker.setCurrentIndex(at if at >= 0 else 0)
        self.picker.blockSignals(False)
        self.show_vote()

    def select_vote(self, vote_id: str) -> None:
        self.picker.setCurrentIndex(max(0, self.picker.findData(vote_id)))

    def show_vote(self) -> None:
        vote_id = self.picker.currentData()
        if not vote_id:
            self.model.load("", [])
            self.chart.set_chart(None)
            self.summary.setText("")
            return
        vote = votes.get_vote(vote_id)
        items, rows = vote_rows(vote)
        people = attendance(vote)
        try:
            summary = vote_summary(vote, rows)
            results = evaluate(vote, people=people)
        except FacilitatorError as err:
            self.summary.setText(err.format(QCoreApplication.translate))
            self.model.load("", [])
            self.chart.set_chart(None)
            return
        self.model.load(vote.method, summary["items"], settings(vote))
        self.summary.setText(
            self.tr("Present: %1 of %2 registered")
            .replace("%1", str(people.present))
            .replace("%2", str(people.registered))
        )
        order = [r.id for r in items]
        self.chart.set_chart(
            vote_chart(vote.method, settings(vote), order, results, rows, people.present)
        )
