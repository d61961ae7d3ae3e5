"""A ranking ballot as typed: item numbers best first, "=" for a tie ("3 1=2 4")."""

from __future__ import annotations

import re
from typing import Any

from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message
from facilitator.services.proposals import ProposalRow

Order = list[list[str]]


def _refuse(template: str, **params: Any) -> FacilitatorError:
    return FacilitatorError(Message(template, params, context="VoteEntry"))


def parse_order(text: str, items: list[ProposalRow]) -> Order:
    """Groups of item ids from "3 1=2": positions in the vote (1, 2, …) or codes (3.12)."""
    groups: Order = []
    for token in re.split(r"[\s,;>]+", text.strip()):
        if token:
            groups.append([_item(part, items) for part in token.split("=")])
    return groups


def _item(part: str, items: list[ProposalRow]) -> str:
    for row in items:
        if part == row.code:
            return row.id
    if part.isdigit() and 1 <= int(part) <= len(items):
        return items[int(part) - 1].id
    raise _refuse(
        QT_TRANSLATE_NOOP("VoteEntry", "“{part}” is not an item of this vote: type 1 to {count}."),
        part=part,
        count=len(items),
    )


def order_text(order: Order, items: list[ProposalRow]) -> str:
    """The typed form of a stored order (the positions), for editing it again."""
    position = {row.id: str(at) for at, row in enumerate(items, 1)}
    return " ".join("=".join(position.get(i, "?") for i in group) for group in order)


def order_codes(order: Order, items: list[ProposalRow]) -> str:
    """A stored order as the proposals' codes: "3.2 › 3.1 = 3.4"."""
    code = {row.id: row.code for row in items}
    return " \u203a ".join(" = ".join(code.get(i, "?") for i in group) for group in order)
