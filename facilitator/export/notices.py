"""What the export tells the person exporting: the document is written, but read this first."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from facilitator.messages import QT_TRANSLATE_NOOP, Message
from facilitator.services.proposals import ProposalRow

from .counts import Counts
from .figures import OPEN, standing
from .resolution import VoteSummary

SHOWN_CODES = 10  # more codes than this and the message names the first ones only


def open_votes(rows: Iterable[ProposalRow], votes: Mapping[str, VoteSummary]) -> list[Message]:
    """A warning naming the items whose vote is still open; none when every vote is closed."""
    codes = [row.code for row in rows if standing(row.status, votes.get(row.id)) == OPEN]
    if not codes:
        return []
    shown = ", ".join(codes[:SHOWN_CODES]) + (", …" if len(codes) > SHOWN_CODES else "")
    return [
        export_message(
            QT_TRANSLATE_NOOP(
                "Export",
                "Voting is not finished on these items: {codes}. The document says “voting "
                "not finished” for them and counts them as neither adopted nor rejected. "
                "Close their votes and export again to print the results.",
            ),
            codes=shown,
        )
    ]


def nothing_adopted(counts: Counts, rows: int, platform: int | None = None) -> list[Message]:
    """A warning when there is nothing to resolve: no proposals at all, or none adopted."""
    if rows == 0 and platform is None:
        text = QT_TRANSLATE_NOOP(
            "Export",
            "The session has no proposals yet: the resolution is written with its fixed parts "
            "only.",
        )
    elif rows == 0:
        text = QT_TRANSLATE_NOOP(
            "Export", "Platform {platform} has no proposals yet: its protocol lists none."
        )
    elif counts.adopted == 0 and platform is None:
        text = QT_TRANSLATE_NOOP(
            "Export",
            "Nothing is adopted in this session yet: the resolution has no adopted items.",
        )
    elif counts.adopted == 0:
        text = QT_TRANSLATE_NOOP("Export", "Nothing is adopted on platform {platform} yet.")
    else:
        return []
    return [export_message(text, platform=platform)]


def export_message(template: str, **params: object) -> Message:
    """A message extracted under the «Export» context (see errors.export_error)."""
    return Message(template, dict(params), context="Export")
