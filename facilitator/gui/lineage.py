"""One line for the detail pane: what a merged proposal came from, or what it went into."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.services.proposals import ProposalRow, proposal_row
from facilitator.vocabulary import MERGED


def origin_text(row: ProposalRow) -> str:
    """«Merged from: № 2 «…»; № 5 «…»», «Merged into 3.14 «…»», or "" for anything else."""
    from facilitator.exchange import combine  # read only when a proposal is shown

    if row.status == MERGED:
        merged = combine.merged_into(row.id)
        if merged is None:
            return ""
        target = proposal_row(merged)
        return QCoreApplication.translate("Lineage", "Merged into {code} «{title}»").format(
            code=target.code, title=target.title
        )
    origins = combine.lineage(row.id)
    if not origins:
        return ""
    parts = "; ".join(
        QCoreApplication.translate("Lineage", "platform {number}: «{title}»").format(
            number=o["platform"], title=o["title"]
        )
        for o in origins
    )
    return QCoreApplication.translate("Lineage", "Merged from {parts}").format(parts=parts)
