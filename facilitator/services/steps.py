"""Edits made by the command line, kept as steps that the app can undo and redo.

The app's undo stack belongs to its window and knows only the app's own edits; the command
line writes only while the app does not hold the file. So each command-line command that
changes one thing (`proposals edit`, `proposals delete`, `platforms set`, `platforms add`,
`session set`, `attendance`) runs inside `recorded(...)`: one write transaction, at whose end
the History rows it wrote are summed up as one *step* — for each record touched, its state
before and after — and appended to the Meta key `cli_steps` (a JSON list; the last MAX_STEPS
are kept). A step is known by the id of its last History row, so it is never taken twice.

The app, when it opens a session for writing, takes the steps after the History id it saw
last (Meta `app_seen_history`, moved on as they are taken) and puts them on its undo stack,
oldest first. Undoing a step puts its records back as they were before it, through the same
services as the app's own undo, in one transaction recorded in the history; it is refused,
changing nothing, when a record is no longer as the step left it (someone changed it since).
Bundle merges never make steps: they are all-or-nothing with a backup, outside undo.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from peewee import fn

from facilitator.messages import QT_TRANSLATE_NOOP, Message, fail, msg
from facilitator.services import participants, platforms, proposals, session
from facilitator.store.db import SessionFile, utc_now
from facilitator.store.models import (
    Attendance,
    History,
    Participant,
    Platform,
    Proposal,
    Record,
    Session,
)

STEPS_KEY = "cli_steps"
SEEN_KEY = "app_seen_history"
MAX_STEPS = 100
MODELS: dict[str, type[Record]] = {
    "proposal": Proposal,
    "participant": Participant,
    "platform": Platform,
    "session": Session,
    "attendance": Attendance,
}
LABELS = {
    ("edit", "proposal"): QT_TRANSLATE_NOOP("Messages", "Change {name} (command line)"),
    ("delete", "proposal"): QT_TRANSLATE_NOOP("Messages", "Deletion {name} (command line)"),
    ("edit", "platform"): QT_TRANSLATE_NOOP("Messages", "Change of platform {name} (command line)"),
    ("add", "platform"): QT_TRANSLATE_NOOP("Messages", "New platform {name} (command line)"),
    ("edit", "session"): QT_TRANSLATE_NOOP("Messages", "Change of the session (command line)"),
    ("attendance", "attendance"): QT_TRANSLATE_NOOP(
        "Messages", "Attendance at platform {name} (command line)"
    ),
}
SUBJECTS = {
    "proposal": QT_TRANSLATE_NOOP("Messages", "proposal {name}"),
    "platform": QT_TRANSLATE_NOOP("Messages", "platform {name}"),
    "session": QT_TRANSLATE_NOOP("Messages", "the fields of the session"),
    "attendance": QT_TRANSLATE_NOOP("Messages", "attendance at platform {name}"),
}


@dataclass(frozen=True)
class Touched:
    """One record a step changed: the values it had before and has after (only those)."""

    entity: str
    record_id: str
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass
class Step:
    """One command-line command's change; `last` is the id of its last History row."""

    what: str
    entity: str
    name: str = ""
    last: int = 0
    at: str = ""
    records: list[Touched] = field(default_factory=list)

    def label(self) -> Message:
        return msg(LABELS[(self.what, self.entity)], name=self.name)

    def subject(self) -> Message:
        return msg(SUBJECTS[self.entity], name=self.name)


# --- the command line: recording ------------------------------------------------------------
@contextmanager
def recorded(sf: SessionFile, what: str, entity: str, name: str = "") -> Iterator[Step]:
    """Run a command's change as one transaction and keep it as a step the app can undo.

    The step is yielded so that a name known only inside (a new platform's number) is set.
    """
    step = Step(what, entity, name)
    with sf.atomic():
        first = last_history_id() + 1
        yield step
        rows = list(History.select().where(History.id >= first).order_by(History.id))
        step.records = _touched(rows)
        if step.records and all(t.entity in MODELS for t in step.records):
            step.last, step.at = rows[-1].id, utc_now()
            kept = [*stored_steps(sf), step][-MAX_STEPS:]
            sf.set_meta(STEPS_KEY, json.dumps([_plain_step(s) for s in kept], ensure_ascii=False))


def last_history_id() -> int:
    return int(History.select(fn.MAX(History.id)).scalar() or 0)


def _touched(rows: list[History]) -> list[Touched]:
    """Each record's state before its first and after its last change in these rows (the
    records that end as they began left out)."""
    found: dict[tuple[str, str], Touched] = {}
    for row in rows:
        before, after = _states(row)
        key = (row.entity, row.record_id)
        if key in found:
            before = {**before, **found[key].before}
            after = {**found[key].after, **after}
        found[key] = Touched(row.entity, row.record_id, before, after)
    # marked absent with no mark before: a new row, but nothing that an undo would change
    return [t for t in found.values() if t.before != t.after]


