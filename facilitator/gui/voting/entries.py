"""The entry part of the vote panel for each method, all with one small interface."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from facilitator.gui.voting import texts
from facilitator.gui.voting.ballot_models import (
    BallotGridModel,
    DotsGridModel,
    NamedGridModel,
    RankingModel,
    Voter,
)
from facilitator.gui.voting.control import VoteControl
from facilitator.gui.voting.count_entry import CountEntry
from facilitator.gui.voting.grid_view import (
    CHOICE_KEYS,
    DOT_KEYS,
    BallotTableView,
    ColumnTableView,
    OrderTableView,
)
from facilitator.gui.voting.item_grid import COL_TITLE, FIRST_FIELD
from facilitator.gui.voting.rating_entry import RatingSheetEntry
from facilitator.gui.voting.tally_model import TallyModel
from facilitator.services.participants import list_participants
from facilitator.services.proposals import ProposalRow
from facilitator.services.vote_results import attendance, live_ballots, settings
from facilitator.store.models import Vote

# dots and ratings: figures per item, or one sheet per participant; kept in the settings
TALLIES, BALLOTS = "tallies", "ballots"
ENTRY_KEY = "entry"


def entry_mode(vote: Vote) -> str:
    """How the vote is entered, as chosen when it started.

    A vote started before the choice was kept has no "entry" setting: its sheets, if any, say.
    """
    chosen = settings(vote).get(ENTRY_KEY)
    if chosen in (TALLIES, BALLOTS):
        return str(chosen)
    return BALLOTS if live_ballots(vote.id) else TALLIES


def voters(vote: Vote) -> list[Voter]:
    """Who can hand in a ballot: present participants (or ballot numbers when secret),
    plus anyone who already has one, so that a ballot of someone gone absent can be cleared."""
    ballots = live_ballots(vote.id)
    if settings(vote).get("secret"):
        count = max(attendance(vote).present, len(ballots))
        keys = [str(n) for n in range(1, count + 1)]
        keys += sorted(k for k in ballots if k not in keys)
        return [
            (key, QCoreApplication.translate("VoteEntry", "Ballot {n}").format(n=key))
            for key in keys
        ]
    people = list_participants(vote.platform_id)
    out = [(p.id, p.full_name) for p in people if p.present]
    out += [
        (p.id, QCoreApplication.translate("VoteEntry", "{name} (absent)").format(name=p.full_name))
        for p in people
        if not p.present and p.id in ballots
    ]
    return out


class TableEntry(QWidget):
    """A table view over a ballot or tally model, with a line saying how to type into it."""

    refused = Signal(str)
    stored = Signal()

    def __init__(
        self, view: QTableView, model: BallotGridModel | TallyModel, hint: str, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.view, self.model = view, model
        view.setParent(self)
        model.setParent(self)
        view.setModel(model)
        view.setAccessibleName("vote entry")
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        layout.addWidget(self.hint)
        model.refused.connect(self.refused)
        model.stored.connect(lambda: self.stored.emit())
        if model.rowCount() and model.columnCount():
            first = FIRST_FIELD if isinstance(model, TallyModel) else 0  # not on the No.
            view.setCurrentIndex(model.index(0, first))

    def reload(self) -> None:
        """Re-read what is stored (after an undo)."""
        self.model.reload()

    def set_editable(self, editable: bool) -> None:
        self.model.set_editable(editable)

    def show_results(self, results: dict[str, dict[str, Any]]) -> None:
        if isinstance(self.model, TallyModel):
            self.model.set_results(results)

    def first_box(self) -> QWidget:
        return self.view


def make_entry(
    control: VoteControl, vote: Vote, items: list[ProposalRow], mode: str, parent: Any = None
) -> CountEntry | TableEntry | RatingSheetEntry:
    if vote.method == "count":
        return CountEntry(control, vote.id, items, parent)
    if vote.method == "named":
        model: BallotGridModel = NamedGridModel(control, vote.id, voters(vote), items)
        hint = QCoreApplication.translate(
            "VoteEntry", "Type 1, 2 or 3 (or з, п, в) for for, against, abstain; Delete clears."
        )
        return TableEntry(BallotTableView(CHOICE_KEYS), model, hint, parent)
    if vote.method == "rating" and mode == BALLOTS:
        return RatingSheetEntry(control, vote.id, voters(vote), items, settings(vote), parent)
    if vote.method == "dots" and mode == BALLOTS:
        model = DotsGridModel(control, vote.id, voters(vote), items)
        hint = QCoreApplication.translate(
            "VoteEntry", "Type the number of dots each participant put on each item."
        )
        return TableEntry(BallotTableView(DOT_KEYS), model, hint, parent)
    if vote.method == "ranking":
        model = RankingModel(control, vote.id, voters(vote), items)
        return TableEntry(OrderTableView(), model, _ranking_hint(items), parent)
    return _tally_entry(control, vote, items, parent)


def _tally_entry(
    control: VoteControl, vote: Vote, items: list[ProposalRow], parent: Any
) -> TableEntry:
    names: dict[str, str] = {}
    if vote.method == "dots":
        fields, hint = (
            ["dots"],
            QCoreApplication.translate(
                "VoteEntry",
                "Type the dots counted on each item; Enter stores them and goes to the next.",
            ),
        )
    else:
        config = settings(vote)
        fields = [*texts.criteria_of(config), "raters"]
        names = texts.criterion_names(config)
        hint = QCoreApplication.translate(
            "VoteEntry", "Type each item's average score per criterion and, if known, the raters."
        )
    view = ColumnTableView()
    model = TallyModel(control, vote.id, items, fields, names)
    entry = TableEntry(view, model, hint, parent)
    view.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
    return entry


def _ranking_hint(items: list[ProposalRow]) -> str:
    legend = "; ".join(f"{at} = {row.code}" for at, row in enumerate(items, 1))
    text = QCoreApplication.translate(
        "VoteEntry",
        "Type each ballot's order, best first, e.g. “3 1 2”; “1=2” is a tie. Items: {legend}.",
    )
    return text.format(legend=legend)
