"""Create, change, tombstone and restore any record, writing its history in the same step."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from facilitator.store.db import SessionFile, utc_now
from facilitator.store.models import History, Record

R = TypeVar("R", bound=Record)


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
        changes = {key: _plain(value) for key, value in fields.items()}
        write_history(sf, model._meta.table_name, record.id, "create", changes)
    return record


def update(sf: SessionFile, record: R, **fields: Any) -> dict[str, tuple[Any, Any]]:
    """Apply the fields that differ; returns them as field → (old, new)."""
    changed = {
        key: (_plain(getattr(record, key)), _plain(value))
        for key, value in fields.items()
        if _plain(getattr(record, key)) != _plain(value)
    }
    if not changed:
        return {}
    with sf.atomic():
        for key, (_, new) in changed.items():
            setattr(record, key, fields[key] if isinstance(fields[key], Record) else new)
        record.device = sf.device
        record.version = sf.tick()
        if hasattr(record, "updated_at"):
            record.updated_at = utc_now()
        record.save()
        history = {key: [old, new] for key, (old, new) in changed.items()}
        write_history(sf, record._meta.table_name, record.id, "update", history)
    return changed


def set_deleted(sf: SessionFile, record: Record, deleted: bool) -> None:
    """Tombstone (or bring back) a record; rows are never removed from the file."""
    if record.deleted == deleted:
        return
    with sf.atomic():
        record.deleted = deleted
        record.device = sf.device
        record.version = sf.tick()
        record.save()
        action = "delete" if deleted else "restore"
        write_history(sf, record._meta.table_name, record.id, action, {})
