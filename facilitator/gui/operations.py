"""One GUI action = one call: run the service, report a refusal, push undo, say what changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.gui import commands
from facilitator.gui.commands import Change
from facilitator.gui.language import refusal, translate
from facilitator.messages import FacilitatorError
from facilitator.services import steps
from facilitator.store.db import SessionFile
from facilitator.store.faults import BUSY, StorageError
from facilitator.vocabulary import PROPOSAL


class Operations(QObject):
    """The open session's edits: every one on disk at once and on the undo stack."""

    changed = Signal(object)  # Change
    failed = Signal(str)  # an edit that was not saved, and why (for the status bar)

    def __init__(self, sf: SessionFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sf = sf
        self.undo_stack = QUndoStack(self)
        self.dialog_parent: QWidget | None = None
        self.saved_at = QDateTime.currentDateTime()
        self.unsaved = False  # the last edit failed to reach the file (busy, full, read-only)

    # --- the machinery -------------------------------------------------------------------
    def push(self, command: commands.ServiceCommand) -> bool:
        """Run a command's first edit; on success keep it for undo. False when refused or not
        saved (a busy file may be retried; the caller keeps what was typed either way)."""
        self.unsaved = False
        while True:
            try:
                command.run_first()
                break
            except StorageError as err:
                self.unsaved = True  # the caller keeps what was typed
                self.failed.emit(err.format(translate))  # logged where it is shown
                if err.kind == BUSY and self.ask_retry(err):
                    continue
                if err.kind != BUSY:
                    self.show_error(err)
                return False
            except FacilitatorError as err:
                self.show_error(err)
                return False
        if command.isObsolete():  # nothing changed: nothing to undo
            return False
        self.undo_stack.push(command)
        return True

    def show_error(self, err: FacilitatorError) -> None:
        QMessageBox.warning(
            self.dialog_parent,
            QCoreApplication.translate("Operations", "Facilitator"),
            refusal(err),
        )

    def ask_retry(self, err: StorageError) -> bool:
        answer = QMessageBox.warning(
            self.dialog_parent,
            QCoreApplication.translate("Operations", "Facilitator"),
            refusal(err),
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Retry,
        )
        return answer == QMessageBox.StandardButton.Retry

    def notify(self, change: Change) -> None:
        self.saved_at = QDateTime.currentDateTime()
        self.changed.emit(change)

    # --- proposals -----------------------------------------------------------------------
    def add_proposal(self, platform_id: str, title: str, kind: str = PROPOSAL) -> str | None:
        command = commands.AddProposal(self, platform_id, title, kind)
        return command.record_id if self.push(command) else None

    def edit_proposal(self, proposal_id: str, **fields: Any) -> bool:
        return self.push(commands.EditProposal(self, proposal_id, fields))

    def delete_proposal(self, proposal_id: str) -> bool:
        return self.push(commands.DeleteProposal(self, proposal_id))

    # --- participants --------------------------------------------------------------------
    def set_present(self, participant_id: str, platform_id: str, present: bool) -> bool:
        return self.push(commands.SetPresent(self, participant_id, platform_id, present))

    def add_participant(self, full_name: str, **fields: Any) -> str | None:
        command = commands.AddParticipant(self, full_name, fields)
        return command.record_id if self.push(command) else None

    def edit_participant(self, participant_id: str, **fields: Any) -> bool:
        return self.push(commands.EditParticipant(self, participant_id, fields))

    def delete_participant(self, participant_id: str) -> bool:
        return self.push(commands.DeleteParticipant(self, participant_id))

    # --- platforms and the session -------------------------------------------------------
    def add_platform(self, title: str, **fields: Any) -> str | None:
        command = commands.AddPlatform(self, title, fields)
        return command.record_id if self.push(command) else None

    def edit_platform(self, platform_id: str, **fields: Any) -> bool:
        return self.push(commands.EditPlatform(self, platform_id, fields))

    def delete_platform(self, platform_id: str) -> bool:
        return self.push(commands.DeletePlatform(self, platform_id))

    def move_platform(self, platform_id: str, new_number: int) -> bool:
        return self.push(commands.MovePlatform(self, platform_id, new_number))

    def edit_session(self, **fields: Any) -> bool:
        return self.push(commands.EditSession(self, fields))

    def take_command_line_steps(self) -> int:
        """Put the edits made by the command line since the app last had the session on the
        undo stack, oldest first; how many. Not possible (read-only, busy): none."""
        if self.sf.read_only:
            return 0
        try:
            found = steps.take_unseen(self.sf)
        except StorageError:
            return 0
        for step in found:
            self.undo_stack.push(commands.CommandLineStep(self, step))
        return len(found)

    def merge_proposals(self, proposal_ids: list[str]) -> str | None:
        command = commands.MergeProposals(self, proposal_ids)
        return command.record_id if self.push(command) else None
