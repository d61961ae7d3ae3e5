"""Refusals shared by the methods: negative counts, absent or repeated voters, too many votes."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from facilitator.voting.errors import QT_TRANSLATE_NOOP, VoteError


def check_count(field: str, value: int) -> None:
    """Refuse a count that is not a whole number of at least zero."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise VoteError(
            "count_not_integer",
            QT_TRANSLATE_NOOP("Voting", "The {field} count must be a whole number (got {value})."),
            field=field,
            value=str(value),
        )
    if value < 0:
        raise VoteError(
            "count_negative",
            QT_TRANSLATE_NOOP("Voting", "The {field} count cannot be negative (got {value})."),
            field=field,
            value=value,
        )


def check_attendance(present: int, registered: int) -> None:
    """Refuse negative attendance, or more present than registered."""
    check_count("present", present)
    check_count("registered", registered)
    if present > registered:
        raise VoteError(
            "present_above_registered",
            QT_TRANSLATE_NOOP(
                "Voting", "{present} present is more than the {registered} registered."
            ),
            present=present,
            registered=registered,
        )


def check_not_above_present(votes: int, present: int) -> None:
    """Refuse more votes (people voting) than people present."""
    if votes > present:
        raise VoteError(
            "votes_above_present",
            QT_TRANSLATE_NOOP(
                "Voting", "{votes} votes were given but only {present} people are present."
            ),
            votes=votes,
            present=present,
        )


def check_voters(voters: Iterable[str | None], present: Collection[str]) -> None:
    """Refuse a named voter who is absent or votes twice, and more ballots than present."""
    seen: set[str] = set()
    total = 0
    for voter in voters:
        total += 1
        if voter is None:
            continue
        if voter not in present:
            raise VoteError(
                "voter_not_present",
                QT_TRANSLATE_NOOP("Voting", "Participant {voter} is not present."),
                voter=voter,
            )
        if voter in seen:
            raise VoteError(
                "voter_twice",
                QT_TRANSLATE_NOOP("Voting", "Participant {voter} has already voted."),
                voter=voter,
            )
        seen.add(voter)
    check_not_above_present(total, len(present))


def check_items(items: Iterable[str]) -> tuple[str, ...]:
    """Refuse an item listed twice; return the items as a tuple."""
    out = tuple(items)
    seen: set[str] = set()
    for item in out:
        if item in seen:
            raise VoteError(
                "item_twice",
                QT_TRANSLATE_NOOP("Voting", "Item {item} is listed twice."),
                item=item,
            )
        seen.add(item)
    return out


def check_known_item(item: str, items: Collection[str]) -> None:
    """Refuse a vote for an item that is not on the list."""
    if item not in items:
        raise VoteError(
            "item_unknown",
            QT_TRANSLATE_NOOP("Voting", "Item {item} is not among the items voted on."),
            item=item,
        )


def competition_ranks(scores: dict[str, float]) -> dict[str, int]:
    """Rank 1 for the highest score; equal scores share a rank and leave a gap (1, 1, 3)."""
    first: dict[float, int] = {}  # each score's rank: its first place, best first
    for place, score in enumerate(sorted(scores.values(), reverse=True), start=1):
        first.setdefault(score, place)
    return {item: first[score] for item, score in scores.items()}
