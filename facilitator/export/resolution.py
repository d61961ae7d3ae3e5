"""The documents to export as plain data: a resolution or a platform protocol, and their parts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from facilitator.messages import Message

from .chart_spec import ChartSpec

# line: body text without the first-line indent; opens: body text that opens a protocol's
# agenda item, set apart by a blank line
ParaRole = Literal["body", "subheading", "caption", "line", "opens"]


@dataclass(frozen=True, slots=True)
class VoteSummary:
    """The figures of the vote on one item, as the voting engine reports them; all optional."""

    method: str
    for_: int | None = None
    against: int | None = None
    abstain: int | None = None
    outcome: str = ""  # adopted, rejected, no_quorum, or ""
    dots: int | None = None
    rank: int | None = None  # the place by dots, or in a ranking
    effect: float | None = None
    feasibility: float | None = None
    quadrant: str | None = None  # quick_win, major_project, fill_in, time_sink
    place: int | None = None  # the place in a ranking (Schulze)
    open: bool = False  # a vote on the item is still open: it has decided nothing yet

    @property
    def closed(self) -> bool:
        """The item was put to a closed vote: it has figures or an outcome to print."""
        return bool(self.outcome) or any(
            value is not None
            for value in (self.for_, self.dots, self.effect, self.feasibility, self.place)
        )

    @property
    def score(self) -> float | None:
        """One number to rank items of a platform by (greater is better); None without one."""
        if self.dots is not None:
            return float(self.dots)
        if self.for_ is not None:
            return float(self.for_)
        if self.effect is not None and self.feasibility is not None:
            return (self.effect + self.feasibility) / 2
        if self.rank is not None:
            return -float(self.rank)
        return None


@dataclass(slots=True)
class Item:
    """A numbered point; `details` (responsible, deadline, vote) follows the wording."""

    text: str
    details: str = ""
    code: str = ""  # the proposal's code, such as 3.12, when the item comes from one
    proposal_id: str | None = None
    vote: VoteSummary | None = None
    children: list[Item] = field(default_factory=list)


@dataclass(slots=True)
class Para:
    """An unnumbered paragraph."""

    text: str
    role: ParaRole = "body"
    keep: bool = False  # on the page of the next paragraph


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width_mm: float


@dataclass(slots=True)
class Table:
    """A table whose header row repeats on every page."""

    columns: list[Column]
    rows: Sequence[Sequence[str]]


@dataclass(slots=True)
class Figure:
    """A native Word chart (its data, not a picture) of the given size, with a caption."""

    chart: ChartSpec
    width_mm: float
    height_mm: float
    caption: str = ""


Block = Item | Para | Table | Figure


@dataclass(slots=True)
class Section:
    """A numbered section («1. Общие положения») and what it holds."""

    heading: str  # "" for none (a protocol's opening part)
    blocks: list[Block] = field(default_factory=list)
    key: str = ""  # general, final, or platform:N: where manual overrides can move items
    numbered: bool = True  # a protocol's «ПОВЕСТКА ДНЯ» is a heading without a number

    @property
    def items(self) -> list[Item]:
        return [block for block in self.blocks if isinstance(block, Item)]


@dataclass(slots=True)
class Appendix:
    """An appendix: a label at the top right, a title, then its blocks; may be landscape."""

    label: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    landscape: bool = False
    key: str = ""  # participants, register, initiatives, charts: what the body refers to


@dataclass(frozen=True, slots=True)
class Signature:
    """Who signs, as ГОСТ Р 7.0.97 writes it: the role (and position), a space for the
    signature, the name as «И. О. Фамилия»."""

    role: str
    name: str = ""
    position: str = ""  # the signer's own position, under the role; "" when not given


@dataclass(slots=True)
class TitleBlock:
    """The document's name, what it belongs to, and its date and place."""

    name: str  # РЕЗОЛЮЦИЯ, ПРОТОКОЛ
    lines: list[str]
    date: str
    place: str
    above: list[str] = field(default_factory=list)  # the organisation's heading, over the name


@dataclass(frozen=True, slots=True)
class Properties:
    """The document properties a file manager and Word's «Сведения» show."""

    title: str
    author: str
    subject: str
    keywords: str = ""


@dataclass(slots=True)
class Document:
    """What both a resolution and a protocol are made of, in reading order."""

    title: TitleBlock
    properties: Properties
    preamble: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    appendices: list[Appendix] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)  # what to tell whoever exports it


@dataclass(slots=True)
class Resolution(Document):
    """The consolidated resolution of a strategic session."""


@dataclass(slots=True)
class Protocol(Document):
    """The protocol of one platform."""

    platform_number: int = 0
