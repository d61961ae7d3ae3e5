"""Writing a planned bundle: bulk inserts and updates, bases, history, conflicts."""

from __future__ import annotations

import json
from typing import Any

from facilitator.exchange.codec import TABLES, Row, columns, sql_columns
from facilitator.exchange.plan import TablePlan
from facilitator.exchange.three_way import base_contents, keep_bases
from facilitator.store.db import SessionFile, utc_now
from facilitator.store.exchange_models import Conflict


def row_dict(table: str, row: Row) -> dict[str, Any]:
    """A row as JSON-ready data (SQLite's 0/1 back to booleans where the field is one)."""
    model = TABLES[table]
    values = dict(zip(columns(model), row, strict=True))
    for f in model._meta.sorted_fields:
        if f.field_type == "BOOL" and values[f.name] is not None:
            values[f.name] = bool(values[f.name])
    return values


def write_plan(
    sf: SessionFile, plan: TablePlan, platform: str, source: str, sequence: int, note: str
) -> None:
    """Apply a plan; the bases move for `source` (the device that sent it) only."""
    conn = sf.db.connection()
    names = sql_columns(TABLES[plan.table])
    quoted = ", ".join(f'"{c}"' for c in names)
    if plan.inserts:
        marks = ", ".join("?" * len(names))
        conn.executemany(f'INSERT INTO "{plan.table}" ({quoted}) VALUES ({marks})', plan.inserts)
    plan.updates += [(old, _stamped(sf, merged)) for old, merged in plan.merges]
    plan.merges = []
    if plan.updates:
        keep_bases(sf, plan.table, [old for old, _ in plan.updates])
        sets = ", ".join(f'"{c}" = ?' for c in names[1:])
        conn.executemany(
            f'UPDATE "{plan.table}" SET {sets} WHERE id = ?',
            [(*new[1:], new[0]) for _, new in plan.updates],
        )
    held = {row[0]: row[2] for row in plan.inserts}
    held.update((new[0], new[2]) for _, new in plan.updates)
    write_bases(sf, source, plan.table, plan.bases, held)
    _write_history(sf, plan, note)
    for local, theirs, both in plan.conflicts:
        record_conflict(plan.table, platform, sequence, local, theirs, both)


def write_bases(
    sf: SessionFile, source: str, table: str, rows: list[Row], held: dict[str, str]
) -> None:
    """These rows (as `source` has them now) are its merge base from here on; `held`: the
    version this session now holds of each record (see `three_way.base_contents`)."""
    sf.db.connection().executemany(
        "INSERT OR REPLACE INTO exchange_base (platform, record, entity, version, content) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (source, r[0], table, r[2], content)
            for r, content in zip(rows, base_contents(rows, table, held), strict=True)
        ],
    )


def _stamped(sf: SessionFile, merged: Row) -> Row:
    """A merged row is a new state made here: this device's next version (never a base's)."""
    return (merged[0], sf.device, sf.tick(), *merged[3:])


def _write_history(sf: SessionFile, plan: TablePlan, note: str) -> None:
    at = utc_now()
    rows = [
        (at, r[1], plan.table, r[0], "delete" if r[3] else "create", note) for r in plan.inserts
    ]
    rows += [(at, new[1], plan.table, new[0], _action(old, new), note) for old, new in plan.updates]
    sf.db.connection().executemany(
        "INSERT INTO history (at, device, entity, record_id, action, changes) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )


def _action(old: Row, new: Row) -> str:
    if bool(old[3]) != bool(new[3]):
        return "delete" if new[3] else "restore"
    return "update"


def conflict_kind(local: Row, theirs: Row) -> str:
    if bool(local[3]) and not theirs[3]:
        return "deleted_here"
    if theirs[3] and not bool(local[3]):
        return "deleted_there"
    return "edit"


def record_conflict(
    table: str,
    platform: str,
    sequence: int,
    local: Row,
    theirs: Row,
    both: tuple[str, ...] | None = None,
) -> None:
    """Open a conflict, or bring an open one up to the platform's newer value; `both` names
    the fields changed on both sides (None: the whole record is in question)."""
    now = utc_now()
    fields = {
        "kind": conflict_kind(local, theirs),
        "local": json.dumps(row_dict(table, local), ensure_ascii=False),
        "theirs": json.dumps(row_dict(table, theirs), ensure_ascii=False),
        "local_version": local[2],
        "theirs_version": theirs[2],
        "theirs_device": theirs[1],
        "sequence": sequence,
        "fields": "" if both is None else json.dumps(list(both)),
    }
    open_one = Conflict.get_or_none(
        (Conflict.record == local[0]) & (Conflict.entity == table) & (Conflict.resolution == "")
    )
    if open_one is None:
        Conflict.create(entity=table, record=local[0], platform=platform, created_at=now, **fields)
    elif theirs[2] > open_one.theirs_version:
        Conflict.update(**fields).where(Conflict.id == open_one.id).execute()
