"""The vote calls the voting widgets make: each on disk at once, a refusal returned as text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.gui.commands import Change
from facilitator.gui.language import refusal
from facilitator.gui.voting.commands import CloseCommand, EntryCommand, StartCommand
from facilitator.messages import FacilitatorError
from facilitator.services import proposals, votes
from facilitator.services.proposals import proposal_row
from facilitator.services.vote_results import items
from facilitator.store.db import SessionFile
from facilitator.store.models import Vote

# run(service_function, *args) -> its result; it must let FacilitatorError through
Runner = Callable[..., Any]
VOTE = "vote"  # Change.entity for votes, tallies and ballots


def direct(function: Callable[..., Any], *args: Any) -> Any:
    return function(*args)


class VoteControl(QObject):
    """One platform's votes for the widgets; `changed` carries a Change like Operations'."""

    changed = Signal(object)  # Change("vote", (vote_id,)) or Change("proposal", ids)
    refused = Signal(str)  # the translated reason an entry was not kept
    voteGone = Signal(str)  # vote id: its start was undone

    def __init__(
        self,
        sf: SessionFile,
        platform_id: str,
        run: Runner = direct,
        parent: QObject | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.sf = sf
        self.platform_id = platform_id
        self.run = run
        self.last_error = ""
        self.undo_stack = undo_stack
        self._replaying = False

    @contextmanager
    def replaying(self) -> Iterator[None]:
        """While an undo command replays an edit, that edit makes no new command."""
        self._replaying = True
        try:
            yield
        finally:
            self._replaying = False

    def _push(self, command: QUndoCommand) -> None:
        if self.undo_stack is not None and not self._replaying:
            self.undo_stack.push(command)

    def call(self, function: Callable[..., Any], *args: Any) -> tuple[bool, Any]:
        """(True, result), or (False, None) after saying why through `refused`."""
        try:
            result = self.run(function, self.sf, *args)
        except FacilitatorError as err:
            self.last_error = refusal(err)
            self.refused.emit(self.last_error)
            return False, None
        self.last_error = ""
        return True, result

    def start(self, method: str, proposal_ids: list[str], config: dict[str, Any]) -> Vote | None:
        before = _statuses(proposal_ids)
        ok, vote = self.call(votes.start_vote, self.platform_id, method, proposal_ids, config)
        if ok:
            self._notify(vote.id, proposal_ids)  # the items went from draft to "up for vote"
            self._push(StartCommand(self, vote.id, before, _statuses(proposal_ids)))
        return vote if ok else None

    def set_started(self, vote_id: str, started: bool, statuses: dict[str, str]) -> None:
        """Undo (or redo) a start: the vote goes (or comes back); the items get `statuses`."""
        if self.call(votes.set_vote_deleted, vote_id, not started)[0]:
            for proposal_id, status in statuses.items():
                self.call(edit_proposal, proposal_id, {"status": status})
        if not started:
            self.voteGone.emit(vote_id)  # first: its dialogs close before anything refreshes
        self._notify(vote_id, list(statuses))

    def tally(self, vote_id: str, proposal_id: str, figures: dict[str, Any] | None) -> bool:
        """Enter (or, with None, take back) one item's figures; undoable."""
        old = votes.stored_tally(vote_id, proposal_id)
        if figures is None:
            ok = self._entry(votes.remove_tally, vote_id, proposal_id)
        else:
            ok = self._entry(votes.record_tally, vote_id, proposal_id, figures)
        if ok:
            put = lambda value: self.tally(vote_id, proposal_id, value)  # noqa: E731
            self._push(EntryCommand(self, put, old, figures))
        return ok

    @property
    def is_replaying(self) -> bool:
        """True while undo or redo puts an entry back: views then re-read what is stored."""
        return self._replaying

    def ballot(self, vote_id: str, voter: str, choices: Any, merge: bool = False) -> bool:
        """Enter (or, with None, take back) one voter's ballot; undoable.

        `merge`: this voter's entries one after another are one undo step (a rating sheet).
        """
        old = votes.stored_ballot(vote_id, voter)
        if choices is None:
            ok = self._entry(votes.remove_ballot, vote_id, voter)
        else:
            ok = self._entry(votes.record_ballot, vote_id, voter, choices)
        if ok:
            put = lambda value: self.ballot(vote_id, voter, value)  # noqa: E731
            key = (vote_id, voter) if merge else None
            self._push(EntryCommand(self, put, old, choices, key))
        return ok

    def remove_ballot(self, vote_id: str, voter: str) -> bool:
        return self.ballot(vote_id, voter, None)

    def close(self, vote_id: str) -> bool:
        ok, _ = self.call(votes.close_vote, vote_id)
        if ok:
            self._notify(vote_id, items(votes.get_vote(vote_id)))
            self._push(CloseCommand(self, vote_id, closing=True))
        return ok

    def reopen(self, vote_id: str) -> bool:
        ok, _ = self.call(votes.reopen_vote, vote_id)
        if ok:
            self._notify(vote_id, items(votes.get_vote(vote_id)))
            self._push(CloseCommand(self, vote_id, closing=False))
        return ok

    def rerun(self, vote_id: str) -> Vote | None:
        ok, vote = self.call(votes.rerun_vote, vote_id)
        if ok:
            self._notify(vote.id)
            self._push(StartCommand(self, vote.id, {}, {}))
        return vote if ok else None

    def _entry(self, function: Callable[..., Any], vote_id: str, *args: Any) -> bool:
        ok, _ = self.call(function, vote_id, *args)
        if ok:
            self._notify(vote_id)
        return ok

    def _notify(self, vote_id: str, proposal_ids: list[str] | None = None) -> None:
        self.changed.emit(Change(VOTE, (vote_id,)))
        if proposal_ids:
            self.changed.emit(Change("proposal", tuple(proposal_ids)))


def _statuses(proposal_ids: list[str]) -> dict[str, str]:
    return {row.id: row.status for row in map(proposal_row, proposal_ids)}


def edit_proposal(sf: SessionFile, proposal_id: str, fields: dict[str, Any]) -> Any:
    return proposals.edit_proposal(sf, proposal_id, **fields)
