"""Deciding, row by row, what a bundle does to the session: insert, update, keep, or conflict.

The base of a record is kept per device: the version last received from that device (a laptop
running one kit), else the version handed to it in its kit. A row whose version is not newer
than the base brings nothing new. A newer row is applied when the session's copy is still the
base; when the session's copy changed since (here, or by another device of the platform), the
two are merged field by field against the base (see three_way): what one side alone changed is
applied, and only the fields both changed become a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.exchange.codec import Row
from facilitator.exchange.scope import rows_by_id
from facilitator.exchange.three_way import (
    FIELD_MERGED,
    IGNORED_IN_COMPARISON,
    base_row,
    content_positions,
    three_way,
)
from facilitator.store.db import SessionFile

__all__ = ["IGNORED_IN_COMPARISON", "TablePlan", "plan_table"]
Conflict = tuple[Row, Row, tuple[str, ...] | None]  # local, theirs, the fields both changed


@dataclass
class TablePlan:
    table: str
    inserts: list[Row] = field(default_factory=list)
    updates: list[tuple[Row, Row]] = field(default_factory=list)  # (old, new)
    # (local, merged): edits of both sides to different fields, stamped when written
    merges: list[tuple[Row, Row]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)  # None: the whole record
    bases: list[Row] = field(default_factory=list)  # the rows that become the device's bases
    unchanged: int = 0

    @property
    def writes_records(self) -> bool:
        return bool(self.inserts or self.updates or self.merges)


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
        _classify(sf, plan, row, local_rows.get(row[0]), bases.get(row[0], ""))
    return plan


def _classify(sf: SessionFile, plan: TablePlan, row: Row, local: Row | None, base: str) -> None:
    version = row[2]
    if local is None:
        plan.inserts.append(row)
    elif version <= base or version == local[2]:
        plan.unchanged += 1
    elif local[2] == base:  # only the platform changed it
        plan.updates.append((local, row))
    elif same_content(plan.table, local, row):  # both changed it, to the same
        plan.unchanged += 1
    else:
        _both_changed(sf, plan, local, row, base)
    if version > base:
        plan.bases.append(row)


def _both_changed(sf: SessionFile, plan: TablePlan, local: Row, row: Row, base: str) -> None:
    """Apply what the platform alone changed; what both changed waits for a person."""
    kept = base_row(sf, row[0], base) if plan.table in FIELD_MERGED and base else None
    outcome = three_way(plan.table, kept, local, row) if kept is not None else None
    if outcome is None:
        plan.conflicts.append((local, row, None))
        return
    if outcome.merged != local:
        plan.merges.append((local, outcome.merged))
    if outcome.both:
        plan.conflicts.append((local, row, outcome.both))
    elif outcome.merged == local:
        plan.unchanged += 1
