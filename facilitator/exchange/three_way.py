"""Field by field, against the merge base: what each side changed, and what both did.

A record edited here and on a platform since the platform's base is merged one field at a
time: a field only one side changed takes that side's value, and only a field both changed,
to different values, is left for a person to decide. Deleting (or restoring) a record that
the other side edited, or a platform's edit of a proposal merged here into another, stays a
conflict of the whole record: no edit is silently lost on a record nobody uses any more.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from facilitator.exchange.codec import TABLES, Row, columns
from facilitator.exchange.scope import rows_by_id
from facilitator.store.db import SessionFile
from facilitator.vocabulary import MERGED

IGNORED_IN_COMPARISON = ("id", "device", "version", "updated_at")

# The tables whose records a person edits field by field (the conflict dialog names them);
# their bases keep the row, so that each field can be compared with it.
FIELD_MERGED = ("participant", "proposal")
DELETED = 3  # the position of `deleted` in every record's row


@cache
def content_positions(table: str) -> tuple[int, ...]:
    names = columns(TABLES[table])
    return tuple(i for i, n in enumerate(names) if n not in IGNORED_IN_COMPARISON)


@dataclass(frozen=True)
class Outcome:
    merged: Row  # the secretariat's row with the platform's one-sided changes applied
    both: tuple[str, ...]  # the fields both sides changed to different values


def base_contents(rows: list[Row], table: str, held: dict[str, str]) -> list[str]:
    """What each new base keeps: nothing while this session holds that very row (`held`: id →
    version after the write; `keep_base` saves it before it changes), else the row itself."""
    if table not in FIELD_MERGED:
        return [""] * len(rows)
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    return ["" if held.get(row[0]) == row[2] else dumps(row) for row in rows]


def keep_base(sf: SessionFile, table: str, record: str, version: str) -> None:
    """Before this session changes a record, the bases that stand for its row at `version`
    keep that row: the base of a later field-by-field merge. (A base left without its row
    makes a conflict of the whole record: nothing is merged on a guess.)"""
    if table not in FIELD_MERGED:
        return
    row = rows_by_id(sf, table, [record]).get(record)
    if row is not None and row[2] == version:
        keep_bases(sf, table, [row])


def keep_bases(sf: SessionFile, table: str, rows: list[Row]) -> None:
    """These rows, about to be replaced here, stay with the bases that stand for them."""
    if table not in FIELD_MERGED or not rows:
        return
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    sf.db.connection().executemany(
        "UPDATE exchange_base SET content = ? WHERE record = ? AND version = ? AND content = ''",
        [(dumps(list(row)), row[0], row[2]) for row in rows],
    )


def base_row(sf: SessionFile, record: str, version: str) -> Row | None:
    """The row at the base version (a version names one state of one record), if kept."""
    sql = (
        "SELECT content FROM exchange_base WHERE record = ? AND version = ? AND content != '' "
        "LIMIT 1"
    )
    found = sf.db.connection().execute(sql, (record, version)).fetchone()
    return tuple(json.loads(found[0])) if found else None


def three_way(table: str, base: Row, local: Row, theirs: Row) -> Outcome | None:
    """The merged row and the fields left in conflict; None when only the whole record can
    be decided (one side deleted or restored it, or the base does not fit the table)."""
    names = columns(TABLES[table])
    if len(base) != len(local) or _retired(names, local) != _retired(names, theirs):
        return None
    merged = list(local)
    both: list[str] = []
    for at in content_positions(table):
        was, mine, new = base[at], local[at], theirs[at]
        if mine == new or new == was:
            continue
        if mine == was:
            merged[at] = new
        else:
            both.append(names[at])
    return Outcome(tuple(merged), tuple(both))


def _retired(names: tuple[str, ...], row: Row) -> tuple[bool, bool]:
    """Deleted, and merged into another proposal: states an edit must not slip past."""
    status = row[names.index("status")] if "status" in names else None
    return bool(row[DELETED]), status == MERGED
