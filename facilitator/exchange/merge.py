"""Merging bundles into the secretariat's session: preview (dry run) or one atomic apply."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from facilitator.exchange.files import read_file
from facilitator.exchange.incoming import Bundle, read_bundle
from facilitator.exchange.plan import TablePlan, load_bases, plan_table
from facilitator.exchange.scope import OWNED
from facilitator.exchange.write import write_plan
from facilitator.services.records import cancelled
from facilitator.store.db import SessionFile, utc_now
from facilitator.store.exchange_models import ImportLog

IMPORTED, OLDER, ALREADY = "imported", "older", "already_imported"
Progress = Callable[[int, int], None]  # bundles done, bundles in all
CACHE_KIB = -65536  # negative: in KiB, i.e. 64 MiB


@dataclass
class BundleReport:
    """What one bundle did (or, in a preview, would do)."""

    file: str
    platform: int
    platform_id: str
    device: str
    sequence: int
    created_at: str
    status: str  # imported, older (merged: versions decide), already_imported (nothing done)
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rows: dict[str, int] = field(default_factory=dict)


@dataclass
class MergeReport:
    bundles: list[BundleReport]
    dry_run: bool
    backup: str | None = None

    @property
    def changed_anything(self) -> bool:
        return any(b.new or b.changed or b.conflicts for b in self.bundles)

    def to_json(self) -> dict[str, Any]:
        totals = {
            k: sum(getattr(b, k) for b in self.bundles)
            for k in ("new", "changed", "unchanged", "conflicts")
        }
        return {
            "dry_run": self.dry_run,
            "backup": self.backup,
            "totals": totals,
            "bundles": [asdict(b) for b in self.bundles],
        }


Source = tuple[str, bytes]  # a file's name (for messages) and its bytes


def merge_files(
    sf: SessionFile,
    paths: Sequence[Path],
    dry_run: bool = False,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> MergeReport:
    sources = [(Path(p).name, read_file(Path(p))) for p in paths]
    return merge(sf, sources, dry_run, progress, should_cancel)


def merge(
    sf: SessionFile,
    sources: Sequence[Source],
    dry_run: bool = False,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> MergeReport:
    """Verify every bundle, then apply them all in one transaction (oldest first), or none.

    `progress(done, total)` follows the bundles; `should_cancel()` true before the next one
    rolls everything back (a backup already written stays)."""
    bundles = sorted(
        (read_bundle(sf, data, name) for name, data in sources),
        key=lambda b: (b.number, b.device, b.sequence),
    )
    report = MergeReport([], dry_run)
    if not dry_run and any(_status(b, set()) != ALREADY for b in bundles):
        report.backup = str(sf.backup("before-merge"))
    with _big_cache(sf), sf.atomic() as transaction:
        done: set[str] = set()
        for at, bundle in enumerate(bundles):
            if should_cancel is not None and should_cancel():
                raise cancelled()
            report.bundles.append(_merge_one(sf, bundle, done))
            if progress is not None:
                progress(at + 1, len(bundles))
        if dry_run:
            transaction.rollback()
    return report


@contextmanager
def _big_cache(sf: SessionFile) -> Iterator[None]:
    """A larger page cache while many index entries are written (a third faster here)."""
    before = sf.db.execute_sql("PRAGMA cache_size").fetchone()[0]
    sf.db.execute_sql(f"PRAGMA cache_size = {CACHE_KIB}")
    try:
        yield
    finally:
        sf.db.execute_sql(f"PRAGMA cache_size = {int(before)}")


def _merge_one(sf: SessionFile, bundle: Bundle, done: set[str]) -> BundleReport:
    status = _status(bundle, done)
    result = BundleReport(
        bundle.file,
        bundle.number,
        bundle.platform,
        bundle.device,
        bundle.sequence,
        bundle.created_at,
        status,
        rows=bundle.row_counts,
    )
    done.add(bundle.digest)
    if status == ALREADY:
        return result
    bases = load_bases(sf, bundle.platform)
    note = json.dumps(
        {
            "bundle": {
                "platform": bundle.number,
                "device": bundle.device,
                "sequence": bundle.sequence,
            }
        }
    )
    for table in OWNED:
        plan = plan_table(sf, table, bundle.tables[table], bases)
        write_plan(sf, plan, bundle.platform, bundle.sequence, note)
        _count(result, plan)
    _observe(sf, bundle)
    _log(bundle, result)
    return result


def _status(bundle: Bundle, done: set[str]) -> str:
    if (
        bundle.digest in done
        or ImportLog.select().where(ImportLog.digest == bundle.digest).exists()
    ):
        return ALREADY
    last = (
        ImportLog.select(ImportLog.sequence)
        .where((ImportLog.device == bundle.device) & (ImportLog.platform == bundle.platform))
        .order_by(ImportLog.sequence.desc())
        .limit(1)
        .scalar()
    )
    return OLDER if last is not None and bundle.sequence <= last else IMPORTED


def _count(result: BundleReport, plan: TablePlan) -> None:
    result.new += len(plan.inserts)
    result.changed += len(plan.updates)
    result.unchanged += plan.unchanged
    result.conflicts += len(plan.conflicts)


def _observe(sf: SessionFile, bundle: Bundle) -> None:
    """Later edits here must sort after everything received."""
    newest = max((r[2] for rows in bundle.tables.values() for r in rows), default=None)
    sf.clock.observe(newest)


def _log(bundle: Bundle, result: BundleReport) -> None:
    counts = {k: getattr(result, k) for k in ("new", "changed", "unchanged", "conflicts")}
    ImportLog.create(
        digest=bundle.digest,
        platform=bundle.platform,
        device=bundle.device,
        sequence=bundle.sequence,
        exported_at=bundle.created_at,
        imported_at=utc_now(),
        status=result.status,
        counts=json.dumps({**counts, "rows": bundle.row_counts}),
    )
