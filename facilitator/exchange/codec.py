"""Records as JSON members (`{"columns": [...], "rows": [[...]]}`), checked value by value."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

from peewee import BooleanField, ForeignKeyField, IntegerField

from facilitator.exchange.archive import dump_json
from facilitator.exchange.errors import bad_row, problem
from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError
from facilitator.services.validate import MAX_TEXT
from facilitator.store.migrations import SCHEMA_VERSION, added_after
from facilitator.store.models import RECORD_MODELS, Record

Row = tuple[Any, ...]
Check = Callable[[Any], bool]

TABLES: dict[str, type[Record]] = {m._meta.table_name: m for m in RECORD_MODELS}
MAX_INT = 2**53
ID = re.compile(r"[0-9a-f]{32}")
DEVICE = re.compile(r"[0-9a-f]{1,32}")
VERSION = re.compile(r"\d{13}-\d{5}-[0-9a-f]{1,32}")
# Text fields that hold JSON: a bundle with malformed JSON in them is refused.
JSON_FIELDS = {
    "vote": ("items", "settings", "present_ids"),
    "tally": ("figures",),
    "ballot": ("choices",),
}


def member_name(table: str) -> str:
    return f"records/{table}.json"


@cache
def columns(model: type[Record]) -> tuple[str, ...]:
    """Field names in table order; a member's columns must be exactly these."""
    return tuple(f.name for f in model._meta.sorted_fields)


@cache
def columns_at(model: type[Record], schema: int) -> tuple[str, ...]:
    """The columns a member written by schema version `schema` has (later ones not yet)."""
    later = added_after(schema, model._meta.table_name)
    return tuple(name for name in columns(model) if name not in later)


@cache
def sql_columns(model: type[Record]) -> tuple[str, ...]:
    return tuple(f.column_name for f in model._meta.sorted_fields)


@cache
def bool_positions(model: type[Record]) -> tuple[int, ...]:
    fields = model._meta.sorted_fields
    return tuple(i for i, f in enumerate(fields) if isinstance(f, BooleanField))


def encode(model: type[Record], rows: Iterable[Sequence[Any]]) -> bytes:
    """A table's rows (in `columns` order, as read from SQLite) as a JSON member."""
    flags = bool_positions(model)
    out = []
    for row in rows:
        values = list(row)
        for i in flags:
            values[i] = bool(values[i])
        out.append(values)
    return dump_json({"columns": list(columns(model)), "rows": out})


def decode(model: type[Record], data: Any, file: str, schema: int = SCHEMA_VERSION) -> list[Row]:
    """Checked rows of a parsed member written by schema version `schema` (columns added
    since then get their defaults); refuses wrong columns, types, ids or JSON texts."""
    table = model._meta.table_name
    written = columns_at(model, schema)
    if not isinstance(data, dict) or data.get("columns") != list(written):
        raise _bad(
            file,
            table,
            0,
            QT_TRANSLATE_NOOP("Exchange", "its columns are not those of this version."),
        )
    rows = data.get("rows")
    if not isinstance(rows, list):
        raise _bad(file, table, 0, QT_TRANSLATE_NOOP("Exchange", "it holds no list of rows."))
    if written != columns(model):
        rows = [_padded(model, written, row) for row in rows]
    if not _columns_valid(model, rows):
        _find_bad_row(model, rows, file)  # the slow way, to name the row and the field
    return [tuple(row) for row in rows]


def _padded(model: type[Record], written: tuple[str, ...], row: Any) -> Any:
    """A row of an older member with the columns added since, at their defaults."""
    if type(row) is not list or len(row) != len(written):
        return row  # refused by the checks that follow, naming the row
    values = dict(zip(written, row, strict=True))
    fields = model._meta.fields
    return [values[n] if n in values else fields[n].default for n in columns(model)]


