"""Checks of a bundle's rows against the session: ownership, references, fixed and unique keys."""

from __future__ import annotations

from collections.abc import Iterable

from peewee import ForeignKeyField

from facilitator.exchange.codec import TABLES, Row, columns
from facilitator.exchange.errors import bad_row, problem
from facilitator.exchange.scope import CHUNK, OWNED, existing_ids, rows_by_id
from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError
from facilitator.store.db import SessionFile

# Fields that never change once a record exists, and that identify facts across laptops.
FIXED = {
    "attendance": ("participant", "platform"),
    "proposal": ("platform",),
    "vote": ("platform",),
    "tally": ("vote", "proposal"),
    "ballot": ("vote", "voter"),
}
UNIQUE = {
    "attendance": ("participant", "platform"),
    "tally": ("vote", "proposal"),
    "ballot": ("vote", "voter"),
}


def position(table: str, name: str) -> int:
    return columns(TABLES[table]).index(name)


def check_rows(
    sf: SessionFile,
    tables: dict[str, list[Row]],
    platform: str,
    file: str,
    bases: dict[str, str],
) -> None:
    """Refuse rows of another platform, dangling references and clashes with existing facts."""
    votes = {r[0] for r in tables["vote"]}
    for table in OWNED:
        rows = tables[table]
        _check_owner(table, rows, platform, votes, file)
        _check_references(sf, table, rows, tables, file)
        _check_fixed(sf, table, rows, file)
        _check_unique(sf, table, rows, votes, file)
    _check_people(sf, tables["participant"], bases, file)


def _check_owner(table: str, rows: list[Row], platform: str, votes: set[str], file: str) -> None:
    by_vote = table in ("tally", "ballot")
    i = position(table, "vote" if by_vote else "platform")
    allowed = votes if by_vote else {platform}
    for number, row in enumerate(rows, start=1):
        if row[i] not in allowed:
            raise bad_row(
                file,
                table,
                number,
                problem(QT_TRANSLATE_NOOP("Exchange", "the record belongs to another platform.")),
            )


def _check_references(
    sf: SessionFile, table: str, rows: list[Row], tables: dict[str, list[Row]], file: str
) -> None:
    for i, field in enumerate(TABLES[table]._meta.sorted_fields):
        if not isinstance(field, ForeignKeyField):
            continue
        target = field.rel_model._meta.table_name
        known = {r[0] for r in tables.get(target, ())}
        wanted = {row[i] for row in rows if row[i] is not None} - known
        missing = wanted - existing_ids(sf, target, wanted)
        for number, row in enumerate(rows, start=1):
            if row[i] in missing:
                raise bad_row(
                    file,
                    table,
                    number,
                    problem(
                        QT_TRANSLATE_NOOP(
                            "Exchange", "{field} refers to a record that does not exist."
                        ),
                        field=field.name,
                    ),
                )


def _check_fixed(sf: SessionFile, table: str, rows: list[Row], file: str) -> None:
    if table not in FIXED:
        return
    places = [position(table, name) for name in FIXED[table]]
    existing = rows_by_id(sf, table, [r[0] for r in rows])
    for number, row in enumerate(rows, start=1):
        old = existing.get(row[0])
        if old is not None and any(old[i] != row[i] for i in places):
            raise _clash(file, table, number)


def _check_people(sf: SessionFile, rows: list[Row], bases: dict[str, str], file: str) -> None:
    """A guest or another platform's participant cannot be claimed by a laptop.

    Allowed: the secretariat moved one of this platform's people elsewhere since it last
    heard from the platform (the merge then keeps the move or opens a conflict).
    """
    at = position("participant", "platform")
    existing = rows_by_id(sf, "participant", [r[0] for r in rows])
    for number, row in enumerate(rows, start=1):
        old = existing.get(row[0])
        if old is None or old[at] == row[at]:
            continue
        base = bases.get(row[0])
        if base is None or old[2] == base:  # never this platform's, or moved by the laptop
            raise bad_row(
                file,
                "participant",
                number,
                problem(
                    QT_TRANSLATE_NOOP(
                        "Exchange",
                        "a platform may not change a guest or a participant of another platform.",
                    )
                ),
            )


def _check_unique(sf: SessionFile, table: str, rows: list[Row], votes: set[str], file: str) -> None:
    if table not in UNIQUE:
        return
    places = [position(table, name) for name in UNIQUE[table]]
    holders = _existing_keys(sf, table, places, rows, votes)
    for number, row in enumerate(rows, start=1):
        key = tuple(row[i] for i in places)
        if holders.setdefault(key, row[0]) != row[0]:
            raise _clash(file, table, number)


def _existing_keys(
    sf: SessionFile, table: str, places: list[int], rows: list[Row], votes: set[str]
) -> dict[tuple[object, ...], str]:
    """Natural key → id of the rows already in the session that the bundle could clash with."""
    names = [columns(TABLES[table])[i] for i in places]
    sql_names = [TABLES[table]._meta.fields[n].column_name for n in names]
    scope_column, values = (
        ("vote_id", sorted(votes))
        if table != "attendance"
        else ("platform_id", sorted({r[places[1]] for r in rows}))
    )
    found: dict[tuple[object, ...], str] = {}
    select = ", ".join(f'"{c}"' for c in ("id", *sql_names))
    for chunk in _chunks(values):
        marks = ", ".join("?" * len(chunk))
        sql = f'SELECT {select} FROM "{table}" WHERE "{scope_column}" IN ({marks})'
        for record_id, *key in sf.db.connection().execute(sql, chunk):
            found[tuple(key)] = record_id
    return found


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _clash(file: str, table: str, number: int) -> FacilitatorError:
    return bad_row(
        file,
        table,
        number,
        problem(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "it clashes with a record already in the session (same {table} "
                "under another id, or moved to another platform).",
            ),
            table=table,
        ),
    )
