"""Reading what the voting views show: a vote's items as proposal rows, the latest vote of one."""

from __future__ import annotations

from facilitator.services import votes
from facilitator.services.proposals import ProposalRow, list_proposals
from facilitator.services.vote_results import items
from facilitator.store.models import Vote


def platform_rows(platform_id: str) -> dict[str, ProposalRow]:
    """The live proposals of a platform by id."""
    return {row.id: row for row in list_proposals(platform_id)}


def vote_rows(
    vote: Vote, rows: dict[str, ProposalRow] | None = None
) -> tuple[list[ProposalRow], dict[str, ProposalRow]]:
    """The vote's items in the vote's order (deleted proposals left out), and all by id.

    Pass `rows` (the platform's, from platform_rows) when listing many votes: one query for all.
    """
    if rows is None:
        rows = platform_rows(vote.platform_id)
    return [rows[i] for i in items(vote) if i in rows], rows


def latest_vote_of(platform_id: str, proposal_id: str) -> Vote | None:
    """The vote to show for a proposal: an open one if there is one, else the latest."""
    found = [v for v in votes.list_votes(platform_id) if proposal_id in items(v)]
    open_ = [v for v in found if v.status == "open"]
    chosen = open_ or found
    return chosen[-1] if chosen else None
