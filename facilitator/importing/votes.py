"""Import a vote from CSV/XLSX: tallies per item (counts, dots, ratings) or ballots per row."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from facilitator import numbering
from facilitator.importing.columns import Mapping, RowErrors, normalise_name, records
from facilitator.importing.report import natural_key
from facilitator.importing.tabular import Table, read_table, skip_to_header
from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, fail, msg
from facilitator.services import validate, votes
from facilitator.services.participants import list_participants
from facilitator.services.proposals import list_proposals
from facilitator.store.db import SessionFile
from facilitator.store.models import Platform, Vote
from facilitator.voting.labels import CRITERION_TITLES

COLUMNS: dict[str, tuple[str, ...]] = {
    "item": ("item", "number", "proposal", "пункт", "номер", "предложение", "no"),
    "for": ("for", "yes", "за"),
    "against": ("against", "no votes", "против"),
    "abstain": ("abstain", "abstained", "воздержались", "воздержался"),
    "dots": ("dots", "stickers", "точки", "стикеры"),
    "effect": ("effect", "эффект"),
    "feasibility": ("feasibility", "реализуемость"),
    "raters": ("raters", "оценщиков", "оценили", "оценивших", "число оценивших"),
    "voter": ("voter", "participant", "name", "участник", "фио"),
    "choice": ("choice", "vote", "голос", "решение"),
    "ranking": ("ranking", "order", "ранжирование", "порядок"),
}
CHOICES = {
    "for": "for",
    "за": "for",
    "yes": "for",
    "да": "for",
    "against": "against",
    "против": "against",
    "no": "against",
    "нет": "against",
    "abstain": "abstain",
    "воздержался": "abstain",
    "воздержалась": "abstain",
    "воздержались": "abstain",
}


def detect_method(found: set[str]) -> str:
    for method, needed in (
        ("count", {"for"}),
        ("dots", {"dots"}),
        ("ranking", {"ranking"}),
        ("named", {"choice"}),
        ("rating", {"effect", "feasibility"}),
    ):
        if needed <= found:
            return method
    raise fail(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The vote file has none of the known column sets (for/against/abstain, "
            "dots, effect/feasibility, voter/choice, ranking).",
        )
    )


def import_votes(sf: SessionFile, platform: Platform, path: Path) -> dict[str, Any]:
    """Record the file as one closed vote; returns its results. All or nothing."""
    table = read_table(path)
    skip_to_header(table, lambda cells: _known_method(set(_map_cells(cells))))
    index = _map(table)
    method = detect_method(set(index))
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    if _already_imported(platform, digest):
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "{file} was imported before: nothing changed."),
            file=Path(path).name,
        )
    reader = _Reader(table, index, platform)
    entries = READERS[method](reader)
    if method in TALLIED:
        _refuse_repeated_items(reader, entries)
    items = list(dict.fromkeys(item for item in reader.items_seen))
    if not items:
        reader.errors.raise_if_any()
    if not reader.errors.count:
        sf.backup("before-import")
    # The rows that could be read are tried too, so that one refusal names every problem;
    # a problem anywhere rolls the whole vote back.
    with sf.atomic():
        vote = votes.start_vote(sf, platform.id, method, items, {"source": digest})
        _record(sf, vote, method, [e for e in entries if _complete(e)], reader.errors)
        reader.errors.raise_if_any()
        return votes.close_vote(sf, vote.id)


def _complete(value: Any) -> bool:
    """No part of the entry failed to read (a failed cell reads as None)."""
    if value is None:
        return False
    if isinstance(value, dict):
        return all(_complete(v) for v in value.values())
    if isinstance(value, list | tuple):
        return all(_complete(v) for v in value)
    return True


TALLIED = ("count", "dots", "rating")  # one row per item


def _refuse_repeated_items(reader: _Reader, entries: list[Entry]) -> None:
    """An item's figures given twice: which row is meant cannot be guessed."""
    first: dict[str, int] = {}
    for row, item, _ in entries:
        if item is None:
            continue
        if item in first:
            reader.errors.add(
                row,
                reader.column("item"),
                msg(
                    QT_TRANSLATE_NOOP(
                        "Messages", "this proposal is already counted in row {first}; keep one row"
                    ),
                    first=first[item],
                ),
            )
        first.setdefault(item, row)


def _known_method(found: set[str]) -> bool:
    try:
        detect_method(found)
    except FacilitatorError:
        return False
    return True


def _map(table: Table) -> dict[str, int]:
    return _map_cells(table.header)


def _map_cells(header: list[str]) -> dict[str, int]:
    lookup = {alias: name for name, aliases in COLUMNS.items() for alias in aliases}
    index: dict[str, int] = {}
    for position, title in enumerate(header):
        name = lookup.get(normalise_name(title))
        if name:
            index.setdefault(name, position)
    return index


def _already_imported(platform: Platform, digest: str) -> bool:
    query = Vote.select(Vote.settings).where((Vote.platform == platform.id) & ~Vote.deleted)
    return any(json.loads(v.settings).get("source") == digest for v in query)