def _states(row: History) -> tuple[dict[str, Any], dict[str, Any]]:
    changes = json.loads(row.changes)
    if row.entity == "attendance":
        return _attendance_states(row, changes)
    if row.action == "update":
        return {k: v[0] for k, v in changes.items()}, {k: v[1] for k, v in changes.items()}
    deleted_before = row.action in ("create", "restore")
    return {"deleted": deleted_before}, {"deleted": not deleted_before}


def _attendance_states(
    row: History, changes: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Attendance as one flag, present or not: no mark at all (a new row) is not present."""
    mark = Attendance.get_by_id(row.record_id)
    now = bool(mark.present and not mark.deleted)
    if row.action == "create":
        return {"present": False}, {"present": now}
    present = changes.get("present", [mark.present])[0]
    deleted = changes.get("deleted", [mark.deleted])[0]
    return {"present": bool(present and not deleted)}, {"present": now}


def stored_steps(sf: SessionFile) -> list[Step]:
    return [_step(s) for s in json.loads(sf.meta(STEPS_KEY, "[]") or "[]")]


def _plain_step(step: Step) -> dict[str, Any]:
    return {
        "what": step.what,
        "entity": step.entity,
        "name": step.name,
        "last": step.last,
        "at": step.at,
        "records": [vars(t) for t in step.records],
    }


def _step(data: dict[str, Any]) -> Step:
    touched = [Touched(**t) for t in data["records"]]
    return Step(data["what"], data["entity"], data["name"], data["last"], data["at"], touched)


# --- the app: taking, undoing, redoing --------------------------------------------------------
def take_unseen(sf: SessionFile) -> list[Step]:
    """The steps made since the app last looked, oldest first; from now on they are seen
    (and older ones forgotten)."""
    with sf.atomic():
        seen = int(sf.meta(SEEN_KEY, "0") or 0)
        unseen = [s for s in stored_steps(sf) if s.last > seen]
        sf.set_meta(SEEN_KEY, str(last_history_id()))
        sf.set_meta(STEPS_KEY, json.dumps([_plain_step(s) for s in unseen], ensure_ascii=False))
    return unseen


def undo(sf: SessionFile, step: Step) -> None:
    """Put the step's records back as they were before it; refused if changed since."""
    _move(sf, step, backwards=True)


def redo(sf: SessionFile, step: Step) -> None:
    """Make the step's change again, after an undo; refused if changed since."""
    _move(sf, step, backwards=False)


def _move(sf: SessionFile, step: Step, backwards: bool) -> None:
    order = list(reversed(step.records)) if backwards else step.records
    with sf.atomic():
        for t in order:
            if not _is(t.entity, t.record_id, t.after if backwards else t.before):
                raise _changed_since(step, backwards)
        for t in order:
            _put(sf, t.entity, t.record_id, t.before if backwards else t.after)


def _is(entity: str, record_id: str, state: dict[str, Any]) -> bool:
    """Whether the record has these values now (a live record, unless told otherwise)."""
    if entity == "attendance":
        mark = Attendance.get_or_none(Attendance.id == record_id)
        return bool(mark and mark.present and not mark.deleted) == state["present"]
    record = MODELS[entity].get_or_none(MODELS[entity].id == record_id)
    if record is None:
        return False
    expected = {"deleted": False, **state}
    return all(_value(getattr(record, k)) == v for k, v in expected.items())


def _value(value: Any) -> Any:
    return value.id if isinstance(value, Record) else value


def _put(sf: SessionFile, entity: str, record_id: str, state: dict[str, Any]) -> None:
    """Give the record these values through the services the app's own undo uses."""
    fields = {k: v for k, v in state.items() if k != "deleted"}
    if entity == "attendance":
        mark = Attendance.get_by_id(record_id)
        participants.set_present(sf, mark.participant_id, mark.platform_id, state["present"])
    elif entity == "session":
        session.edit_session(sf, **fields)
    elif "deleted" in state:
        _set_deleted(sf, entity, record_id, state["deleted"])
    if fields and entity in EDIT:
        EDIT[entity](sf, record_id, **fields)


EDIT: dict[str, Callable[..., dict[str, Any]]] = {
    "proposal": proposals.edit_proposal,
    "participant": participants.edit_participant,
    "platform": platforms.edit_platform,
}


def _set_deleted(sf: SessionFile, entity: str, record_id: str, deleted: bool) -> None:
    if entity == "proposal":
        (proposals.delete_proposal if deleted else proposals.restore_proposal)(sf, record_id)
    elif entity == "participant":
        remove = participants.delete_participant
        (remove if deleted else participants.restore_participant)(sf, record_id)
    elif deleted:
        platforms.delete_platform(sf, record_id)
    else:
        platforms.restore_platform(sf, record_id, Platform.get_by_id(record_id).number)


def _changed_since(step: Step, backwards: bool) -> Exception:
    if backwards:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "This change from the command line cannot be undone: {subject} was changed after "
            "it, in the app or by another command. Nothing was changed.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "This change from the command line cannot be made again: {subject} was changed "
            "after it was undone. Nothing was changed.",
        )
    return fail(template, subject=step.subject())
