"""Deciding, row by row, what a bundle does to the session: insert, update, keep, or conflict.

The base of a record is kept per device: the version last received from that device (a laptop
running one kit), else the version handed to it in its kit. A row whose version is not newer
than the base brings nothing new. A newer row is applied when the session's copy is still the
base; when the session's copy changed since (here, or by another device of the platform), the
two become a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from facilitator.exchange.codec import TABLES, Row, columns
from facilitator.exchange.scope import rows_by_id
from facilitator.store.db import SessionFile

IGNORED_IN_COMPARISON = ("id", "device", "version", "updated_at")


@dataclass
class TablePlan:
    table: str
    inserts: list[Row] = field(default_factory=list)
    updates: list[tuple[Row, Row]] = field(default_factory=list)  # (old, new)
    conflicts: list[tuple[Row, Row]] = field(default_factory=list)  # (local, theirs)
    bases: list[tuple[str, str]] = field(default_factory=list)  # (record id, version)
    unchanged: int = 0

    @property
    def writes_records(self) -> bool:
        return bool(self.inserts or self.updates)


@cache
def content_positions(table: str) -> tuple[int, ...]:
    names = columns(TABLES[table])
    return tuple(i for i, n in enumerate(names) if n not in IGNORED_IN_COMPARISON)


def same_content(table: str, a: Row, b: Row) -> bool:
    return all(a[i] == b[i] for i in content_positions(table))


def kit_source(key: str) -> str:
    """Bases handed in the kit with this public key."""
    return key


def device_source(key: str, device: str) -> str:
    """Bases received from one device running the kit with this key."""
    return f"{key}:{device}"


def load_bases(sf: SessionFile, key: str, device: str, platform: str) -> dict[str, str]:
    """Per record, the base of this device: received from it, else handed in its kit, else
    (files from before bases were kept per device) last received from its platform."""
    sources = (device_source(key, device), kit_source(key), platform)
    sql = "SELECT platform, record, version FROM exchange_base WHERE platform IN (?, ?, ?)"
    found: dict[str, dict[str, str]] = {source: {} for source in sources}
    for source, record, version in sf.db.connection().execute(sql, sources):
        found[source][record] = version
    return {**found[platform], **found[sources[1]], **found[sources[0]]}


def plan_table(sf: SessionFile, table: str, rows: list[Row], bases: dict[str, str]) -> TablePlan:
    plan = TablePlan(table)
    local_rows = rows_by_id(sf, table, [r[0] for r in rows])
    for row in rows:
        _classify(plan, row, local_rows.get(row[0]), bases.get(row[0], ""))
    return plan


def _classify(plan: TablePlan, row: Row, local: Row | None, base: str) -> None:
    record, version = row[0], row[2]
    if local is None:
        plan.inserts.append(row)
    elif version <= base or version == local[2]:
        plan.unchanged += 1
    elif local[2] == base:  # only the platform changed it
        plan.updates.append((local, row))
    elif same_content(plan.table, local, row):  # both changed it, to the same
        plan.unchanged += 1
    else:
        plan.conflicts.append((local, row))
    if version > base:
        plan.bases.append((record, version))
