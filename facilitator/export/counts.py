"""The figures the documents give, each defined once, for the body, appendices and protocols.

registered — participants assigned to a platform; present — of them, those marked present;
considered — items put to a closed vote or decided (adopted, rejected); adopted — items adopted;
open — items whose vote is not finished (neither considered nor adopted).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from facilitator.services.participants import ParticipantRow
from facilitator.services.proposals import ProposalRow
from facilitator.vocabulary import ADOPTED, REJECTED

from .figures import CONSIDERED, OPEN, standing
from .resolution import VoteSummary

CONSIDERED_STANDINGS = frozenset({ADOPTED, REJECTED, "no_quorum", CONSIDERED})


@dataclass(frozen=True, slots=True)
class Counts:
    registered: int
    present: int
    considered: int
    adopted: int
    open: int


def considered(row: ProposalRow, vote: VoteSummary | None) -> bool:
    return standing(row.status, vote) in CONSIDERED_STANDINGS


def count(
    people: Iterable[ParticipantRow],
    rows: Iterable[ProposalRow],
    votes: Mapping[str, VoteSummary],
) -> Counts:
    """The figures of the given people and items (a platform's, or the whole session's)."""
    on_platforms = [p for p in people if p.platform_id]
    standings = [standing(row.status, votes.get(row.id)) for row in rows]
    return Counts(
        registered=len(on_platforms),
        present=sum(1 for p in on_platforms if p.present),
        considered=sum(1 for s in standings if s in CONSIDERED_STANDINGS),
        adopted=standings.count(ADOPTED),
        open=standings.count(OPEN),
    )
