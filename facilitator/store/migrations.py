"""Ordered schema steps: step N turns a version-N file into version N+1."""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from facilitator.store.exchange_models import EXCHANGE_MODELS
from facilitator.store.models import ALL_MODELS


def _create_tables(db: SqliteDatabase) -> None:
    db.create_tables(ALL_MODELS)
    db.create_tables(EXCHANGE_MODELS)


STEPS: tuple[Callable[[SqliteDatabase], None], ...] = (_create_tables,)
SCHEMA_VERSION = len(STEPS)
