"""Attendance marks by name: from the command line or a file, matched to a platform's people."""

from __future__ import annotations

from pathlib import Path

from facilitator.importing.columns import PARTICIPANT_COLUMNS, RowErrors, map_columns, records
from facilitator.importing.report import natural_key
from facilitator.importing.tabular import read_table
from facilitator.messages import QT_TRANSLATE_NOOP, Message, fail, msg
from facilitator.services import participants, validate
from facilitator.store.db import SessionFile
from facilitator.store.models import Platform

Mark = tuple[int | None, str, bool]  # (file row or None, name as written, present)
CLOSE = 3  # close matches offered for a name not found


def read_marks(path: Path) -> list[Mark]:
    """(row, name, present) from a file with a name column and an optional present column."""
    table = read_table(path)
    mapping = map_columns(table, PARTICIPANT_COLUMNS, ("full_name",))
    header = {name: table.header[i] for name, i in mapping.index.items()}
    errors = RowErrors(table)
    marks: list[Mark] = []
    for row, values in records(table, mapping):
        name = errors.check(
            row, header["full_name"], validate.required, "full_name", values["full_name"]
        )
        present = True
        if "present" in values:
            present = errors.check(row, header["present"], validate.presence, values["present"])
        if name and present is not None:
            marks.append((row, name, present))
    errors.raise_if_any()
    return marks


def mark_attendance(sf: SessionFile, platform: Platform, marks: list[Mark]) -> dict[bool, int]:
    """Mark each name present or absent at the platform, all or none; returns how many of each.

    A name that is not one of the platform's participants refuses the whole step, naming it
    and offering the closest names of that platform.
    """
    people: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for person in participants.list_participants(platform.id):
        key = natural_key(person.full_name)[0]
        people.setdefault(key, []).append(person.id)
        names[key] = person.full_name
    problems = [
        problem
        for row, name, _ in marks
        if (problem := _problem(row, name, people, names, platform.number)) is not None
    ]
    if problems:
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Nothing was marked.\n{problems}\nThe platform's participants: facilitator "
                "participants list SESSION --platform {number}",
            ),
            problems=problems,
            number=platform.number,
        )
    counts = {True: 0, False: 0}
    with sf.atomic():
        for _, name, present in marks:
            for person_id in people[natural_key(name)[0]]:
                participants.set_present(sf, person_id, platform.id, present)
            counts[present] += 1
    return counts


def _problem(
    row: int | None, name: str, people: dict[str, list[str]], names: dict[str, str], number: int
) -> Message | None:
    key = natural_key(name)[0]
    if key in people:
        return None
    problem = msg(
        QT_TRANSLATE_NOOP("Messages", "“{name}” is not a participant of platform {number}"),
        name=name,
        number=number,
    )
    close = _close(key, names)
    if close:
        problem = msg(
            QT_TRANSLATE_NOOP("Messages", "{problem}; did you mean: {names}?"),
            problem=problem,
            names="; ".join(close),
        )
    if row is not None:
        problem = msg(
            QT_TRANSLATE_NOOP("Messages", "row {row}: {problem}"), row=row, problem=problem
        )
    return problem


def _close(key: str, names: dict[str, str]) -> list[str]:
    from rapidfuzz import fuzz, process  # here: only a refusal needs it

    found = process.extract(key, list(names), scorer=fuzz.WRatio, limit=CLOSE, score_cutoff=60)
    return [names[match] for match, _, _ in found]
