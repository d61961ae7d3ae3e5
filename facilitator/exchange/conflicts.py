"""Open conflicts between the secretariat's and a platform's edits, and how they are settled."""

from __future__ import annotations

import json
from typing import Any

from facilitator.exchange.codec import TABLES, sql_columns
from facilitator.exchange.errors import refuse
from facilitator.exchange.plan import IGNORED_IN_COMPARISON
from facilitator.exchange.scope import rows_by_id
from facilitator.exchange.three_way import keep_base
from facilitator.exchange.write import row_dict
from facilitator.messages import QT_TRANSLATE_NOOP
from facilitator.services import records
from facilitator.store.db import SessionFile, utc_now
from facilitator.store.exchange_models import Conflict
from facilitator.store.models import Platform

MINE, THEIRS, EDITED = "mine", "theirs", "edited"


def open_conflicts() -> list[Conflict]:
    return list(Conflict.select().where(Conflict.resolution == "").order_by(Conflict.id))


def describe(sf: SessionFile, conflict: Conflict) -> dict[str, Any]:
    """A conflict as JSON-ready data: both values, the fields that differ, where each came from."""
    mine, theirs = _current(sf, conflict), json.loads(conflict.theirs)
    both = both_sides(conflict)
    platform = Platform.get_or_none(Platform.id == conflict.platform)
    return {
        "id": conflict.id,
        "entity": conflict.entity,
        "record": conflict.record,
        "kind": conflict.kind,
        "platform": platform.number if platform else None,
        "platform_id": conflict.platform,
        "title": theirs.get("title") or mine.get("title") or theirs.get("full_name", ""),
        "fields": [
            {"name": name, "mine": mine[name], "theirs": theirs.get(name)}
            for name in mine
            if name not in IGNORED_IN_COMPARISON
            and mine[name] != theirs.get(name)
            and (both is None or name in both)
        ],
        "mine": {"values": mine, "version": mine["version"], "device": mine["device"]},
        "theirs": {
            "values": theirs,
            "version": conflict.theirs_version,
            "device": conflict.theirs_device,
            "sequence": conflict.sequence,
        },
        "created_at": conflict.created_at,
    }


def both_sides(conflict: Conflict) -> list[str] | None:
    """The fields both sides changed; None for a conflict over the whole record (a deletion,
    or one opened before the bases kept their rows)."""
    return list(json.loads(conflict.fields)) if conflict.fields else None


def _current(sf: SessionFile, conflict: Conflict) -> dict[str, Any]:
    """The secretariat's side as it is now (it may have been edited since the import)."""
    row = rows_by_id(sf, conflict.entity, [conflict.record]).get(conflict.record)
    return row_dict(conflict.entity, row) if row else json.loads(conflict.local)


def list_conflicts(sf: SessionFile) -> list[dict[str, Any]]:
    return [describe(sf, c) for c in open_conflicts()]


def resolve(
    sf: SessionFile, conflict_id: int, choice: str, values: dict[str, Any] | None = None
) -> None:
    """Settle a conflict: keep mine, take theirs (exactly as the platform sent it), or edit."""
    conflict = Conflict.get_or_none((Conflict.id == conflict_id) & (Conflict.resolution == ""))
    if conflict is None:
        raise refuse(QT_TRANSLATE_NOOP("Exchange", "There is no such open conflict."))
    with sf.atomic():
        if choice == THEIRS and not _only_their_row_left(sf, conflict):
            _take_theirs_fields(sf, conflict)
        elif choice == THEIRS:
            _take_theirs(sf, conflict)
        elif choice == EDITED:
            record = TABLES[conflict.entity].get_by_id(conflict.record)
            records.update(sf, record, **_editable(values or {}))
        elif choice != MINE:
            raise refuse(QT_TRANSLATE_NOOP("Exchange", "Choose mine, theirs or an edit."))
        conflict.resolution, conflict.resolved_at = choice, utc_now()
        conflict.save()


def _editable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in IGNORED_IN_COMPARISON}


def _only_their_row_left(sf: SessionFile, conflict: Conflict) -> bool:
    """True when taking the platform's fields leaves exactly its row: then its version too."""
    both = both_sides(conflict)
    if both is None:
        return True
    mine, theirs = _current(sf, conflict), json.loads(conflict.theirs)
    return all(
        mine[name] == theirs.get(name)
        for name in mine
        if name not in IGNORED_IN_COMPARISON and name not in both
    )


def _take_theirs_fields(sf: SessionFile, conflict: Conflict) -> None:
    """The platform's value of each field both sides changed; the rest stays as merged."""
    theirs = json.loads(conflict.theirs)
    record = TABLES[conflict.entity].get_by_id(conflict.record)
    records.update(sf, record, **{name: theirs[name] for name in both_sides(conflict) or ()})


def _take_theirs(sf: SessionFile, conflict: Conflict) -> None:
    """Write the platform's row as it came, version included: the record is back at the base."""
    model = TABLES[conflict.entity]
    theirs = json.loads(conflict.theirs)
    names = sql_columns(model)
    values = [theirs[f.name] for f in model._meta.sorted_fields]
    sets = ", ".join(f'"{c}" = ?' for c in names[1:])
    keep_base(sf, conflict.entity, conflict.record, model.get_by_id(conflict.record).version)
    sf.db.connection().execute(
        f'UPDATE "{conflict.entity}" SET {sets} WHERE id = ?', (*values[1:], values[0])
    )
    changes = {"conflict": conflict.id, "taken": "theirs"}
    records.write_history(sf, conflict.entity, conflict.record, "update", changes)
