"""Import proposals into one platform: all rows or none; known rows are not added twice."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facilitator.importing.columns import PROPOSAL_COLUMNS, RowErrors, map_columns, records
from facilitator.importing.report import ImportReport, natural_key
from facilitator.importing.tabular import read_table
from facilitator.services import proposals, validate
from facilitator.services import records as store_records
from facilitator.services.platforms import check_local
from facilitator.store.db import SessionFile, utc_now
from facilitator.store.models import Platform, Proposal
from facilitator.vocabulary import DRAFT, PROPOSAL

log = logging.getLogger(__name__)
CHECKS: dict[str, Callable[[str, object], str]] = {
    "title": validate.required,
    "kind": lambda _, v: validate.kind(v) if validate.clean(v) else PROPOSAL,
    "status": lambda _, v: validate.status(v) if validate.clean(v) else DRAFT,
    "deadline": validate.date,
}


def import_proposals(
    sf: SessionFile,
    platform: Platform,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    check_local(sf, platform.id)
    table = read_table(path)
    mapping = map_columns(table, PROPOSAL_COLUMNS, ("title",))
    header = {name: table.header[i] for name, i in mapping.index.items()}
    report = ImportReport(Path(path).name, ignored_columns=mapping.ignored)
    errors = RowErrors(table)
    rows = [_fields(values, row, header, errors) for row, values in records(table, mapping)]
    errors.raise_if_any()
    if _new_rows(sf, platform, rows):
        sf.backup("before-import")
        # Read what is there and number the new rows inside the write transaction: another
        # writer cannot slip its own rows (or numbers) in between.
        with sf.atomic():
            new_rows = _new_rows(sf, platform, rows)
            report.ids = store_records.create_many(sf, Proposal, new_rows, progress, should_cancel)
        report.added = len(new_rows)
    report.skipped = len(rows) - report.added
    log.info(
        "proposals imported into platform %d from %s: %d added, %d skipped",
        platform.number, report.file, report.added, report.skipped,
    )  # fmt: skip
    return report


def _new_rows(
    sf: SessionFile, platform: Platform, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The rows not on the platform yet (nor twice in the file), numbered after its last."""
    seen = {
        natural_key(p.kind, p.title, p.text)
        for p in Proposal.select().where((Proposal.platform == platform.id) & ~Proposal.deleted)
    }
    number, now = proposals.next_number(sf, platform.id), utc_now()
    new_rows: list[dict[str, Any]] = []
    for fields in rows:
        key = natural_key(fields["kind"], fields["title"], fields.get("text", ""))
        if key in seen:
            continue
        seen.add(key)
        new_rows.append(
            {
                **fields,
                "platform": platform.id,
                "number": number + len(new_rows),
                "created_at": now,
                "updated_at": now,
            }
        )
    return new_rows


def _fields(
    values: dict[str, object], row: int, header: dict[str, str], errors: RowErrors
) -> dict[str, Any]:
    fields: dict[str, Any] = {"kind": PROPOSAL, "status": DRAFT}
    for name, value in values.items():
        check = CHECKS.get(name)
        if check is None:
            fields[name] = validate.clean(value)
        else:
            fields[name] = errors.check(row, header[name], check, name, value)
    if "tags" in fields:
        fields["tags"] = proposals.normalise_tags(fields["tags"])
    fields["kind"] = fields["kind"] or PROPOSAL
    fields["title"] = fields.get("title") or ""
    return fields
