"""Where each proposal stands in the resolution: the rules' decision, then the person's choices.

Plain Python (no Qt): the same order as `facilitator.export.selection.choose`, but every live
proposal is kept, the excluded ones too, so the secretariat can put them back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from facilitator.export import choices
from facilitator.export.resolution import VoteSummary
from facilitator.export.selection import (
    DEFAULT_GROUP,
    FINAL,
    GENERAL,
    NOTES,
    PROPOSE,
    RECOMMEND,
    SUPPORT,
    ItemOverride,
    SelectionRules,
    default_wording,
    proposed_by_rules,
)
from facilitator.services.platforms import list_platforms
from facilitator.services.proposals import ProposalRow, list_proposals
from facilitator.store.db import SessionFile

PLATFORM_SECTIONS = (NOTES, RECOMMEND, PROPOSE, SUPPORT)


@dataclass(frozen=True, slots=True)
class PlatformRef:
    id: str
    number: int
    title: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One proposal as the editor shows it."""

    row: ProposalRow
    auto: bool  # the rules put it in
    included: bool | None  # the person's decision; None leaves it to the rules
    section: str  # where it goes
    section_choice: str  # "" = where its kind goes
    wording: str  # the person's wording; "" = the default one
    default_wording: str
    position: int | None
    vote: VoteSummary | None
    natural: int  # its place in the proposals' own order

    @property
    def id(self) -> str:
        return self.row.id

    @property
    def is_in(self) -> bool:
        return self.auto if self.included is None else self.included

    @property
    def order_key(self) -> tuple[bool, int, int]:
        # as selection._order: items with a position first, in that order, then the natural order
        return (self.position is None, self.position or 0, self.natural)


@dataclass(slots=True)
class Group:
    """A node of the outline: general, a platform, a platform's section, final."""

    key: str
    section: str = ""  # the GROUPS value its items stand in; "" for a platform
    platform: PlatformRef | None = None
    entries: list[Entry] = field(default_factory=list)
    children: list[Group] = field(default_factory=list)

    def counts(self) -> tuple[int, int]:
        """(items in the resolution, all items) under this node."""
        inside = sum(e.is_in for e in self.entries)
        total = len(self.entries)
        for child in self.children:
            i, t = child.counts()
            inside, total = inside + i, total + t
        return inside, total


def make_entries(
    rows: Sequence[ProposalRow],
    rules: SelectionRules,
    overrides: Iterable[ItemOverride],
    votes: Mapping[str, VoteSummary],
) -> list[Entry]:
    auto = proposed_by_rules(rows, rules, votes)
    by_id = {o.proposal_id: o for o in overrides}
    return [_entry(row, n, row.id in auto, by_id.get(row.id), votes) for n, row in enumerate(rows)]


def _entry(
    row: ProposalRow,
    natural: int,
    auto: bool,
    override: ItemOverride | None,
    votes: Mapping[str, VoteSummary],
) -> Entry:
    o = override or ItemOverride(row.id)
    section_choice = o.section or ""
    return Entry(
        row=row,
        auto=auto,
        included=o.included,
        section=section_choice or DEFAULT_GROUP.get(row.kind, PROPOSE),
        section_choice=section_choice,
        wording=(o.wording or "").strip(),
        default_wording=default_wording(row),
        position=o.position,
        vote=votes.get(row.id),
        natural=natural,
    )


def arrange(platforms: Sequence[PlatformRef], entries: Iterable[Entry]) -> list[Group]:
    """The outline as the document has it: general, one node per platform, final."""
    general, final = Group(GENERAL, GENERAL), Group(FINAL, FINAL)
    sections = {p.id: [Group(f"{p.id}:{s}", s, p) for s in PLATFORM_SECTIONS] for p in platforms}
    for entry in sorted(entries, key=lambda e: e.order_key):
        if entry.section == GENERAL:
            general.entries.append(entry)
        elif entry.section == FINAL:
            final.entries.append(entry)
        elif entry.row.platform_id in sections:
            index = PLATFORM_SECTIONS.index(entry.section)
            sections[entry.row.platform_id][index].entries.append(entry)
    middle = [Group(f"platform:{p.id}", "", p, children=sections[p.id]) for p in platforms]
    return [general, *middle, final]


def reordered(siblings: Sequence[Entry], at: int, step: int) -> dict[str, int] | None:
    """Positions that move siblings[at] by step (±1) in its section; None at either end.

    Every item of the section gets a position, so the order shown is the order kept.
    """
    target = at + step
    if not 0 <= target < len(siblings):
        return None
    order = list(siblings)
    order[at], order[target] = order[target], order[at]
    return {e.id: n for n, e in enumerate(order, start=1) if e.position != n}


def outline_of_session(sf: SessionFile, votes: Mapping[str, VoteSummary]) -> list[Group]:
    """The outline of the open session with its stored rules and choices."""
    platforms = [PlatformRef(p.id, p.number, p.title) for p in list_platforms()]
    rules = choices.selection_rules(sf)
    entries = make_entries(list_proposals(), rules, choices.overrides(), votes)
    return arrange(platforms, entries)
