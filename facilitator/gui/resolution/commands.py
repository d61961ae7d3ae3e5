"""Undo commands for the resolution: the choices per item and the selection rules."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from facilitator.export import choices
from facilitator.export.selection import SelectionRules
from facilitator.gui.commands import Change, ServiceCommand

if TYPE_CHECKING:
    from facilitator.gui.operations import Operations

RESOLUTION = "resolution"  # Change.entity for the secretariat's choices and rules
RULES_MERGE_ID = 0x5245  # consecutive changes of the rules are one undo step
MERGING_FIELDS = {"top_n", "min_score"}
EMPTY_AS = {"wording": "", "section": ""}  # a fresh entry's "old" None means "not set"


class EditEntries(ServiceCommand):
    """set_entry for one or more proposals at once; undo gives back the old values."""

    entity = RESOLUTION

    def __init__(self, ops: Operations, edits: dict[str, dict[str, Any]], text: str) -> None:
        super().__init__(ops, text)
        self.edits = edits
        self.old: dict[str, dict[str, Any]] = {}
        self.new: dict[str, dict[str, Any]] = {}

    def first(self) -> None:
        with self.ops.sf.atomic():  # several items: all or none
            for proposal_id, fields in self.edits.items():
                changed = choices.set_entry(self.ops.sf, proposal_id, **fields)
                if changed:
                    self.old[proposal_id] = {k: _old(k, old) for k, (old, _) in changed.items()}
                    self.new[proposal_id] = {k: new for k, (_, new) in changed.items()}
        self.setObsolete(not self.new)

    def again(self) -> None:
        self._apply(self.new)

    def inverse(self) -> None:
        self._apply(self.old)

    def _apply(self, values: dict[str, dict[str, Any]]) -> None:
        with self.ops.sf.atomic():
            for proposal_id, fields in values.items():
                choices.set_entry(self.ops.sf, proposal_id, **fields)

    def change(self) -> Change:
        return Change(RESOLUTION, tuple(self.edits))


def _old(key: str, value: Any) -> Any:
    return EMPTY_AS.get(key, None) if value is None else value


class SetRules(ServiceCommand):
    """Store the selection rules; undo stores the previous ones."""

    entity = RESOLUTION

    def __init__(self, ops: Operations, rules: SelectionRules) -> None:
        super().__init__(ops, QCoreApplication.translate("ResolutionCommands", "Change the rules"))
        self.old = choices.selection_rules(ops.sf)
        self.new = rules

    def first(self) -> None:
        self.setObsolete(self.new == self.old)
        if not self.isObsolete():
            self.again()

    def again(self) -> None:
        choices.set_selection_rules(self.ops.sf, self.new)

    def inverse(self) -> None:
        choices.set_selection_rules(self.ops.sf, self.old)

    def change(self) -> Change:
        return Change(RESOLUTION)

    def id(self) -> int:
        return RULES_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # a spin box's steps are one edit; a tick after them is another
        if not isinstance(other, SetRules) or _changed(other) != _changed(self):
            return False
        if not _changed(self) <= MERGING_FIELDS:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


def _changed(command: SetRules) -> set[str]:
    old, new = asdict(command.old), asdict(command.new)
    return {key for key in old if old[key] != new[key]}


def include_text(included: bool | None) -> str:
    if included is None:
        return QCoreApplication.translate("ResolutionCommands", "Leave the item to the rules")
    if included:
        return QCoreApplication.translate("ResolutionCommands", "Include the item")
    return QCoreApplication.translate("ResolutionCommands", "Exclude the item")


def edit_text(fields: dict[str, Any]) -> str:
    """The undo menu's name for an edit of one item."""
    if "included" in fields:
        return include_text(fields["included"])
    if "wording" in fields:
        return QCoreApplication.translate("ResolutionCommands", "Edit the wording")
    if "section" in fields:
        return QCoreApplication.translate("ResolutionCommands", "Move to another section")
    return QCoreApplication.translate("ResolutionCommands", "Move the item")
