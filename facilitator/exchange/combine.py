"""Merging similar proposals into one, keeping their lineage and votes; and undoing a merge.

Rule for votes: dots (and other additive figures) are summed over the originals; for-against
counts are never summed, because each platform counted its own room: each original keeps its
vote, and the merged proposal is adopted when any original was adopted.
"""

from __future__ import annotations

import json
from typing import Any

from facilitator.exchange.errors import refuse
from facilitator.exchange.three_way import keep_base
from facilitator.messages import QT_TRANSLATE_NOOP
from facilitator.services import proposals, records
from facilitator.store.db import SessionFile, utc_now
from facilitator.store.exchange_models import Lineage
from facilitator.store.models import Platform, Proposal, Tally
from facilitator.vocabulary import ADOPTED, DRAFT, MERGED, REJECTED, VOTING, WITHDRAWN

# The merged proposal takes the first of these statuses that any original has.
STATUS_ORDER = (ADOPTED, VOTING, DRAFT, REJECTED, WITHDRAWN)
SUMMED = ("dots",)


def _originals(ids: list[str]) -> list[Proposal]:
    found = list(
        Proposal.select()
        .join(Platform)
        .where(Proposal.id.in_(ids) & ~Proposal.deleted & (Proposal.status != MERGED))
        .order_by(Platform.number, Proposal.number)
    )
    if len(ids) < 2 or len(found) != len(set(ids)):
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Exchange", "Choose at least two live proposals that are not merged already."
            )
        )
    return found


def merged_status(statuses: list[str]) -> str:
    return next((s for s in STATUS_ORDER if s in statuses), DRAFT)


def preview_merge(ids: list[str]) -> dict[str, Any]:
    """What merging `ids` would make, written nowhere: the kind, title and status it takes (the
    first original's, in platform order), each original, and what happens to their votes."""
    originals = _originals(ids)
    first = originals[0]
    dots = 0
    counted: list[str] = []
    live = Tally.select().where(Tally.proposal.in_([p.id for p in originals]) & ~Tally.deleted)
    for tally in live:
        figures = json.loads(tally.figures)
        if isinstance(figures, dict) and type(figures.get("dots")) is int:
            dots += figures["dots"]
        elif isinstance(figures, dict) and "for" in figures:
            counted.append(tally.proposal_id)
    return {
        "kind": first.kind,
        "title": first.title,
        "status": merged_status([p.status for p in originals]),
        "originals": [
            {
                "id": p.id,
                "platform": p.platform.number,
                "code": f"{p.platform.number}.{p.number}",
                "kind": p.kind,
                "title": p.title,
                "status": p.status,
            }
            for p in originals
        ],
        "kinds_differ": len({p.kind for p in originals}) > 1,
        "dots": dots,
        "counted": sorted(set(counted)),  # for/against counts stay with their original
    }


def merge_proposals(sf: SessionFile, ids: list[str], title: str = "") -> str:
    """A new proposal standing for the originals, which become "merged"; returns its id."""
    originals = _originals(ids)
    first = originals[0]
    tags = ", ".join(t for p in originals for t in p.tags.split(",") if t.strip())
    with sf.atomic():
        merged = proposals.add_proposal(
            sf,
            first.platform_id,
            title or first.title,
            first.kind,
            text=first.text,
            tags=tags,
            presenter=first.presenter,
            organisation=first.organisation,
            responsible=first.responsible,
            deadline=first.deadline,
            status=merged_status([p.status for p in originals]),
        )
        for p in originals:
            _retire(sf, merged.id, p)
    return str(merged.id)


def _retire(sf: SessionFile, merged_id: str, original: Proposal) -> None:
    before = {"status": original.status, "version": original.version, "device": original.device}
    records.update(sf, original, status=MERGED)
    Lineage.create(
        merged=merged_id,
        original=original.id,
        platform=original.platform_id,
        title=original.title,
        text=original.text,
        merged_at=utc_now(),
        after=original.version,
        **before,
    )


def undo_merge(sf: SessionFile, merged_id: str) -> None:
    """Bring the originals back as they were and retire the merged proposal."""
    links = list(Lineage.select().where((Lineage.merged == merged_id) & (Lineage.undone_at == "")))
    if not links:
        raise refuse(QT_TRANSLATE_NOOP("Exchange", "This proposal is not a merge to undo."))
    with sf.atomic():
        for link in links:
            _restore(sf, link)
        records.set_deleted(sf, Proposal.get_by_id(merged_id), True)


def _restore(sf: SessionFile, link: Lineage) -> None:
    original = Proposal.get_by_id(link.original)
    if original.version == link.after:  # untouched since: exactly as before, version and all
        keep_base(sf, "proposal", original.id, original.version)
        Proposal.update(status=link.status, version=link.version, device=link.device).where(
            Proposal.id == original.id
        ).execute()
        records.write_history(
            sf,
            "proposal",
            original.id,
            "update",
            {"status": [MERGED, link.status], "undo_merge": link.merged},
        )
    else:
        records.update(sf, original, status=link.status)
    link.undone_at = utc_now()
    link.save()


def lineage(merged_id: str) -> list[dict[str, Any]]:
    """Where a merged proposal came from: each original's platform, title, text and status."""
    query: Any = (
        Lineage.select(Lineage, Platform.number)
        .join(Platform, on=(Lineage.platform == Platform.id))
        .where((Lineage.merged == merged_id) & (Lineage.undone_at == ""))
        .order_by(Platform.number)
        .dicts()
    )
    keys = ("original", "title", "text", "status")
    return [{"platform": r["number"], **{k: r[k] for k in keys}} for r in query]


def merged_into(original_id: str) -> str | None:
    """The live merged proposal an original now stands under, if any."""
    link = Lineage.get_or_none((Lineage.original == original_id) & (Lineage.undone_at == ""))
    return None if link is None else str(link.merged)


def combined_votes(merged_id: str) -> dict[str, Any]:
    """The originals' votes under the rule above: sums of dots, counts kept per original."""
    links = lineage(merged_id)
    per_original: dict[str, list[Any]] = {link["original"]: [] for link in links}
    totals = dict.fromkeys(SUMMED, 0)
    for tally in Tally.select().where(Tally.proposal.in_(list(per_original)) & ~Tally.deleted):
        figures = json.loads(tally.figures)
        per_original[tally.proposal_id].append(figures)
        for key in SUMMED:
            if isinstance(figures, dict) and type(figures.get(key)) is int:
                totals[key] += figures[key]
    return {
        "rule": "dots summed; counts kept per original; adopted if any original was adopted",
        "totals": totals,
        "per_original": per_original,
        "adopted": any(link["status"] == ADOPTED for link in links),
    }
