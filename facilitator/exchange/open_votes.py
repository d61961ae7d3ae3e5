"""A bundle's open votes checked as the laptop checks a count as it is typed: every tally and
ballot against the platform's attendance as it stands once the bundle is applied."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from peewee import DoesNotExist

from facilitator.exchange.codec import TABLES, Row, columns
from facilitator.exchange.errors import refuse
from facilitator.exchange.values import live_facts
from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message
from facilitator.services.proposals import proposal_row
from facilitator.services.vote_results import Attendance, check_possible, items, live_attendance
from facilitator.store.models import Vote

if TYPE_CHECKING:
    from facilitator.exchange.incoming import Bundle

MAX_ITEMS_NAMED = 5
# A bundle that writes none of these leaves every count as possible as it was.
COUNTED = frozenset(("attendance", "vote", "tally", "ballot"))


def check_open_votes(bundle: Bundle) -> None:
    """Refuse the bundle when a figure of an open vote is impossible (999 "for" with 18
    present); run inside the merge's transaction, after the bundle's rows are written."""

    def refusal(vote: Vote, item: str, reason: Message) -> FacilitatorError:
        return _impossible(bundle, vote, item, reason)

    _check_all(bundle.tables, bundle.platform, refusal)


def check_before_export(tables: dict[str, list[Row]], platform_id: str) -> None:
    """The laptop refuses to export what the secretariat would refuse: an open vote whose
    figures its own attendance makes impossible (people marked absent after the count)."""
    _check_all(tables, platform_id, _not_exportable)


Refusal = Callable[[Vote, str, Message], FacilitatorError]


def _check_all(tables: dict[str, list[Row]], platform_id: str, refusal: Refusal) -> None:
    votes = open_votes(tables["vote"])
    if not votes:
        return
    tallies = live_facts(tables, "tally", "proposal", "figures", set(votes))
    ballots = live_facts(tables, "ballot", "voter", "choices", set(votes))
    people = live_attendance(platform_id)
    for vote in votes.values():
        _check(vote, tallies.get(vote.id, {}), ballots.get(vote.id, {}), people, refusal)


def open_votes(rows: list[Row]) -> dict[str, Vote]:
    names = columns(TABLES["vote"])
    at_status, at_deleted = names.index("status"), names.index("deleted")
    return {
        row[0]: Vote(**dict(zip(names, row, strict=True)))
        for row in rows
        if row[at_status] == "open" and not row[at_deleted]
    }


def _check(
    vote: Vote,
    tallies: dict[str, Any],
    ballots: dict[str, Any],
    people: Attendance,
    refusal: Refusal,
) -> None:
    if not tallies and not ballots:
        return
    try:
        check_possible(vote, tallies, ballots, people)
    except FacilitatorError as error:
        raise refusal(vote, _culprit(vote, tallies, people), error.message) from None


def _culprit(vote: Vote, tallies: dict[str, Any], people: Attendance) -> str:
    """The first item whose figures alone are impossible, with them ("3.4: for 999"), or ""."""
    listed = items(vote)
    for item in [i for i in listed if i in tallies] + [i for i in tallies if i not in listed]:
        try:
            check_possible(vote, {item: tallies[item]}, {}, people)
        except FacilitatorError:
            figures = tallies[item]
            shown = (
                ", ".join(f"{key} {value}" for key, value in sorted(figures.items()))
                if isinstance(figures, dict)
                else json.dumps(figures)
            )
            return f"{_code(item)}: {shown}"
    return ""


def _code(item: str) -> str:
    try:
        return proposal_row(item).code
    except DoesNotExist:  # references were checked: only a tombstone's lost item
        return "?"


def _items_shown(vote: Vote) -> str:
    codes = [_code(item) for item in items(vote)]
    more = len(codes) > MAX_ITEMS_NAMED
    return ", ".join(codes[:MAX_ITEMS_NAMED]) + (", …" if more else "") if codes else "—"


def _impossible(bundle: Bundle, vote: Vote, culprit: str, reason: Message) -> FacilitatorError:
    template = (
        QT_TRANSLATE_NOOP(
            "Exchange",
            "{file}: platform {platform} «{title}», the open vote on {items} (round {round}), "
            "item {item}: {reason} Nothing was merged; correct the figures on the laptop of the "
            "platform and export its results again.",
        )
        if culprit
        else QT_TRANSLATE_NOOP(
            "Exchange",
            "{file}: platform {platform} «{title}», the open vote on {items} (round {round}): "
            "{reason} Nothing was merged; correct the vote on the laptop of the platform and "
            "export its results again.",
        )
    )
    return refuse(
        template,
        file=bundle.file,
        platform=bundle.number,
        title=bundle.title,
        items=_items_shown(vote),
        round=vote.round,
        item=culprit,
        reason=reason,
    )


def _not_exportable(vote: Vote, culprit: str, reason: Message) -> FacilitatorError:
    template = (
        QT_TRANSLATE_NOOP(
            "Exchange",
            "The results cannot be exported: the open vote on {items} (round {round}), item "
            "{item}: {reason} Correct the figures or the attendance, then export again.",
        )
        if culprit
        else QT_TRANSLATE_NOOP(
            "Exchange",
            "The results cannot be exported: the open vote on {items} (round {round}): "
            "{reason} Correct the vote or the attendance, then export again.",
        )
    )
    return refuse(template, items=_items_shown(vote), round=vote.round, item=culprit, reason=reason)
