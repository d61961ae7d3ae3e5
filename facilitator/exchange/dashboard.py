"""The secretariat's overview: per platform its kit, last bundle, changes, conflicts and gaps."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from peewee import fn

from facilitator.services.platforms import list_platforms
from facilitator.store.exchange_models import Conflict, ImportLog, PlatformKey
from facilitator.store.models import Proposal, Vote

NO_KIT, NO_BUNDLE = "no_kit", "no_bundle"


@dataclass
class PlatformStatus:
    platform_id: str
    number: int
    title: str
    kits: int
    bundles: int
    last_sequence: int | None = None
    last_exported_at: str = ""
    last_imported_at: str = ""
    last_counts: dict[str, Any] = field(default_factory=dict)
    proposals: int = 0
    votes: int = 0
    conflicts: int = 0
    missing: list[str] = field(default_factory=list)  # no_kit, no_bundle


def _count_by(model: Any, column: Any, where: Any = None) -> dict[str, int]:
    query = model.select(column, fn.COUNT(column)).group_by(column)
    return dict((query.where(where) if where is not None else query).tuples())


def platform_statuses() -> list[PlatformStatus]:
    """One status per live platform, in platform order."""
    kits = _count_by(PlatformKey, PlatformKey.platform)
    bundles = _count_by(ImportLog, ImportLog.platform)
    conflicts = _count_by(Conflict, Conflict.platform, Conflict.resolution == "")
    proposals = _count_by(Proposal, Proposal.platform, ~Proposal.deleted)
    votes = _count_by(Vote, Vote.platform, ~Vote.deleted)
    out = []
    for p in list_platforms():
        status = PlatformStatus(
            p.id,
            p.number,
            p.title,
            kits.get(p.id, 0),
            bundles.get(p.id, 0),
            proposals=proposals.get(p.id, 0),
            votes=votes.get(p.id, 0),
            conflicts=conflicts.get(p.id, 0),
        )
        _add_last(status)
        status.missing = [
            m for m, gap in ((NO_KIT, not status.kits), (NO_BUNDLE, not status.bundles)) if gap
        ]
        out.append(status)
    return out


def _add_last(status: PlatformStatus) -> None:
    last = (
        ImportLog.select()
        .where(ImportLog.platform == status.platform_id)
        .order_by(ImportLog.imported_at.desc(), ImportLog.id.desc())
        .first()
    )
    if last is not None:
        status.last_sequence = last.sequence
        status.last_exported_at = last.exported_at
        status.last_imported_at = last.imported_at
        status.last_counts = json.loads(last.counts)
