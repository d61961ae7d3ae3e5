"""A count vote through the dialog: set up, type the hands, see the outcome, close, rerun."""

from __future__ import annotations

from typing import Any

from gui_helpers import by_name
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox

from facilitator.gui.voting.control import VOTE
from facilitator.gui.voting.dialog import VoteDialog
from facilitator.services import votes
from facilitator.services.proposals import get_proposal
from facilitator.services.vote_results import live_tallies
from facilitator.vocabulary import ADOPTED, VOTING


def type_count(qtbot: Any, box: QSpinBox, count: int) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(count))
    qtbot.keyClick(box, Qt.Key.Key_Return)


def open_dialog(qtbot: Any, control: Any, ids: list[str]) -> VoteDialog:
    dialog = VoteDialog(control, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_count_vote_from_start_to_close(qtbot: Any, control: Any, items: list[Any]) -> None:
    item = items[1]
    changes: list[Any] = []
    control.changed.connect(changes.append)
    dialog = open_dialog(qtbot, control, [item.id])
    assert "1.2  Train engineers locally" in by_name(dialog, QLabel, "vote items").text()
    assert by_name(dialog, QComboBox, "vote method").currentData() == "count"
    with qtbot.waitSignal(dialog.voteStarted) as started:
        by_name(dialog, QPushButton, "start vote").click()
    vote_id = started.args[0]
    assert get_proposal(item.id).status == VOTING
    assert "Present: 3 of 3 registered · quorum: 2" in by_name(dialog, QLabel, "attendance").text()

    type_count(qtbot, by_name(dialog, QSpinBox, "for 1.2"), 2)
    assert dialog.focusWidget() is by_name(dialog, QSpinBox, "against 1.2")  # Enter moved on
    assert live_tallies(vote_id)[item.id] == {"for": 2, "against": 0, "abstain": 0}  # on disk
    outcome = by_name(dialog, QLabel, "outcome 1.2")
    assert outcome.text() == "Adopted (needed 1)"
    type_count(qtbot, by_name(dialog, QSpinBox, "against 1.2"), 1)
    assert outcome.text() == "Adopted (needed 2)"
    assert dialog.isVisible()  # Enter confirmed a count; it pressed no button

    by_name(dialog, QPushButton, "close vote").click()
    assert votes.get_vote(vote_id).status == "closed"
    assert get_proposal(item.id).status == ADOPTED
    assert "closed" in by_name(dialog, QLabel, "vote heading").text()
    assert by_name(dialog, QSpinBox, "for 1.2").isReadOnly()
    assert not by_name(dialog, QPushButton, "close vote").isEnabled()
    assert any(c.entity == "proposal" and item.id in c.ids for c in changes)
    assert any(c.entity == VOTE and c.ids == (vote_id,) for c in changes)


def test_refused_count_shows_why_and_stores_nothing(
    qtbot: Any, control: Any, items: list[Any]
) -> None:
    dialog = open_dialog(qtbot, control, [items[0].id])
    by_name(dialog, QPushButton, "start vote").click()
    vote_id = dialog.panel.vote_id
    box = by_name(dialog, QSpinBox, "for 1.1")
    type_count(qtbot, box, 5)  # only three people are present
    message = by_name(dialog, QLabel, "vote message").text()
    assert message == "5 votes were given but only 3 people are present."
    assert box.value() == 5  # the typed figure stays for correcting
    assert live_tallies(vote_id) == {}
    type_count(qtbot, box, 3)
    assert by_name(dialog, QLabel, "vote message").text() == ""
    assert live_tallies(vote_id)[items[0].id]["for"] == 3


def test_reopen_and_new_round(qtbot: Any, control: Any, items: list[Any]) -> None:
    dialog = open_dialog(qtbot, control, [items[0].id])
    by_name(dialog, QPushButton, "start vote").click()
    first = dialog.panel.vote_id
    type_count(qtbot, by_name(dialog, QSpinBox, "for 1.1"), 1)
    by_name(dialog, QPushButton, "close vote").click()
    by_name(dialog, QPushButton, "reopen vote").click()
    assert votes.get_vote(first).status == "open"
    with qtbot.waitSignal(dialog.voteChanged) as shown:
        by_name(dialog, QPushButton, "new round").click()
    assert shown.args[0] != first
    assert votes.get_vote(shown.args[0]).round == 2
    assert "round 2" in by_name(dialog, QLabel, "vote heading").text()
    fresh = by_name(dialog, QSpinBox, "for 1.1")
    assert fresh.text() == "\u2014"  # a fresh round starts empty: not counted


def test_refused_setup_stays_on_the_setup_page(qtbot: Any, control: Any, items: list[Any]) -> None:
    dialog = open_dialog(qtbot, control, [items[0].id])
    setup = dialog.setup
    setup.method.setCurrentIndex(setup.method.findData("ranking"))
    by_name(dialog, QPushButton, "start vote").click()
    assert by_name(dialog, QLabel, "setup message").text() == (
        "A ranking needs at least two proposals."
    )
    assert dialog.panel is None and votes.list_votes() == []
