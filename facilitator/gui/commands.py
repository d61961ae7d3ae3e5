"""Undo commands: redo makes an edit through the services, undo makes the inverse edit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitator.gui.language import refusal, translate
from facilitator.messages import FacilitatorError
from facilitator.services import participants, platforms, proposals, session, steps
from facilitator.store.faults import StorageError

if TYPE_CHECKING:
    from facilitator.gui.operations import Operations


@dataclass(frozen=True)
class Change:
    """What an edit touched: an entity ("proposal", "participant", "attendance", "platform",
    "session") and the ids of its records (empty: reload them all)."""

    entity: str
    ids: tuple[str, ...] = ()


class ServiceCommand(QUndoCommand):
    """A command whose first edit runs before it is pushed, so a refusal never reaches the stack."""

    entity = ""
    stepping_back = False  # the stack is being moved back over a step that failed

    def __init__(self, ops: Operations, text: str) -> None:
        super().__init__(text)
        self.ops = ops
        self.record_id = ""
        self._pushed = False

    def run_first(self) -> None:
        self.first()
        self.ops.notify(self.change())

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo; the edit is already made
            self._pushed = True
            return
        if not ServiceCommand.stepping_back:
            self._guard(self.again, undoing=False)

    def undo(self) -> None:
        if not ServiceCommand.stepping_back:
            self._guard(self.inverse, undoing=True)

    def _guard(self, edit: Callable[[], None], undoing: bool) -> None:
        # an exception must not escape into Qt's C++ undo stack: report it instead
        try:
            edit()
        except FacilitatorError as err:
            if isinstance(err, StorageError):
                self.ops.failed.emit(refusal(err))
            self.ops.show_error(err)
            # Qt has moved the stack past this step anyway: move it back, editing nothing,
            # so that the stack matches the file and the next Undo/Redo tries it again
            QTimer.singleShot(0, lambda: step_back(self.ops.undo_stack, undoing))
            return  # nothing was saved: the status bar must not say it was
        self.ops.notify(self.change())

    def change(self) -> Change:
        return Change(self.entity, (self.record_id,))

    def first(self) -> None:
        self.again()

    def again(self) -> None:
        raise NotImplementedError

    def inverse(self) -> None:
        raise NotImplementedError


def step_back(stack: QUndoStack, undoing: bool) -> None:
    ServiceCommand.stepping_back = True
    try:
        if undoing:
            stack.redo()
        else:
            stack.undo()
    finally:
        ServiceCommand.stepping_back = False


class EditRecord(ServiceCommand):
    """Change some fields; the service reports which changed and their old values."""

    edit: Callable[..., dict[str, Any]]

    def __init__(self, ops: Operations, record_id: str, fields: dict[str, Any], text: str) -> None:
        super().__init__(ops, text)
        self.record_id = record_id
        self.fields = fields
        self.old: dict[str, Any] = {}
        self.new: dict[str, Any] = {}

    def first(self) -> None:
        changed = self.edit(self.ops.sf, self.record_id, **self.fields)
        self.old = {key: old for key, (old, _) in changed.items()}
        self.new = {key: new for key, (_, new) in changed.items()}
        self.setObsolete(not changed)

    def again(self) -> None:
        self.edit(self.ops.sf, self.record_id, **self.new)

    def inverse(self) -> None:
        self.edit(self.ops.sf, self.record_id, **self.old)


class TombstoneRecord(ServiceCommand):
    """Delete a record (a tombstone); undo restores it."""

    delete: Callable[..., None]
    restore: Callable[..., None]

    def __init__(self, ops: Operations, record_id: str, text: str) -> None:
        super().__init__(ops, text)
        self.record_id = record_id

    def again(self) -> None:
        self.delete(self.ops.sf, self.record_id)

    def inverse(self) -> None:
        self.restore(self.ops.sf, self.record_id)


class CreateRecord(ServiceCommand):
    """Create a record; undo deletes it, redo restores the same record (its id stays valid)."""

    delete: Callable[..., None]
    restore: Callable[..., None]

    def again(self) -> None:
        self.restore(self.ops.sf, self.record_id)

    def inverse(self) -> None:
        self.delete(self.ops.sf, self.record_id)


class AddProposal(CreateRecord):
    entity = "proposal"
    delete = staticmethod(proposals.delete_proposal)
    restore = staticmethod(proposals.restore_proposal)

    def __init__(self, ops: Operations, platform_id: str, title: str, kind: str) -> None:
        super().__init__(ops, QCoreApplication.translate("Commands", "Add proposal"))
        self.platform_id, self.title, self.kind = platform_id, title, kind

    def first(self) -> None:
        proposal = proposals.add_proposal(self.ops.sf, self.platform_id, self.title, self.kind)
        self.record_id = proposal.id


class EditProposal(EditRecord):
    entity = "proposal"
    edit = staticmethod(proposals.edit_proposal)

    def __init__(self, ops: Operations, proposal_id: str, fields: dict[str, Any]) -> None:
        super().__init__(
            ops, proposal_id, fields, QCoreApplication.translate("Commands", "Edit proposal")
        )


class DeleteProposal(TombstoneRecord):
    entity = "proposal"
    delete = staticmethod(proposals.delete_proposal)
    restore = staticmethod(proposals.restore_proposal)

    def __init__(self, ops: Operations, proposal_id: str) -> None:
        super().__init__(
            ops, proposal_id, QCoreApplication.translate("Commands", "Delete proposal")
        )


class SetPresent(ServiceCommand):
    entity = "attendance"

    def __init__(self, ops: Operations, participant_id: str, platform_id: str, present: bool):
        super().__init__(
            ops,
            QCoreApplication.translate("Commands", "Mark present")
            if present
            else QCoreApplication.translate("Commands", "Mark absent"),
        )
        self.record_id, self.platform_id, self.present = participant_id, platform_id, present

    def again(self) -> None:
        participants.set_present(self.ops.sf, self.record_id, self.platform_id, self.present)

    def inverse(self) -> None:
        participants.set_present(self.ops.sf, self.record_id, self.platform_id, not self.present)


class AddParticipant(CreateRecord):
    entity = "participant"
    delete = staticmethod(participants.delete_participant)
    restore = staticmethod(participants.restore_participant)

    def __init__(self, ops: Operations, full_name: str, fields: dict[str, Any]) -> None:
        super().__init__(ops, QCoreApplication.translate("Commands", "Add participant"))
        self.full_name, self.fields = full_name, fields

    def first(self) -> None:
        self.record_id = participants.add_participant(self.ops.sf, self.full_name, **self.fields).id


class EditParticipant(EditRecord):
    entity = "participant"
    edit = staticmethod(participants.edit_participant)

    def __init__(self, ops: Operations, participant_id: str, fields: dict[str, Any]) -> None:
        super().__init__(
            ops, participant_id, fields, QCoreApplication.translate("Commands", "Edit participant")
        )


class DeleteParticipant(TombstoneRecord):
    entity = "participant"
    delete = staticmethod(participants.delete_participant)
    restore = staticmethod(participants.restore_participant)

    def __init__(self, ops: Operations, participant_id: str) -> None:
        super().__init__(
            ops, participant_id, QCoreApplication.translate("Commands", "Delete participant")
        )


class AddPlatform(CreateRecord):
    entity = "platform"
    delete = staticmethod(platforms.delete_platform)

    def __init__(self, ops: Operations, title: str, fields: dict[str, Any]) -> None:
        super().__init__(ops, QCoreApplication.translate("Commands", "Add platform"))
        self.title, self.fields, self.number = title, fields, 0

    def first(self) -> None:
        platform = platforms.add_platform(self.ops.sf, self.title, **self.fields)
        self.record_id, self.number = platform.id, platform.number

    def again(self) -> None:
        platforms.restore_platform(self.ops.sf, self.record_id, self.number)


class EditPlatform(EditRecord):
    entity = "platform"
    edit = staticmethod(platforms.edit_platform)

    def __init__(self, ops: Operations, platform_id: str, fields: dict[str, Any]) -> None:
        super().__init__(
            ops, platform_id, fields, QCoreApplication.translate("Commands", "Edit platform")
        )


class DeletePlatform(ServiceCommand):
    entity = "platform"

    def __init__(self, ops: Operations, platform_id: str) -> None:
        super().__init__(ops, QCoreApplication.translate("Commands", "Delete platform"))
        self.record_id = platform_id
        self.number = platforms.get_platform(platform_id).number

    def again(self) -> None:
        platforms.delete_platform(self.ops.sf, self.record_id)

    def inverse(self) -> None:
        platforms.restore_platform(self.ops.sf, self.record_id, self.number)


class MovePlatform(ServiceCommand):
    entity = "platform"

    def __init__(self, ops: Operations, platform_id: str, new_number: int) -> None:
        super().__init__(ops, QCoreApplication.translate("Commands", "Move platform"))
        self.record_id, self.new_number = platform_id, new_number
        self.old_number = platforms.get_platform(platform_id).number

    def again(self) -> None:
        platforms.move_platform(self.ops.sf, self.record_id, self.new_number)

    def inverse(self) -> None:
        platforms.move_platform(self.ops.sf, self.record_id, self.old_number)


def _edit_session(sf: Any, _record_id: str, **fields: Any) -> dict[str, Any]:
    return session.edit_session(sf, **fields)


class EditSession(EditRecord):
    entity = "session"
    edit = staticmethod(_edit_session)

    def __init__(self, ops: Operations, fields: dict[str, Any]) -> None:
        super().__init__(ops, "", fields, QCoreApplication.translate("Commands", "Edit session"))


class MergeProposals(ServiceCommand):
    """Similar proposals merged into one (the originals kept as "merged"); undo separates them."""

    entity = "platform"  # proposals of several platforms change: reload what is shown

    def __init__(self, ops: Operations, proposal_ids: list[str]) -> None:
        super().__init__(ops, QCoreApplication.translate("Commands", "Merge similar proposals"))
        self.proposal_ids = proposal_ids

    def again(self) -> None:
        from facilitator.exchange import combine

        self.record_id = combine.merge_proposals(self.ops.sf, self.proposal_ids)

    def inverse(self) -> None:
        from facilitator.exchange import combine

        combine.undo_merge(self.ops.sf, self.record_id)

    def change(self) -> Change:
        return Change(self.entity)


class ImportedParticipants(ServiceCommand):
    """A participant list imported (off the GUI thread, before this is pushed); undo removes it."""

    entity = "participant"

    def __init__(self, ops: Operations, ids: list[str], file: str) -> None:
        super().__init__(
            ops, QCoreApplication.translate("Commands", "Import {file}").format(file=file)
        )
        self.ids = ids  # the import itself ran in the worker: pushing does not repeat it

    def again(self) -> None:
        participants.set_many_deleted(self.ops.sf, self.ids, False)

    def inverse(self) -> None:
        participants.set_many_deleted(self.ops.sf, self.ids, True)

    def change(self) -> Change:
        return Change(self.entity)


class CommandLineStep(ServiceCommand):
    """An edit the command line made while the app was closed (see services.steps): already
    in the file when pushed; undo puts the old values back, redo makes the change again."""

    def __init__(self, ops: Operations, step: steps.Step) -> None:
        super().__init__(ops, step.label().format(translate))
        self.step = step
        self.entity = step.entity
        self.record_ids = tuple(t.record_id for t in step.records)

    def again(self) -> None:
        steps.redo(self.ops.sf, self.step)

    def inverse(self) -> None:
        steps.undo(self.ops.sf, self.step)

    def change(self) -> Change:
        if self.entity == "proposal":
            return Change(self.entity, self.record_ids)
        return Change(self.entity)
