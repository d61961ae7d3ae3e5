"""The vote calls the voting widgets make: each on disk at once, a refusal returned as text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from facilitator.gui.commands import Change
from facilitator.gui.language import translate
from facilitator.messages import FacilitatorError
from facilitator.services import votes
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

    def __init__(
        self,
        sf: SessionFile,
        platform_id: str,
        run: Runner = direct,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sf = sf
        self.platform_id = platform_id
        self.run = run
        self.last_error = ""

    def call(self, function: Callable[..., Any], *args: Any) -> tuple[bool, Any]:
        """(True, result), or (False, None) after saying why through `refused`."""
        try:
            result = self.run(function, self.sf, *args)
        except FacilitatorError as err:
            self.last_error = err.format(translate)
            self.refused.emit(self.last_error)
            return False, None
        self.last_error = ""
        return True, result

    def start(self, method: str, proposal_ids: list[str], config: dict[str, Any]) -> Vote | None:
        ok, vote = self.call(votes.start_vote, self.platform_id, method, proposal_ids, config)
        if ok:
            self._notify(vote.id, proposal_ids)  # the items went from draft to "up for vote"
        return vote if ok else None

    def tally(self, vote_id: str, proposal_id: str, figures: dict[str, Any]) -> bool:
        return self._entry(votes.record_tally, vote_id, proposal_id, figures)

    def ballot(self, vote_id: str, voter: str, choices: Any) -> bool:
        return self._entry(votes.record_ballot, vote_id, voter, choices)

    def remove_ballot(self, vote_id: str, voter: str) -> bool:
        return self._entry(votes.remove_ballot, vote_id, voter)

    def close(self, vote_id: str) -> bool:
        ok, _ = self.call(votes.close_vote, vote_id)
        if ok:
            self._notify(vote_id, items(votes.get_vote(vote_id)))
        return ok

    def reopen(self, vote_id: str) -> bool:
        ok, _ = self.call(votes.reopen_vote, vote_id)
        if ok:
            self._notify(vote_id)
        return ok

    def rerun(self, vote_id: str) -> Vote | None:
        ok, vote = self.call(votes.rerun_vote, vote_id)
        if ok:
            self._notify(vote.id)
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
