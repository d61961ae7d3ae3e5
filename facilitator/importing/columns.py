"""Match a file's header to our fields by English or Russian column names."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from facilitator.importing.tabular import Table, skip_to_header
from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, fail, msg
from facilitator.services.validate import field_label

PARTICIPANT_COLUMNS: dict[str, tuple[str, ...]] = {
    "full_name": ("full name", "name", "participant", "фио", "ф и о", "участник", "имя"),
    "organisation": ("organisation", "organization", "организация", "место работы"),
    "position": ("position", "job title", "должность"),
    "delegation": ("delegation", "region", "делегация", "регион", "делегация регион"),
    "role": ("role", "роль"),
    "platform": ("platform", "площадка", "номер площадки", "no площадки"),
    "present": (
        "present",
        "attendance",
        "присутствует",
        "явка",
        "присутствовал",
        "присутствовала",
        "присутствие",
    ),
}
PROPOSAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "kind": ("kind", "type", "вид", "тип"),
    "title": ("title", "название", "заголовок", "наименование", "формулировка"),
    "text": ("text", "description", "текст", "описание", "содержание"),
    "tags": ("tags", "теги", "метки"),
    "status": ("status", "статус"),
    "presenter": ("presenter", "speaker", "докладчик", "автор"),
    "organisation": ("organisation", "organization", "организация"),
    "responsible": ("responsible", "ответственный", "ответственные", "исполнитель"),
    "deadline": ("deadline", "due", "срок", "срок исполнения"),
}
MAX_ERRORS = 20


def normalise_name(name: str) -> str:
    text = name.casefold().replace("ё", "е").replace("№", "no")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


@dataclass
class Mapping:
    """Which column index holds which field; the columns we did not recognise."""

    index: dict[str, int]
    ignored: list[str] = field(default_factory=list)


def map_columns(
    table: Table, known: dict[str, tuple[str, ...]], needed: tuple[str, ...]
) -> Mapping:
    lookup = {alias: name for name, aliases in known.items() for alias in aliases}

    def is_header(cells: list[str]) -> bool:
        found = {lookup.get(normalise_name(cell)) for cell in cells}
        return all(name in found for name in needed)

    skip_to_header(table, is_header)
    mapping = Mapping({})
    for position, title in enumerate(table.header):
        name = lookup.get(normalise_name(title))
        if name and name not in mapping.index:
            mapping.index[name] = position
        elif title:
            mapping.ignored.append(title)
    missing = [name for name in needed if name not in mapping.index]
    if missing:
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages", "{file}: no “{column}” column (the header row has: {found})."
            ),
            file=table.path.name,
            column=field_label(missing[0]),
            found=", ".join(table.header),
        )
    return mapping


class RowErrors:
    """Collects row problems so one refusal names them all (up to MAX_ERRORS)."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.problems: list[Message] = []
        self.count = 0

    def check(self, row: int, column: str | None, step: Callable[..., Any], *args: Any) -> Any:
        """step(*args), or None with the problem noted against the row and column."""
        try:
            return step(*args)
        except FacilitatorError as error:
            self.add(row, column, error.message)
            return None

    def add(self, row: int, column: str | None, problem: Message) -> None:
        self.count += 1
        if self.count > MAX_ERRORS:
            return
        if column is None:
            where = msg(
                QT_TRANSLATE_NOOP("Messages", "row {row}: {problem}"), row=row, problem=problem
            )
        else:
            where = msg(
                QT_TRANSLATE_NOOP("Messages", "row {row}, column “{column}”: {problem}"),
                row=row,
                column=column,
                problem=problem,
            )
        self.problems.append(where)

    def raise_if_any(self) -> None:
        if not self.count:
            return
        problems = list(self.problems)
        if self.count > MAX_ERRORS:
            more = self.count - MAX_ERRORS
            problems.append(msg(QT_TRANSLATE_NOOP("Messages", "…and {count} more."), count=more))
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "{file}: nothing was imported.\n{problems}"),
            file=self.table.path.name,
            problems=problems,
        )


def records(table: Table, mapping: Mapping) -> Iterator[tuple[int, dict[str, object]]]:
    """(file row number, field → raw value) for each non-blank data row."""
    for offset, cells in enumerate(table.rows):
        if not any(str(cell).strip() for cell in cells):
            continue
        values = {
            name: cells[index] if index < len(cells) else ""
            for name, index in mapping.index.items()
        }
        yield table.first_row + offset, values
