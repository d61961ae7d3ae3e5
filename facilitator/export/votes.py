"""The vote figures of each proposal, from the stored votes, as the export shows them."""

from __future__ import annotations

from typing import Any

from facilitator.services.platforms import list_platforms
from facilitator.services.results import latest_results

from .resolution import VoteSummary


def load_vote_summaries() -> dict[str, VoteSummary]:
    """Per proposal id, its latest figures combined: the decision from a count or named vote,
    dots and rank from dot voting, the means from a rating, the place from a ranking.

    Only closed votes count: an open one decides nothing, so its live figures are left out and
    the item is marked `open` instead.
    """
    summaries: dict[str, VoteSummary] = {}
    for platform in list_platforms():
        for proposal_id, entries in latest_results(platform.id).items():
            summaries[proposal_id] = combine(entries)
    return summaries


def combine(entries: list[dict[str, Any]]) -> VoteSummary:
    fields: dict[str, Any] = {}
    for entry in entries:
        if entry.get("vote_status", "closed") != "closed":
            fields["open"] = True
        else:
            figures = _figures(entry)
            if "place" in figures:  # a ranking's place ranks the item when dots do not
                fields.setdefault("rank", figures["place"])
            fields.update(figures)
        fields.setdefault("method", entry["method"])
    return VoteSummary(**fields)


def _figures(entry: dict[str, Any]) -> dict[str, Any]:
    if "result" in entry:
        return {
            "method": entry["method"],
            "for_": entry["for"],
            "against": entry["against"],
            "abstain": entry["abstain"],
            "outcome": entry["result"],
        }
    if "dots" in entry:
        return {"dots": entry["dots"], "rank": entry["rank"]}
    if "means" in entry:
        means = entry["means"]
        return {
            "effect": means.get("effect"),
            "feasibility": means.get("feasibility"),
            "quadrant": entry.get("quadrant"),
        }
    if "schulze_rank" in entry:
        return {"place": entry["schulze_rank"]}
    return {}
