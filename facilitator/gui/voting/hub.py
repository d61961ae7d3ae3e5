"""The voting pieces of one main window: control, dialogs, results tab, projector and timer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from facilitator.gui import settings
from facilitator.gui.commands import Change
from facilitator.gui.operations import Operations
from facilitator.gui.voting.control import VOTE, VoteControl
from facilitator.gui.voting.results_view import ResultsView
from facilitator.gui.voting.timer import Timer
from facilitator.gui.voting.timer_widget import TimerWidget
from facilitator.services.proposals import ProposalRow
from facilitator.services.results import latest_results
from facilitator.services.votes import list_votes


class VotingHub(QObject):
    """Keeps the voting widgets on the platform and item the moderator is looking at."""

    def __init__(self, ops: Operations, window: Any) -> None:
        super().__init__(window)
        self.ops = ops
        self.window = window
        self.control = VoteControl(ops.sf, "", parent=self, undo_stack=ops.undo_stack)
        self.control.changed.connect(ops.notify)
        self.control.voteGone.connect(self._close_dialogs_of)
        self.timer = Timer(parent=self)
        self.timer.ranOut.connect(self._ring)
        # QtMultimedia is not in PySide6-Essentials: the system bell is the sound there is
        self.bell: Callable[[], None] = lambda: QApplication.beep()
        self.timer_widget = TimerWidget(self.timer, window)
        self.results = ResultsView("", window, lazy=True)
        self.projector: Any = None  # a ProjectorWindow, made when first asked for
        self.item_id: str | None = None  # the table's current row
        # the entry the room sees, chosen by the moderator: None until one is pinned
        self.pinned: str | None = None
        self.dialogs: list[Any] = []  # the VoteDialogs open
        self.shared_actions: list[QAction] = []  # projector and timer keys, in every vote window

    def _ring(self) -> None:
        if settings.TIMER_SOUND.get():  # time is up: heard, not only seen (Preferences)
            self.bell()

    def set_platform(self, platform_id: str) -> None:
        self.control.platform_id = platform_id
        self.pinned = None  # an entry of another platform
        self.results.set_platform(platform_id)
        if self.projector is not None:
            self.projector.set_platform(platform_id)

    def set_item(self, proposal_id: str | None) -> None:
        """The table moved: the projector keeps its pinned entry (it follows only until then)."""
        self.item_id = proposal_id
        if self.projector is not None and self.pinned is None:
            self.projector.set_item(proposal_id)

    def pin_current(self) -> None:
        """Put the table's current entry on the projector; it stays there as the table moves."""
        self.pinned = self.item_id
        self._projector_shown().set_item(self.pinned)

    def results_of_platform(
        self, proposals: list[ProposalRow] | None = None
    ) -> dict[str, list[dict[str, Any]]]:
        platform_id = self.control.platform_id
        return latest_results(platform_id, proposals) if platform_id else {}

    def on_changed(self, change: Change) -> None:
        if change.entity in (VOTE, "proposal", "attendance", "participant", "platform"):
            self.results.on_changed(change)
            if self.projector is not None:
                self.projector.on_changed(change)

    # --- actions -------------------------------------------------------------------------
    def vote_on(self, proposal_ids: list[str]) -> None:
        """Set up a vote on the selected proposals (modeless: the table stays usable)."""
        from facilitator.gui.voting.dialog import VoteDialog

        if proposal_ids:
            self._open(VoteDialog(self.control, proposal_ids=proposal_ids, parent=self.window))

    def continue_vote(self, vote_id: str = "") -> None:
        """Go on with a vote: the one shown in the results, else the platform's last open one."""
        from facilitator.gui.voting.dialog import VoteDialog

        vote_id = vote_id or self.results.current_vote_id() or self._last_open()
        if vote_id:
            self._open(VoteDialog(self.control, vote_id=vote_id, parent=self.window))

    def _close_dialogs_of(self, vote_id: str) -> None:
        """A vote whose start was undone: its dialogs have nothing left to show."""
        for dialog in list(self.dialogs):
            panel = getattr(dialog, "panel", None)
            if panel is not None and panel.vote_id == vote_id:
                dialog.close()

    def _last_open(self) -> str:
        open_votes = [v for v in list_votes(self.control.platform_id) if v.status == "open"]
        return open_votes[-1].id if open_votes else ""

    def _open(self, dialog: Any) -> None:
        self.dialogs.append(dialog)
        dialog.addActions(self.shared_actions)  # F5, Ctrl+T: the same keys as the main window
        dialog.attendanceRequested.connect(self.window.show_attendance)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        dialog.show()
        dialog.activateWindow()  # the keys typed next belong to the vote

    def _forget(self, dialog: Any) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def toggle_projector(self) -> None:
        """F5: the projector on, or off when it is on."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
        else:
            self.show_projector()

    def show_projector(self) -> None:
        if self.projector is None:
            from facilitator.gui.voting.projector import ProjectorWindow

            self.projector = ProjectorWindow(self.control.platform_id, self.timer)
            self.projector.setAccessibleName("projector")
        if self.pinned is None:  # opening it shows the current entry, and keeps it there
            self.pinned = self.item_id
        self.projector.set_platform(self.control.platform_id)
        self.projector.set_item(self.pinned)
        self.projector.show_on_projector()

    def reveal_on_projector(self) -> None:
        """The room may see the running vote's result on the item shown."""
        self._projector_shown().reveal()

    def blank_projector(self) -> None:
        self._projector_shown().toggle_blank()

    def _projector_shown(self) -> Any:
        """The projector, opened if it is not on screen; one already shown keeps its place."""
        if self.projector is None or not self.projector.isVisible():
            self.show_projector()
        return self.projector

    def close(self) -> None:
        for dialog in list(self.dialogs):
            dialog.close()
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
        self.timer.pause()
