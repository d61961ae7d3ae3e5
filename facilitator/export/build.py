"""Build the resolution from the open session through the services."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from facilitator.dates import format_date, format_deadline
from facilitator.services.participants import ParticipantRow, list_participants
from facilitator.services.platforms import list_platforms
from facilitator.services.proposals import ProposalRow, list_proposals
from facilitator.services.votes import default_rules
from facilitator.store.db import SessionFile
from facilitator.store.exchange_models import Lineage
from facilitator.store.models import Proposal
from facilitator.voting.rules import VoteRules

from . import wording as w
from .appendices import (
    CHARTS,
    INITIATIVES,
    PARTICIPANTS,
    REGISTER,
    references,
    resolution_appendices,
)
from .counts import Counts, count
from .figures import OPEN, standing
from .notices import nothing_adopted, open_votes
from .resolution import (
    Item,
    Para,
    Properties,
    Resolution,
    Section,
    Signature,
    TitleBlock,
    VoteSummary,
)
from .selection import (
    FINAL,
    GENERAL,
    NOTES,
    PROPOSE,
    RECOMMEND,
    SUPPORT,
    Chosen,
    ItemOverride,
    SelectionRules,
    choose,
)


@dataclass(frozen=True, slots=True)
class SessionInfo:
    title: str
    forum: str
    date: str
    venue: str
    organiser: str
    chair: str = ""  # full names and positions of who signs the resolution
    chair_position: str = ""
    secretary: str = ""
    secretary_position: str = ""


@dataclass(frozen=True, slots=True)
class PlatformInfo:
    id: str
    number: int
    title: str
    moderators: str
    room: str
    secretary: str = ""  # who keeps and signs the platform's protocol


@dataclass(slots=True)
class SessionData:
    """Everything the documents are made from, read once from the session file."""

    session: SessionInfo
    platforms: list[PlatformInfo]
    proposals: list[ProposalRow]
    participants: list[ParticipantRow]
    quorum_share: Fraction = Fraction(1, 2)  # the session's rule: present ≥ share × registered
    # proposal id → the presenters of the proposals merged into it (who spoke on the item)
    speakers: dict[str, list[str]] = field(default_factory=dict)


def load_session_data(sf: SessionFile) -> SessionData:
    s = sf.session
    return SessionData(
        SessionInfo(
            s.title,
            s.forum,
            s.date,
            s.venue,
            s.organiser,
            s.chair,
            s.chair_position,
            s.secretary,
            s.secretary_position,
        ),
        [
            PlatformInfo(p.id, p.number, p.title, p.moderators, p.room, p.secretary)
            for p in list_platforms()
        ],
        list_proposals(),
        list_participants(),
        VoteRules.from_dict(default_rules(sf)).quorum_share,
        merged_presenters(),
    )


def merged_presenters() -> dict[str, list[str]]:
    """Per merged proposal, the presenters of its originals (each once, in order)."""
    query: Any = (
        Lineage.select(Lineage.merged, Proposal.presenter)
        .join(Proposal, on=(Lineage.original == Proposal.id))
        .where((Lineage.undone_at == "") & (Proposal.presenter != ""))
        .order_by(Proposal.number)
        .tuples()
    )
    speakers: dict[str, list[str]] = {}
    for merged, presenter in query:
        names = speakers.setdefault(str(merged), [])
        if str(presenter).strip() not in names:
            names.append(str(presenter).strip())
    return speakers


def build_resolution(
    sf: SessionFile,
    rules: SelectionRules | None = None,
    overrides: Iterable[ItemOverride] = (),
    votes: Mapping[str, VoteSummary] | None = None,
) -> Resolution:
    """The resolution of the open session; votes map proposal ids to their figures."""
    return compose_resolution(load_session_data(sf), rules, overrides, votes)


def compose_resolution(
    data: SessionData,
    rules: SelectionRules | None = None,
    overrides: Iterable[ItemOverride] = (),
    votes: Mapping[str, VoteSummary] | None = None,
    charts: bool = True,
) -> Resolution:
    votes = votes or {}
    chosen = choose(data.proposals, rules or SelectionRules(), overrides, votes)
    counts = count(data.participants, data.proposals, votes)
    appendices = resolution_appendices(data, votes, charts)
    refs = references(appendices)
    s = data.session
    return Resolution(
        title=title_block(w.RESOLUTION, s, [w.OF_SESSION.format(title=w.quoted(s.title))]),
        properties=Properties(
            title=f"Резолюция стратегической сессии {w.quoted(s.title)}",
            author=s.organiser or "Секретариат стратегической сессии",
            subject=w.OF_FORUM.format(title=w.quoted(s.forum)) if s.forum else s.title,
            keywords="резолюция; стратегическая сессия",
        ),
        preamble=preamble(s),
        sections=[
            general_section(data, chosen, counts, refs),
            *platform_sections(data, chosen, votes, refs.get(INITIATIVES, "")),
            final_section(chosen),
        ],
        signatures=[
            Signature(w.CHAIR, w.initials(s.chair), s.chair_position.strip()),
            Signature(w.SECRETARY, w.initials(s.secretary), s.secretary_position.strip()),
        ],
        appendices=appendices,
        warnings=[
            *nothing_adopted(counts, len(data.proposals)),
            *open_votes(data.proposals, votes),
        ],
    )


def title_block(name: str, s: SessionInfo, lines: list[str]) -> TitleBlock:
    forum = [w.OF_FORUM.format(title=w.quoted(s.forum))] if s.forum.strip() else []
    return TitleBlock(name, lines + forum, format_date(s.date, nbsp=True), s.venue)


def preamble(s: SessionInfo) -> list[str]:
    date = format_date(s.date, nbsp=True)
    held = w.PREAMBLE_HELD.format(
        session=w.quoted(s.title),
        date=f" {date}" if date else "",
        forum=w.PREAMBLE_FORUM.format(forum=w.quoted(s.forum)) if s.forum else "",
        venue=w.PREAMBLE_VENUE.format(venue=s.venue) if s.venue else "",
    )
    # The organiser's name stands as written, after a colon: never put into another case.
    organiser = (
        [w.PREAMBLE_ORGANISER.format(organiser=s.organiser.strip())] if s.organiser.strip() else []
    )
    return [held, *organiser, w.PREAMBLE_ADOPT]


def general_section(
    data: SessionData, chosen: list[Chosen], counts: Counts, refs: Mapping[str, str]
) -> Section:
    lines = []
    platforms = len(data.platforms)
    if platforms:
        where = _platforms(platforms)
        lines.append(w.GENERAL_PLATFORMS.format(count=w.count(platforms), platforms=where))
    if counts.registered:
        lines.append(people_line(counts, refs.get(PARTICIPANTS, "")))
    if data.proposals:
        lines += [considered_line(counts, refs.get(REGISTER, "")), w.GENERAL_INCLUDED]
    if CHARTS in refs:
        lines.append(w.GENERAL_CHARTS.format(ref=refs[CHARTS]))
    items = [Item(line) for line in lines]
    items += [to_item(c) for c in chosen if c.group == GENERAL]
    return Section(w.GENERAL, list(items), key=GENERAL)


def people_line(counts: Counts, ref: str = "") -> str:
    """«На площадках зарегистрировано 122 участника, в работе площадок приняли участие 102
    человека (приложение 1).» (the second half only when attendance was taken)."""
    n = counts.registered
    verb = w.plural(n, "зарегистрирован", "зарегистрировано", "зарегистрировано")
    people = w.plural(n, "участник", "участника", "участников")
    line = w.GENERAL_REGISTERED.format(verb=verb, count=w.count(n), people=people)
    if counts.present:
        n = counts.present
        verb = w.plural(n, "принял", "приняли", "приняли")
        line += w.GENERAL_PRESENT.format(verb=verb, count=w.count(n), people=_people(n))
    return line + ref + "."


def considered_line(counts: Counts, ref: str = "") -> str:
    """«На площадках рассмотрено 63 вопроса (приложение 2), из них принято 32; голосование по
    7 вопросам не завершено.»"""
    n = counts.considered
    verb = w.plural(n, "рассмотрен", "рассмотрено", "рассмотрено")
    things = w.plural(n, "вопрос", "вопроса", "вопросов")
    line = w.GENERAL_CONSIDERED.format(verb=verb, count=w.count(n), things=things) + ref
    if counts.adopted:
        verb = w.plural(counts.adopted, "принят", "принято", "принято")
        line += w.GENERAL_ADOPTED.format(count=w.count(counts.adopted), verb=verb)
    if counts.open:
        things = w.plural(counts.open, "вопросу", "вопросам", "вопросам")
        line += w.GENERAL_OPEN.format(count=w.count(counts.open), things=things)
    return line + "."


def final_section(chosen: list[Chosen]) -> Section:
    items = [Item(w.FINAL_SEND), Item(w.FINAL_MONITOR)]
    items += [to_item(c) for c in chosen if c.group == FINAL]
    return Section(w.FINAL, list(items), key=FINAL)


PLATFORM_GROUPS = (
    (NOTES, w.NOTES_LEAD),
    (RECOMMEND, w.RECOMMEND_LEAD),
    (PROPOSE, w.PROPOSE_LEAD),
    (SUPPORT, w.SUPPORT_LEAD),
)


def platform_sections(
    data: SessionData,
    chosen: list[Chosen],
    votes: Mapping[str, VoteSummary],
    initiatives_ref: str = "",
) -> list[Section]:
    by_platform: dict[str, list[Chosen]] = {}
    for c in chosen:
        by_platform.setdefault(c.row.platform_id, []).append(c)
    rows: dict[str, list[ProposalRow]] = {}  # grouped once: fifty platforms, one pass
    for row in data.proposals:
        rows.setdefault(row.platform_id, []).append(row)
    return [
        platform_section(
            p,
            by_platform.get(p.id, []),
            platform_counts(rows.get(p.id, []), votes),
            initiatives_ref,
        )
        for p in data.platforms
    ]


def platform_counts(
    rows: list[ProposalRow], votes: Mapping[str, VoteSummary]
) -> tuple[int, Counts]:
    """How many items the platform has, and its figures."""
    return len(rows), count([], rows, votes)


def platform_section(
    platform: PlatformInfo,
    chosen: list[Chosen],
    counted: tuple[int, Counts],
    initiatives_ref: str = "",
) -> Section:
    heading = w.PLATFORM_HEADING.format(number=platform.number, title=w.quoted(platform.title))
    section = Section(heading, key=f"platform:{platform.number}")
    if platform.moderators.strip():
        section.blocks.append(Para(w.moderators(platform.moderators)))
    rows, counts = counted
    if not rows or not counts.adopted:  # a heading with nothing under it would say nothing
        section.blocks.append(Para(_nothing_adopted(rows, counts)))
    for group, lead in PLATFORM_GROUPS:
        children = [to_item(c) for c in chosen if c.group == group]
        if children:
            if group == SUPPORT:  # «Поддержать проектные инициативы (приложение 3):»
                lead = lead.removesuffix(":") + initiatives_ref + ":"
            section.blocks.append(Item(lead, children=children))
    return section


def _nothing_adopted(rows: int, counts: Counts) -> str:
    if not rows:
        return w.PLATFORM_NO_PROPOSALS
    return w.PLATFORM_OPEN if counts.open else w.PLATFORM_NOTHING_ADOPTED


def to_item(c: Chosen) -> Item:
    row = c.row
    return Item(
        text=w.sentence(_initiative_text(c) if c.group == SUPPORT else c.wording),
        details=_details(row, c.vote),
        code=row.code,
        proposal_id=row.id,
        vote=c.vote,
    )


def _initiative_text(c: Chosen) -> str:
    text = w.quoted(c.wording) if c.wording == c.row.title.strip() else c.wording
    who = ", ".join(part for part in (c.row.presenter, c.row.organisation) if part.strip())
    return f"{text} ({w.PRESENTED_BY.format(who=who)})" if who else text


def _details(row: ProposalRow, vote: VoteSummary | None) -> str:
    parts = []
    if standing(row.status, vote) == OPEN:  # put in by hand: say it is not decided
        parts.append(w.sentence(w.OPEN_VOTE.capitalize()))
    if row.responsible.strip():
        parts.append(w.sentence(w.responsible(row.responsible.strip())))
    if row.deadline.strip():
        when = format_deadline(row.deadline, nbsp=True)
        parts.append(w.sentence(w.DEADLINE.format(when=when)))
    return " ".join(parts)


def _platforms(count: int) -> str:
    return w.plural(count, "площадке", "площадках", "площадках")


def _people(count: int) -> str:
    return w.plural(count, "человек", "человека", "человек")
