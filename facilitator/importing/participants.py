"""Import a participant list: all rows or none, a second import of the same file adds nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from facilitator.importing.columns import PARTICIPANT_COLUMNS, RowErrors, map_columns, records
from facilitator.importing.report import ImportReport, natural_key
from facilitator.importing.tabular import read_table
from facilitator.messages import QT_TRANSLATE_NOOP, fail
from facilitator.services import records as store_records
from facilitator.services import validate
from facilitator.services.platforms import check_local_person
from facilitator.store.db import SessionFile
from facilitator.store.models import Participant, Platform


def import_participants(
    sf: SessionFile,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    table = read_table(path)
    mapping = map_columns(table, PARTICIPANT_COLUMNS, ("full_name",))
    header = {name: table.header[i] for name, i in mapping.index.items()}
    report = ImportReport(Path(path).name, ignored_columns=mapping.ignored)
    errors = RowErrors(table)
    platforms = _platform_lookup()
    seen = {
        natural_key(p.full_name, p.organisation)
        for p in Participant.select().where(~Participant.deleted)
    }
    new_rows: list[dict[str, Any]] = []
    for row, values in records(table, mapping):
        fields = {k: validate.clean(v) for k, v in values.items() if k != "platform"}
        errors.check(row, header["full_name"], validate.required, "full_name", fields["full_name"])
        if "platform" in values:
            fields["platform"] = errors.check(
                row, header["platform"], _platform, platforms, values["platform"]
            )
        for name in fields:
            errors.check(row, header[name], validate.text, name, fields[name])
        errors.check(row, header.get("platform"), check_local_person, sf, fields.get("platform"))
        key = natural_key(fields["full_name"], fields.get("organisation", ""))
        if key in seen:
            report.skipped += 1
            continue
        seen.add(key)
        new_rows.append(fields)
    errors.raise_if_any()
    if new_rows:
        sf.backup("before-import")
        with sf.atomic():
            report.ids = store_records.create_many(
                sf, Participant, new_rows, progress, should_cancel
            )
    report.added = len(new_rows)
    return report


def _platform_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for p in Platform.select().where(~Platform.deleted):
        lookup[str(p.number)] = p.id
        lookup[natural_key(p.title)[0]] = p.id
    return lookup


def _platform(lookup: dict[str, str], value: object) -> str | None:
    text = validate.clean(value)
    if not text:
        return None
    found = lookup.get(text) or lookup.get(natural_key(text)[0])
    if found is None:
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "there is no platform “{value}” in this session"),
            value=text,
        )
    return found