class _Reader:
    """Reads cells of rows, noting each problem against its row and column."""

    def __init__(self, table: Table, index: dict[str, int], platform: Platform) -> None:
        self.table, self.index, self.platform = table, index, platform
        self.errors = RowErrors(table)
        self.items_seen: list[str] = []
        self.numbers = {(p.number, p.earlier): p.id for p in list_proposals(platform.id)}
        listed = list_participants(platform.id)
        self.people = {natural_key(p.full_name)[0]: p.id for p in listed}
        self.present = {p.id for p in listed if p.present}

    def rows(self) -> Iterator[tuple[int, dict[str, object]]]:
        return records(self.table, Mapping(self.index))

    def column(self, name: str) -> str:
        return self.table.header[self.index[name]]

    def cell(
        self, row: int, values: dict[str, object], name: str, parse: Callable[[str], Any]
    ) -> Any:
        return self.errors.check(row, self.column(name), parse, validate.clean(values[name]))

    def item(self, text: str) -> str:
        key = numbering.parse_code(text, self.platform.number)
        found = None if key is None else self.numbers.get(key)
        if found is None:
            raise fail(
                QT_TRANSLATE_NOOP("Messages", "there is no proposal “{value}” on this platform"),
                value=text,
            )
        self.items_seen.append(found)
        return found

    def ranking(self, text: str) -> list[list[str]]:
        """Items in preference order: `3 > 1 = 2` (or commas); `=` joins tied items."""
        groups = [g for g in re.split(r"[>,;]", text) if g.strip()]
        if not groups:
            raise fail(QT_TRANSLATE_NOOP("Messages", "the ranking is empty"))
        return [[self.item(part) for part in group.split("=")] for group in groups]

    def voter(self, text: str) -> str:
        found = self.people.get(natural_key(text)[0])
        if found is None:
            raise fail(
                QT_TRANSLATE_NOOP("Messages", "“{value}” is not a participant of this platform"),
                value=text,
            )
        if found not in self.present:
            raise fail(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{name} is not marked present at platform {number}; mark them present: "
                    'facilitator attendance SESSION --platform {number} --present "{name}"',
                ),
                name=text,
                number=self.platform.number,
            )
        return found


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "“{value}” is not a whole number"), value=text
        ) from None


def _score(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise fail(QT_TRANSLATE_NOOP("Messages", "“{value}” is not a number"), value=text) from None


def _choice(text: str) -> str:
    found = CHOICES.get(text.casefold())
    if found is None:
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "“{value}” is not a choice (for, against or abstain)"),
            value=text,
        )
    return found


Entry = tuple[int, str, Any]  # (row, key: item or voter, figures or choices)


def _read_count(r: _Reader) -> list[Entry]:
    return [
        (
            row,
            r.cell(row, v, "item", r.item),
            {k: r.cell(row, v, k, _whole) if k in v else 0 for k in ("for", "against", "abstain")},
        )
        for row, v in r.rows()
    ]


def _read_dots(r: _Reader) -> list[Entry]:
    return [
        (row, r.cell(row, v, "item", r.item), {"dots": r.cell(row, v, "dots", _whole)})
        for row, v in r.rows()
    ]


def _read_rating(r: _Reader) -> list[Entry]:
    entries = []
    for row, v in r.rows():
        figures = {k: r.cell(row, v, k, _score) for k in ("effect", "feasibility")}
        if "raters" in v and validate.clean(v["raters"]):
            figures["raters"] = r.cell(row, v, "raters", _whole)
        entries.append((row, r.cell(row, v, "item", r.item), figures))
    return entries


def _read_named(r: _Reader) -> list[Entry]:
    ballots: dict[str, dict[str, str]] = {}
    first_row: dict[str, int] = {}
    for row, v in r.rows():
        voter = r.cell(row, v, "voter", r.voter) if "voter" in v else f"ballot-{row}"
        item, choice = r.cell(row, v, "item", r.item), r.cell(row, v, "choice", _choice)
        if voter and item:
            ballots.setdefault(voter, {})[item] = choice
            first_row.setdefault(voter, row)
    return [(first_row[voter], voter, choices) for voter, choices in ballots.items()]


def _read_ranking(r: _Reader) -> list[Entry]:
    entries = []
    for row, v in r.rows():
        voter = r.cell(row, v, "voter", r.voter) if "voter" in v else f"ballot-{row}"
        order = r.cell(row, v, "ranking", r.ranking)
        entries.append((row, voter, order))
    return entries


READERS: dict[str, Callable[[_Reader], list[Entry]]] = {
    "count": _read_count,
    "dots": _read_dots,
    "rating": _read_rating,
    "named": _read_named,
    "ranking": _read_ranking,
}


def _record(
    sf: SessionFile, vote: Vote, method: str, entries: list[Entry], errors: RowErrors
) -> None:
    tally = method in ("count", "dots", "rating")
    for row, key, data in entries:
        try:
            if tally:
                votes.record_tally(sf, vote.id, key, data)
            else:
                votes.record_ballot(sf, vote.id, key, data)
        except FacilitatorError as error:
            errors.add(row, None, _named(error.message))


def _named(message: Message) -> Message:
    """The refusal with a rating's criterion as the user reads it (Реализуемость)."""
    criterion = message.params.get("criterion")
    if not isinstance(criterion, str) or criterion not in CRITERION_TITLES:
        return message
    title = Message(CRITERION_TITLES[criterion], context="Voting")
    return Message(message.template, {**message.params, "criterion": title}, message.context)
