"""The vote dialog: set up a vote on the selected proposals, then enter it and close it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.gui.voting.control import VoteControl
from facilitator.gui.voting.panel import MESSAGE_STYLE, VotePanel
from facilitator.gui.voting.setup import VoteSetup
from facilitator.gui.widgets import Retranslating
from facilitator.services.participants import present_count
from facilitator.services.proposals import list_proposals


class VoteDialog(Retranslating, QDialog):
    """Modeless: the moderator keeps the main window (and the projector) in reach.

    Give `proposal_ids` to set up a new vote, or `vote_id` to go on with an existing one.
    """

    voteStarted = Signal(str)  # vote id
    attendanceRequested = Signal()  # nobody is present yet: the moderator goes to mark them
    voteChanged = Signal(str)  # the vote shown (a new round is a new vote)
    resultChanged = Signal(str)  # vote id: an entry stored, the vote closed or reopened

    def __init__(
        self,
        control: VoteControl,
        proposal_ids: list[str] | None = None,
        vote_id: str = "",
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.control = control
        self.proposal_ids = list(proposal_ids or [])
        self.panel: VotePanel | None = None
        self.pages = QStackedWidget(self)
        self.setup_page = self._setup_page()
        self.pages.addWidget(self.setup_page)
        self.done_button = QPushButton(self)
        self.done_button.setAutoDefault(False)
        self.done_button.setAccessibleName("close dialog")
        self.done_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.resize(960, 600)
        self.retranslate()
        if vote_id:
            self.show_vote(vote_id)

    def _setup_page(self) -> QWidget:
        page = QWidget(self)
        self.setup = VoteSetup(self.control.sf, page)
        self.chosen = QLabel(page)
        self.chosen.setWordWrap(True)
        self.chosen.setAccessibleName("vote items")
        self.setup_message = QLabel(page)
        self.setup_message.setAccessibleName("setup message")
        self.setup_message.setStyleSheet(MESSAGE_STYLE)
        self.setup_message.setWordWrap(True)
        self.start_button = QPushButton(page)
        self.start_button.setAccessibleName("start vote")
        self.start_button.setDefault(True)  # Enter on the set-up page starts the vote
        self.start_button.clicked.connect(self.start)
        layout = QVBoxLayout(page)
        layout.addWidget(self.chosen)
        layout.addWidget(self.setup)
        layout.addStretch(1)
        layout.addWidget(self.setup_message)
        start = QHBoxLayout()
        start.addWidget(self.start_button)
        start.addStretch(1)
        layout.addLayout(start)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Vote"))
        self.start_button.setText(self.tr("&Start vote"))
        self.done_button.setText(self.tr("Close window"))
        rows = {row.id: row for row in list_proposals(self.control.platform_id)}
        lines = [f"{rows[i].code}  {rows[i].title}" for i in self.proposal_ids if i in rows]
        self.chosen.setText(self.tr("Put to the vote:") + "\n" + "\n".join(lines))

    def start(self) -> None:
        if present_count(self.control.platform_id) == 0:
            self._nobody_present()
            return
        vote = self.control.start(
            self.setup.method.currentData(), self.proposal_ids, self.setup.config()
        )
        if vote is None:
            self.setup_message.setText(self.control.last_error)
            return
        self.voteStarted.emit(vote.id)
        self.show_vote(vote.id)

    def _nobody_present(self) -> None:
        """A vote needs people in the room: offer to mark them, never start an empty vote."""
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Nobody is present"), "", parent=self
        )
        box.setText(
            self.tr(
                "No participant of this platform is marked present, so nobody could vote. "
                "Mark who is in the room first (Participants: find a name, press Space)."
            )
        )
        mark = box.addButton(self.tr("&Mark attendance"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(mark)
        box.exec()
        self.setup_message.setText(self.tr("The vote was not started: nobody is present."))
        if box.clickedButton() is mark:
            self.attendanceRequested.emit()
            self.reject()

    def show_vote(self, vote_id: str) -> None:
        self.start_button.setDefault(False)
        self.panel = VotePanel(self.control, vote_id, self)
        self.panel.voteChanged.connect(self.voteChanged)
        self.panel.resultChanged.connect(self.resultChanged)
        self.pages.addWidget(self.panel)
        self.pages.setCurrentWidget(self.panel)
        self.panel.focus_entry()
        self.voteChanged.emit(vote_id)
