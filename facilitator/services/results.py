"""Results of a session's votes, per platform and item, as JSON-ready data."""

from __future__ import annotations

from typing import Any

from facilitator.messages import FacilitatorError
from facilitator.services.platforms import list_platforms, platform_by_number
from facilitator.services.proposals import ProposalRow, list_proposals
from facilitator.services.vote_results import (
    Attendance,
    attendance,
    evaluate,
    items,
    live_attendance,
)
from facilitator.services.votes import list_votes
from facilitator.store.models import Platform, Vote


def vote_summary(
    vote: Vote, rows: dict[str, ProposalRow], live: Attendance | None = None
) -> dict[str, Any]:
    """One vote: its method, round, status and attendance, and each item's figures."""
    people = attendance(vote, live)
    summary: dict[str, Any] = {
        "id": vote.id,
        "method": vote.method,
        "round": vote.round,
        "status": vote.status,
        "present": people.present,
        "registered": people.registered,
        "items": [],
    }
    try:
        results = evaluate(vote, people=people)
    except FacilitatorError as error:  # e.g. ballots merged from a laptop with other attendance
        return summary | {"error": error.format()}
    entries = []
    for item_id in items(vote):  # in the vote's own order, whatever order the results come in
        figures = results.get(item_id)
        if figures is None:
            continue
        row = rows.get(item_id)
        if row is None:  # the proposal was deleted after the vote
            continue
        entries.append({"proposal_id": item_id, "code": row.code, "title": row.title, **figures})
    if any("rank" in e for e in entries):
        entries.sort(key=lambda e: e["rank"])
    elif any("borda_rank" in e for e in entries):
        entries.sort(key=lambda e: (e["schulze_rank"], e["borda_rank"]))
    return summary | {"items": entries}


def platform_results(platform: Platform) -> dict[str, Any]:
    rows = {r.id: r for r in list_proposals(platform.id)}
    live = live_attendance(platform.id)
    return {
        "number": platform.number,
        "title": platform.title,
        "votes": [vote_summary(v, rows, live) for v in list_votes(platform.id)],
    }


def results_report(platform_number: int | None = None) -> dict[str, Any]:
    """Every platform's votes (or one platform's), each with per-item results."""
    chosen = list_platforms() if platform_number is None else [platform_by_number(platform_number)]
    return {"platforms": [platform_results(p) for p in chosen]}


def latest_results(
    platform_id: str, proposals: list[ProposalRow] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Per proposal id, the figures of the latest round of each vote it was in.

    Each entry names its vote's method and `vote_status` (open or closed): an open vote's
    figures are live counts, not a decision.

    `proposals`, the platform's live proposals, when the caller has just read them.
    """
    rows = {r.id: r for r in (list_proposals(platform_id) if proposals is None else proposals)}
    latest: dict[tuple[str, str], Vote] = {}
    for vote in list_votes(platform_id):
        key = (vote.method, vote.items)
        if key not in latest or vote.round > latest[key].round:
            latest[key] = vote
    out: dict[str, list[dict[str, Any]]] = {}
    live = live_attendance(platform_id)
    for vote in latest.values():
        for entry in vote_summary(vote, rows, live)["items"]:
            entry = {"method": vote.method, "vote_status": vote.status, **entry}
            out.setdefault(entry["proposal_id"], []).append(entry)
    return out
