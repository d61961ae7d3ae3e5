"""Which proposals go into the resolution: rules propose, a person's overrides decide."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from facilitator.export.errors import export_error
from facilitator.messages import QT_TRANSLATE_NOOP
from facilitator.services.proposals import ProposalRow
from facilitator.vocabulary import (
    ADOPTED,
    INITIATIVE,
    MERGED,
    PROBLEM,
    PROPOSAL,
    REJECTED,
    RESOLUTION_ITEM,
    WITHDRAWN,
)

from .figures import standing
from .resolution import VoteSummary

# Where an item can stand: the session-wide sections, or a group inside its platform's section.
GENERAL, FINAL = "general", "final"
NOTES, RECOMMEND, PROPOSE, SUPPORT = "notes", "recommend", "propose", "support"
GROUPS: tuple[str, ...] = (GENERAL, NOTES, RECOMMEND, PROPOSE, SUPPORT, FINAL)
DEFAULT_GROUP = {PROBLEM: NOTES, RESOLUTION_ITEM: RECOMMEND, PROPOSAL: PROPOSE, INITIATIVE: SUPPORT}
NEVER_BY_RULE = frozenset({REJECTED, WITHDRAWN, MERGED})


@dataclass(frozen=True, slots=True)
class SelectionRules:
    """The rules that propose the items: adopted ones, the top N by votes, a vote threshold."""

    include_adopted: bool = True
    include_problems: bool = (
        True  # problems are noted («отметили следующие проблемы»), not voted on
    )
    top_n: int | None = None  # per platform, by the vote score
    min_score: float | None = None  # votes for (or dots) at least this

    def __post_init__(self) -> None:
        if self.top_n is not None and self.top_n < 0:
            raise export_error(
                QT_TRANSLATE_NOOP("Export", "The number of top items ({value}) is negative."),
                value=self.top_n,
            )


@dataclass(frozen=True, slots=True)
class ItemOverride:
    """A person's decision about one proposal; None leaves that aspect to the rules."""

    proposal_id: str
    included: bool | None = None
    wording: str | None = None
    section: str | None = None  # one of GROUPS
    position: int | None = None  # order inside the group; items with one come first

    def __post_init__(self) -> None:
        if self.section is not None and self.section not in GROUPS:
            raise export_error(
                QT_TRANSLATE_NOOP("Export", "“{section}” is not a section of the resolution."),
                section=self.section,
            )


@dataclass(frozen=True, slots=True)
class Chosen:
    """A proposal going into the resolution, where it goes and in what words."""

    row: ProposalRow
    group: str
    wording: str
    vote: VoteSummary | None


def default_wording(row: ProposalRow) -> str:
    """An initiative's title (its name); for the rest the text when there is one, else the title.

    Titles of proposals are short labels; the text is the wording meant for the document.
    """
    if row.kind == INITIATIVE:
        return row.title.strip()
    return row.text.strip() or row.title.strip()


def proposed_by_rules(
    rows: Sequence[ProposalRow], rules: SelectionRules, votes: Mapping[str, VoteSummary]
) -> set[str]:
    """The ids the rules put in, platform by platform; an item with a vote still open is not
    adopted (only a closed vote decides)."""
    chosen: set[str] = set()
    by_platform: dict[str, list[ProposalRow]] = {}
    for row in rows:
        if row.status in NEVER_BY_RULE:
            continue
        if row.kind == PROBLEM:
            if rules.include_problems:
                chosen.add(row.id)
        elif rules.include_adopted and standing(row.status, votes.get(row.id)) == ADOPTED:
            chosen.add(row.id)
        else:
            by_platform.setdefault(row.platform_id, []).append(row)
    for candidates in by_platform.values():
        chosen.update(_by_votes(candidates, rules, votes))
    return chosen


def _by_votes(
    rows: list[ProposalRow], rules: SelectionRules, votes: Mapping[str, VoteSummary]
) -> Iterable[str]:
    scored = [(s, row.id) for row in rows if (s := _score(votes, row.id)) is not None]
    if rules.min_score is not None:
        yield from (pid for score, pid in scored if score >= rules.min_score)
    if rules.top_n:
        scored.sort(key=lambda pair: -pair[0])
        yield from (pid for _, pid in scored[: rules.top_n])


def _score(votes: Mapping[str, VoteSummary], proposal_id: str) -> float | None:
    vote = votes.get(proposal_id)
    return None if vote is None else vote.score


def choose(
    rows: Sequence[ProposalRow],
    rules: SelectionRules,
    overrides: Iterable[ItemOverride] = (),
    votes: Mapping[str, VoteSummary] | None = None,
) -> list[Chosen]:
    """The items of the resolution in their final order: rules first, then the overrides."""
    votes = votes or {}
    by_id = {override.proposal_id: override for override in overrides}
    auto = proposed_by_rules(rows, rules, votes)
    keyed: list[tuple[tuple[bool, int, int], Chosen]] = []
    for natural, row in enumerate(rows):
        override = by_id.get(row.id)
        if override is None or override.included is None:
            included = row.id in auto
        else:
            included = override.included
        if included:
            keyed.append((_order(override, natural), _chosen(row, override, votes)))
    keyed.sort(key=lambda pair: pair[0])
    return [chosen for _, chosen in keyed]


def _order(override: ItemOverride | None, natural: int) -> tuple[bool, int, int]:
    position = None if override is None else override.position
    return (position is None, position or 0, natural)


def _chosen(
    row: ProposalRow, override: ItemOverride | None, votes: Mapping[str, VoteSummary]
) -> Chosen:
    group = (override and override.section) or DEFAULT_GROUP.get(row.kind, PROPOSE)
    wording = (override and override.wording or "").strip() or default_wording(row)
    return Chosen(row, group, wording, votes.get(row.id))
