"""The vote figures of each proposal, from the stored votes, as the export shows them."""

from __future__ import annotations

from typing import Any

from facilitator.services.platforms import list_platforms
from facilitator.services.results import latest_results

from .resolution import VoteSummary


def load_vote_summaries() -> dict[str, VoteSummary]:
    """Per proposal id, its latest figures combined: the decision from a count or named vote,
    dots and rank from dot voting, the means from a rating, the place from a ranking."""
    summaries: dict[str, VoteSummary] = {}
    for platform in list_platforms():
        for proposal_id, entries in latest_results(platform.id).items():
            summaries[proposal_id] = combine(entries)
    return summaries


def combine(entries: list[dict[str, Any]]) -> VoteSummary:
    fields: dict[str, Any] = {}
    for entry in entries:
        method = entry["method"]
        if "result" in entry:
            fields.update(
                method=method,
                for_=entry["for"],
                against=entry["against"],
                abstain=entry["abstain"],
                outcome=entry["result"],
            )
        elif "dots" in entry:
            fields.update(dots=entry["dots"], rank=entry["rank"])
        elif "means" in entry:
            means = entry["means"]
            fields.update(effect=means.get("effect"), feasibility=means.get("feasibility"))
        elif "schulze_rank" in entry:
            fields.setdefault("rank", entry["schulze_rank"])
        fields.setdefault("method", method)
    return VoteSummary(**fields)
