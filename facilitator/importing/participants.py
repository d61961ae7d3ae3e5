"""Import a participant list: all rows or none, a second import of the same file adds nothing."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facilitator.importing.columns import PARTICIPANT_COLUMNS, RowErrors, map_columns, records
from facilitator.importing.report import ImportReport, natural_key
from facilitator.importing.tabular import read_table
from facilitator.messages import QT_TRANSLATE_NOOP, fail, msg
from facilitator.services import records as store_records
from facilitator.services import validate
from facilitator.services.participants import set_present
from facilitator.services.platforms import check_local_person
from facilitator.store.db import SessionFile
from facilitator.store.models import Participant, Platform

log = logging.getLogger(__name__)


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
    seen: dict[tuple[str, ...], int | str] = {
        natural_key(p.full_name, p.organisation): str(p.id)
        for p in Participant.select().where(~Participant.deleted)
    }
    new_rows: list[dict[str, Any]] = []
    marks: list[tuple[int | str, str, bool]] = []  # (new row index or id, platform, present)
    for row, values in records(table, mapping):
        fields = {k: validate.clean(v) for k, v in values.items() if k not in EXTRA}
        errors.check(row, header["full_name"], validate.required, "full_name", fields["full_name"])
        if "platform" in values:
            fields["platform"] = errors.check(
                row, header["platform"], _platform, platforms, values["platform"]
            )
        for name in fields:
            errors.check(row, header[name], validate.text, name, fields[name])
        errors.check(row, header.get("platform"), check_local_person, sf, fields.get("platform"))
        present = _presence(errors, row, header, values, fields)
        key = natural_key(fields["full_name"], fields.get("organisation", ""))
        who = seen.get(key, len(new_rows))
        if present is not None and fields.get("platform"):
            marks.append((who, fields["platform"], present))
        if key in seen:
            report.skipped += 1
            continue
        seen[key] = who
        new_rows.append(fields)
    errors.raise_if_any()
    if new_rows or marks:
        sf.backup("before-import")
        with sf.atomic():
            report.ids = store_records.create_many(
                sf, Participant, new_rows, progress, should_cancel
            )
            report.present = _mark(sf, marks, report.ids)
    report.added = len(new_rows)
    log.info(
        "participants imported from %s: %d added, %d skipped",
        report.file, report.added, report.skipped,
    )  # fmt: skip
    return report


EXTRA = ("platform", "present")


def _presence(
    errors: RowErrors, row: int, header: dict[str, str], values: dict[str, Any], fields: Any
) -> bool | None:
    if "present" not in values:
        return None
    present: bool | None = errors.check(
        row, header["present"], validate.presence, values["present"]
    )
    if present is not None and not fields.get("platform"):
        errors.add(
            row,
            header["present"],
            msg(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "a presence mark needs the participant's platform (fill in the platform "
                    "column)",
                )
            ),
        )
    return present


def _mark(sf: SessionFile, marks: list[tuple[int | str, str, bool]], ids: list[str]) -> int:
    """Record the attendance the file gives; returns how many are marked present."""
    for who, platform, present in marks:
        person = ids[who] if isinstance(who, int) else who
        set_present(sf, person, platform, present)
    return sum(1 for _, _, present in marks if present)


def _platform_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for p in Platform.select().where(~Platform.deleted):
        lookup[str(p.number)] = p.id
        lookup[natural_key(p.title)[0]] = p.id
    return lookup


# «Площадка 1», «Platform 1», «№ 1», «1.», «#1»: the number is what counts.
NUMBERED = re.compile(r"(?:площадка|platform)?\s*(?:№|no\.?|#)?\s*(\d+)\s*\.?", re.IGNORECASE)


def _platform(lookup: dict[str, str], value: object) -> str | None:
    text = validate.clean(value)
    if not text:
        return None
    numbered = NUMBERED.fullmatch(text)
    found = lookup.get(natural_key(text)[0]) or (
        lookup.get(numbered.group(1)) if numbered else None
    )
    if found is None:
        numbers = sorted(int(k) for k in lookup if k.isdigit())
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages",
                "there is no platform “{value}” in this session (write a platform's number: "
                "{numbers}, or its title)",
            ),
            value=text,
            numbers=", ".join(map(str, numbers)),
        )
    return found