def _columns_valid(model: type[Record], rows: list[Any]) -> bool:
    """All rows checked a column at a time (fast); False when something is wrong."""
    width = len(columns(model))
    if not all(type(row) is list and len(row) == width for row in rows):
        return False
    if not rows:
        return True
    values = list(zip(*rows, strict=True))
    if len(set(values[0])) != len(rows):
        return False
    return all(check(column) for check, column in zip(_column_checks(model), values, strict=True))


def _find_bad_row(model: type[Record], rows: list[Any], file: str) -> None:
    table = model._meta.table_name
    checks = _checks(model)
    seen: set[Any] = set()
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, list) or len(row) != len(checks):
            raise _bad(
                file,
                table,
                number,
                QT_TRANSLATE_NOOP("Exchange", "the row does not have the expected values."),
            )
        for (name, check), value in zip(checks, row, strict=True):
            if not check(value):
                raise bad_row(
                    file,
                    table,
                    number,
                    problem(
                        QT_TRANSLATE_NOOP("Exchange", "the value of {field} is invalid."),
                        field=name,
                    ),
                )
        if row[0] in seen:
            raise _bad(file, table, number, QT_TRANSLATE_NOOP("Exchange", "the id repeats."))
        seen.add(row[0])
    raise _bad(file, table, 0, QT_TRANSLATE_NOOP("Exchange", "a value is invalid."))


def _bad(file: str, table: str, number: int, template: str) -> FacilitatorError:
    return bad_row(file, table, number, problem(template))


@cache
def _checks(model: type[Record]) -> tuple[tuple[str, Check], ...]:
    json_fields = JSON_FIELDS.get(model._meta.table_name, ())
    return tuple((f.name, _check_for(f, f.name in json_fields)) for f in model._meta.sorted_fields)


def _check_for(field: Any, holds_json: bool) -> Check:
    if field.primary_key or isinstance(field, ForeignKeyField):
        return _nullable(field, _matches(ID))
    if field.name == "device":
        return _matches(DEVICE)
    if field.name == "version":
        return _matches(VERSION)
    if isinstance(field, BooleanField):
        return lambda v: type(v) is bool
    if isinstance(field, IntegerField):
        return _nullable(field, lambda v: type(v) is int and -MAX_INT < v < MAX_INT)
    return _nullable(field, _json_text if holds_json else _text)


ColumnCheck = Callable[[Sequence[Any]], bool]


@cache
def _column_checks(model: type[Record]) -> tuple[ColumnCheck, ...]:
    return tuple(
        _column_check(f, check)
        for f, (_, check) in zip(model._meta.sorted_fields, _checks(model), strict=True)
    )


def _column_check(field: Any, check: Check) -> ColumnCheck:
    pattern = (
        ID
        if field.primary_key or isinstance(field, ForeignKeyField)
        else DEVICE
        if field.name == "device"
        else VERSION
        if field.name == "version"
        else None
    )
    if pattern is None:
        return lambda column: all(map(check, _distinct(column)))
    joined = re.compile(f"(?:{pattern.pattern})(?:\n(?:{pattern.pattern}))*")

    def check_all(column: Sequence[Any]) -> bool:
        present = [v for v in column if v is not None] if field.null else column
        if not all(type(v) is str for v in present):
            return False
        return not present or joined.fullmatch("\n".join(present)) is not None

    return check_all


def _distinct(column: Sequence[Any]) -> Iterable[Any]:
    """Texts once each (settings and figures repeat); other values all, as 1 == True."""
    return set(column) if all(type(v) is str for v in column) else column


def _nullable(field: Any, check: Check) -> Check:
    return (lambda v: v is None or check(v)) if field.null else check


def _matches(pattern: re.Pattern[str]) -> Check:
    return lambda v: type(v) is str and pattern.fullmatch(v) is not None


def _text(value: Any) -> bool:
    return type(value) is str and len(value) <= MAX_TEXT


def _json_text(value: Any) -> bool:
    if not _text(value):
        return False
    try:
        json.loads(value)
    except (ValueError, RecursionError):
        return False
    return True
