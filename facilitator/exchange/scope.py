"""What belongs to a platform: the rows its kit carries and the rows its bundles may write."""

from __future__ import annotations

from typing import Any

from facilitator.exchange.codec import TABLES, Row, sql_columns
from facilitator.store.db import SessionFile

# The tables a platform writes, parents before children (the order rows are inserted in).
OWNED: tuple[str, ...] = ("participant", "attendance", "proposal", "vote", "tally", "ballot")
SHARED: tuple[str, ...] = ("session", "platform")
_BY_VOTE = "vote_id IN (SELECT id FROM vote WHERE platform_id = ?)"
_OWNED_WHERE = {
    "participant": "platform_id = ?",
    "attendance": "platform_id = ?",
    "proposal": "platform_id = ?",
    "vote": "platform_id = ?",
    "tally": _BY_VOTE,
    "ballot": _BY_VOTE,
}
CHUNK = 500


def select_sql(table: str) -> str:
    names = ", ".join(f'"{c}"' for c in sql_columns(TABLES[table]))
    return f'SELECT {names} FROM "{table}"'


def owned_rows(sf: SessionFile, table: str, platform_id: str) -> list[Row]:
    """Every row of `table` the platform owns, tombstones included, in `columns` order."""
    sql = f"{select_sql(table)} WHERE {_OWNED_WHERE[table]} ORDER BY id"
    return list(sf.db.connection().execute(sql, (platform_id,)))


def kit_rows(sf: SessionFile, table: str, platform_id: str) -> list[Row]:
    """What a platform's kit carries: the shared setup, its own rows, and the guests."""
    conn = sf.db.connection()
    if table in SHARED:
        return list(conn.execute(f"{select_sql(table)} ORDER BY id"))
    if table == "participant":  # its own, the guests, and anyone registered at it
        sql = (
            f"{select_sql(table)} WHERE platform_id = ? OR platform_id IS NULL OR id IN "
            "(SELECT participant_id FROM attendance WHERE platform_id = ?) ORDER BY id"
        )
        return list(conn.execute(sql, (platform_id, platform_id)))
    return owned_rows(sf, table, platform_id)


def rows_by_id(sf: SessionFile, table: str, ids: list[str]) -> dict[str, Row]:
    """The current rows with these ids (those that exist), keyed by id."""
    found: dict[str, Row] = {}
    conn = sf.db.connection()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(f"{select_sql(table)} WHERE id IN ({marks})", chunk):
            found[row[0]] = row
    return found


def existing_ids(sf: SessionFile, table: str, ids: set[str]) -> set[str]:
    return set(rows_by_id(sf, table, sorted(ids))) if ids else set()


def platform_of(table: str, row: dict[str, Any], votes: dict[str, str]) -> str | None:
    """The platform a row belongs to (tallies and ballots through their vote)."""
    if table in ("tally", "ballot"):
        return votes.get(row["vote"])
    return row.get("platform")
