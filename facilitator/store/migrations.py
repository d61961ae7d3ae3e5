"""Ordered schema steps: step N turns a version-N file into version N+1.

Each step is an explicit operation, never "create the tables of the current models" (which
would change whenever a model does). A file made today runs them all in turn.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from facilitator.store.schema_v1 import VERSION_1

Step = Callable[[SqliteDatabase], None]

# The text columns (NOT NULL, default "") each later version adds: version → table → columns.
# The exchange reads kits and bundles of an older version by these (padding the defaults).
ADDED_COLUMNS: dict[int, dict[str, tuple[str, ...]]] = {
    2: {"session": ("chair", "chair_position", "secretary", "secretary_position")},
    3: {"platform": ("secretary",)},
    # a merge base keeps the row it stands for (a field changed on one side only is merged, not
    # a conflict); a conflict names the fields both sides changed
    4: {"exchange_base": ("content",), "exchange_conflict": ("fields",)},
}


def _version_1(db: SqliteDatabase) -> None:
    for statement in VERSION_1:
        db.execute_sql(statement)


def _adding_columns(version: int) -> Step:
    def step(db: SqliteDatabase) -> None:
        for table, names in ADDED_COLUMNS[version].items():
            for name in names:
                db.execute_sql(
                    f'ALTER TABLE "{table}" ADD COLUMN "{name}" TEXT NOT NULL DEFAULT \'\''
                )

    return step


def _version_5(db: SqliteDatabase) -> None:
    """Bases found by record and version: a local edit keeps the row its bases stand for."""
    db.execute_sql(
        'CREATE INDEX "exchange_base_record_version" ON "exchange_base" ("record", "version")'
    )


STEPS: tuple[Step, ...] = (
    _version_1,
    *(_adding_columns(v) for v in sorted(ADDED_COLUMNS)),
    _version_5,
)
SCHEMA_VERSION = len(STEPS)


def added_after(version: int, table: str) -> tuple[str, ...]:
    """The columns of `table` that versions after `version` added, in the order added."""
    return tuple(
        name
        for later in sorted(ADDED_COLUMNS)
        if later > version
        for name in ADDED_COLUMNS[later].get(table, ())
    )
