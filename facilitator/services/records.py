"""Create, change, tombstone and restore any record, writing its history in the same step."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, fail
from facilitator.store.db import SessionFile, utc_now
from facilitator.store.models import BaseModel, History, Record, new_id

R = TypeVar("R", bound=Record)
FACT_NAMESPACE = uuid.UUID("6f1f3c1e-9a57-4c39-9d0b-5a4c1f1e2b7d")


def fact_id(*parts: str) -> str:
    """The same id on every laptop for the same fact (a tally, a ballot, someone's attendance
    at a platform), so that copies made in two places merge as one record."""
    return uuid.uuid5(FACT_NAMESPACE, "/".join(parts)).hex


def _plain(value: Any) -> Any:
    return value.id if isinstance(value, Record) else value


def write_history(
    sf: SessionFile, entity: str, record_id: str, action: str, changes: dict[str, Any]
) -> None:
    History.insert(
        at=utc_now(),
        device=sf.device,
        entity=entity,
        record_id=record_id,
        action=action,
        changes=json.dumps(changes, ensure_ascii=False),
    ).execute()


def create(sf: SessionFile, model: type[R], **fields: Any) -> R:
    with sf.atomic():
        record = model.create(device=sf.device, version=sf.tick(), **fields)
        # A creation's values are the record itself; updates store [old, new] from there on.
        write_history(sf, model._meta.table_name, record.id, "create", {})
    return record


def update(sf: SessionFile, record: R, **fields: Any) -> dict[str, tuple[Any, Any]]:
    """Apply the fields that differ; returns them as field → (old, new).

    Compared with the record as stored when the write begins, and only the changed columns
    written: another writer's change to other fields of the same record is kept.
    """
    with sf.atomic():
        stored = type(record).get_by_id(record.id)
        changed = {
            key: (_plain(getattr(stored, key)), _plain(value))
            for key, value in fields.items()
            if _plain(getattr(stored, key)) != _plain(value)
        }
        if changed:
            for key, (_, new) in changed.items():
                setattr(stored, key, fields[key] if isinstance(fields[key], Record) else new)
            _stamp(sf, stored, *changed)
            history = {key: [old, new] for key, (old, new) in changed.items()}
            write_history(sf, stored._meta.table_name, stored.id, "update", history)
    record.__data__.update(stored.__data__)
    return changed


def set_deleted(sf: SessionFile, record: Record, deleted: bool) -> None:
    """Tombstone (or bring back) a record; rows are never removed from the file."""
    if record.deleted == deleted:
        return
    with sf.atomic():
        record.deleted = deleted
        _stamp(sf, record, "deleted")
        action = "delete" if deleted else "restore"
        write_history(sf, record._meta.table_name, record.id, action, {})


def _stamp(sf: SessionFile, record: Record, *names: str) -> None:
    """Save the named fields with this device's new version (and the time, where kept)."""
    from facilitator.exchange.three_way import keep_base  # the exchange builds on services

    keep_base(sf, record._meta.table_name, record.id, record.version)
    record.device = sf.device
    record.version = sf.tick()
    written = {"device", "version", *names}
    if hasattr(record, "updated_at"):
        record.updated_at = utc_now()
        written.add("updated_at")
    record.save(only=[record._meta.fields[n] for n in sorted(written)])


BATCH = 500


def create_many(
    sf: SessionFile,
    model: type[Record],
    rows: list[dict[str, Any]],
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> list[str]:
    """Insert many records with their history in the caller's transaction; returns their ids.

    Bulk inserts in batches: one `create` per row would be many times slower.
    """
    at, entity = utc_now(), model._meta.table_name
    ids: list[str] = []
    for start in range(0, len(rows), BATCH):
        if should_cancel and should_cancel():
            raise cancelled()
        batch = rows[start : start + BATCH]
        full = [{"id": new_id(), "device": sf.device, "version": sf.tick(), **r} for r in batch]
        insert_rows(sf, model, full)
        history = [
            {
                "at": at,
                "device": sf.device,
                "entity": entity,
                "record_id": r["id"],
                "action": "create",
                "changes": "{}",
            }
            for r in full
        ]
        insert_rows(sf, History, history)
        ids.extend(r["id"] for r in full)
        if progress:
            progress(min(start + BATCH, len(rows)), len(rows))
    return ids


def insert_rows(sf: SessionFile, model: type[BaseModel], rows: list[dict[str, Any]]) -> None:
    """Plain executemany: peewee's insert_many spends most of its time building SQL."""
    if not rows:
        return
    names = list(rows[0])
    columns = [model._meta.fields[n].column_name for n in names]
    defaults = {
        f.name: f.default
        for f in model._meta.sorted_fields
        if f.name not in names and f.default is not None and not callable(f.default)
    }
    columns += [model._meta.fields[n].column_name for n in defaults]
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        model._meta.table_name,
        ", ".join(f'"{c}"' for c in columns),
        ", ".join("?" for _ in columns),
    )
    values = [(*(r[n] for n in names), *defaults.values()) for r in rows]
    sf.db.connection().executemany(sql, values)


def cancelled() -> FacilitatorError:
    return fail(QT_TRANSLATE_NOOP("Messages", "Cancelled: nothing was changed."))
