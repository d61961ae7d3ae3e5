"""Undo for votes: an entry (tally or ballot) goes back to what it was; closing is reopened."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from facilitator.gui.voting.control import VoteControl


class VoteCommand(QUndoCommand):
    """Made after its first edit succeeded: pushing it does not repeat that edit."""

    def __init__(self, control: VoteControl, text: str) -> None:
        super().__init__(text)
        self.control = control
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        with self.control.replaying():
            self.forward()

    def undo(self) -> None:
        with self.control.replaying():
            self.backward()

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError


MERGING = 1  # QUndoCommand.id() of entries that merge; -1 (the default) never merges


class EntryCommand(VoteCommand):
    """One tally or ballot set to `new` (None: removed); undo puts `old` back.

    Entries given the same `key` one after another are one undo step: a rating sheet typed
    score by score is undone as a whole.
    """

    def __init__(
        self,
        control: VoteControl,
        put: Callable[[Any], bool],
        old: Any,
        new: Any,
        key: tuple[str, ...] | None = None,
    ) -> None:
        super().__init__(control, QCoreApplication.translate("VoteCommands", "Vote entry"))
        self.put, self.old, self.new, self.key = put, old, new, key

    def id(self) -> int:
        return MERGING if self.key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EntryCommand) or other.key is None or other.key != self.key:
            return False
        self.new = other.new
        return True

    def forward(self) -> None:
        self.put(self.new)

    def backward(self) -> None:
        self.put(self.old)


class CloseCommand(VoteCommand):
    """Closing a vote (undo reopens it) or reopening one (undo closes it again)."""

    def __init__(self, control: VoteControl, vote_id: str, closing: bool) -> None:
        text = (
            QCoreApplication.translate("VoteCommands", "Close the vote")
            if closing
            else QCoreApplication.translate("VoteCommands", "Reopen the vote")
        )
        super().__init__(control, text)
        self.vote_id, self.closing = vote_id, closing

    def forward(self) -> None:
        self._set(self.closing)

    def backward(self) -> None:
        self._set(not self.closing)

    def _set(self, closed: bool) -> None:
        if closed:
            self.control.close(self.vote_id)
        else:
            self.control.reopen(self.vote_id)


class StartCommand(VoteCommand):
    """A vote (or a new round) started; undo takes it away and puts the items' statuses back."""

    def __init__(
        self, control: VoteControl, vote_id: str, before: dict[str, str], after: dict[str, str]
    ) -> None:
        super().__init__(control, QCoreApplication.translate("VoteCommands", "Start a vote"))
        self.vote_id, self.before, self.after = vote_id, before, after

    def forward(self) -> None:
        self.control.set_started(self.vote_id, True, self.after)

    def backward(self) -> None:
        self.control.set_started(self.vote_id, False, self.before)
