"""The vote panel: entry for the vote's method, its live result, and close / reopen / rerun."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.gui.voting import texts
from facilitator.gui.voting.chart_data import vote_chart
from facilitator.gui.voting.charts import ChartView
from facilitator.gui.voting.control import VOTE, VoteControl
from facilitator.gui.voting.entries import BALLOTS, TALLIES, entry_mode, make_entry
from facilitator.gui.voting.lookups import vote_rows
from facilitator.gui.widgets import Retranslating
from facilitator.messages import FacilitatorError
from facilitator.services import votes
from facilitator.services.vote_results import (
    attendance,
    evaluate,
    live_ballots,
    live_tallies,
    settings,
)
from facilitator.voting import VoteRules, quorum_needed

MESSAGE_STYLE = "color: #C62828; font-weight: bold;"
TWO_WAYS = ("dots", "rating")  # entered per item or per participant


class VotePanel(Retranslating, QWidget):
    """One vote; `voteChanged` tells the new vote id after "New round"."""

    voteChanged = Signal(str)
    resultChanged = Signal(str)  # vote id: an entry was stored, or the vote closed/reopened

    def __init__(self, control: VoteControl, vote_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.control = control
        self.vote_id = ""
        self.entry: Any = None
        self.results: dict[str, dict[str, Any]] = {}
        self.heading = self._label("vote heading", bold=True)
        self.people = self._label("attendance")
        self.mode = QComboBox(self)
        self.mode.setAccessibleName("entry mode")
        self.message = self._label("vote message")
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        self.chart = ChartView(self)
        self.chart.setAccessibleName("vote chart")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.close_button = self._button("close vote", self.close_vote)
        self.reopen_button = self._button("reopen vote", self.reopen_vote)
        self.rerun_button = self._button("new round", self.new_round)
        self._layout()
        self.mode.activated.connect(lambda _i: self._build_entry())
        control.changed.connect(self._on_changed)
        self.retranslate()
        self.set_vote(vote_id)

    def _label(self, name: str, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setAccessibleName(name)
        if bold:
            label.setStyleSheet("font-weight: bold; font-size: 120%;")
        return label

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)  # Enter confirms an entry; it never closes the vote
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.mode)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.close_button, self.reopen_button, self.rerun_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.people)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.splitter.addWidget(self.chart)

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("&Close vote"))
        self.reopen_button.setText(self.tr("&Reopen"))
        self.rerun_button.setText(self.tr("&New round"))
        self.chart.empty_text = self.tr("No votes entered yet")
        if self.vote_id:
            self._fill_modes(votes.get_vote(self.vote_id).method)
            self.refresh()

    def _fill_modes(self, method: str) -> None:
        chosen = self.mode.currentData()
        self.mode.clear()
        if method == "rating":
            self.mode.addItem(self.tr("Averages per item"), TALLIES)
        else:
            self.mode.addItem(self.tr("Totals per item"), TALLIES)
        self.mode.addItem(self.tr("Sheet per participant"), BALLOTS)
        self.mode.setCurrentIndex(max(0, self.mode.findData(chosen)))

    # --- which vote --------------------------------------------------------------------------
    def set_vote(self, vote_id: str) -> None:
        self.vote_id = vote_id
        vote = votes.get_vote(vote_id)
        self.items, self.rows = vote_rows(vote)
        self._fill_modes(vote.method)
        self.mode.setVisible(vote.method in TWO_WAYS)
        self.mode.setCurrentIndex(max(0, self.mode.findData(entry_mode(vote))))
        self._build_entry()

    def _build_entry(self) -> None:
        if self.entry is not None:
            self.entry.setParent(None)
            self.entry.deleteLater()
        vote = votes.get_vote(self.vote_id)
        mode = self.mode.currentData() or TALLIES
        self.entry = make_entry(self.control, vote, self.items, mode)
        self.entry.refused.connect(self.show_message)
        self.entry.stored.connect(self._stored)
        self.splitter.insertWidget(0, self.entry)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 440])  # the entry needs the room; the chart reads small
        self.message.clear()
        self.refresh()
        if vote.method in TWO_WAYS:
            self._warn_other_entry(mode)

    def _warn_other_entry(self, mode: str) -> None:
        """Sheets, once there are any, count instead of the figures per item: say so."""
        if mode == TALLIES and live_ballots(self.vote_id):
            self.show_message(
                self.tr("Sheets were entered for this vote: they count, not the figures per item.")
            )
        elif mode == BALLOTS and live_tallies(self.vote_id):
            self.show_message(
                self.tr("Figures per item were entered: the first sheet replaces them.")
            )

    def _on_changed(self, change: Any) -> None:
        """Undo or redo changed this vote behind the entry's back: show what is stored."""
        replayed = self.control.is_replaying and change.entity == VOTE
        if replayed and not votes.vote_exists(self.vote_id):
            return  # its start was undone: the dialog is closing
        if replayed and self.vote_id in change.ids and self.entry is not None:
            reload = getattr(self.entry, "reload", None)
            if reload is not None:
                reload()
            self.refresh()

    def focus_entry(self) -> None:
        target = self.entry.first_box() if self.entry is not None else None
        if target is not None:
            target.setFocus()

    # --- showing it ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the vote and evaluate it: the live result after every entry."""
        vote = votes.get_vote(self.vote_id)
        people = attendance(vote)
        try:
            self.results = evaluate(vote, people=people)
        except FacilitatorError as err:  # e.g. a voter marked absent after voting
            self.results = {}
            self.show_message(err.format(QCoreApplication.translate))
        self._show_heading(vote, people)
        self.entry.set_editable(vote.status == "open")
        self.entry.show_results(self.results)
        config = settings(vote)
        self.chart.set_chart(
            vote_chart(
                vote.method,
                config,
                [r.id for r in self.items],
                self.results,
                self.rows,
                people.present,
            )
        )
        self.close_button.setEnabled(vote.status == "open")
        self.reopen_button.setEnabled(vote.status == "closed")

    def _show_heading(self, vote: Any, people: Any) -> None:
        status = self.tr("open") if vote.status == "open" else self.tr("closed")
        self.heading.setText(
            self.tr("%1, round %2 (%3)")
            .replace("%1", texts.method_title(vote.method))
            .replace("%2", str(vote.round))
            .replace("%3", status)
        )
        text = self.tr("Present: %1 of %2 registered").replace("%1", str(people.present))
        text = text.replace("%2", str(people.registered))
        config = settings(vote)
        if "rules" in config:
            share = VoteRules.from_dict(config["rules"]).quorum_share
            needed = quorum_needed(share, people.registered)
            text += " · " + self.tr("quorum: %1").replace("%1", str(needed))
        self.people.setText(text)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _stored(self) -> None:
        self.message.clear()
        self.refresh()
        self.resultChanged.emit(self.vote_id)

    # --- the buttons -------------------------------------------------------------------------
    def close_vote(self) -> None:
        if self.control.close(self.vote_id):
            self._stored()
        else:
            self.show_message(self.control.last_error)

    def reopen_vote(self) -> None:
        if self.control.reopen(self.vote_id):
            self._stored()

    def new_round(self) -> None:
        vote = self.control.rerun(self.vote_id)
        if vote is None:
            self.show_message(self.control.last_error)
            return
        self.set_vote(vote.id)
        self.message.clear()
        self.voteChanged.emit(vote.id)
