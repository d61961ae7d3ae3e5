"""Build the protocol of one platform: attendance, the proposals by kind, the votes, signatures."""

from __future__ import annotations

from collections.abc import Mapping

from facilitator.dates import format_date
from facilitator.services.participants import ParticipantRow
from facilitator.services.proposals import ProposalRow
from facilitator.vocabulary import DRAFT, KINDS, PROBLEM

from . import wording as w
from .build import PlatformInfo, SessionData, title_block
from .counts import Counts, count
from .figures import OPEN, decided, figures, standing
from .notices import nothing_adopted, open_votes
from .resolution import (
    Column,
    Item,
    Para,
    Properties,
    Protocol,
    Section,
    Signature,
    Table,
    VoteSummary,
)

KIND_LEADS = {
    "problem": "Проблемы",
    "proposal": "Предложения",
    "initiative": "Проектные инициативы",
    "resolution_item": "Проекты пунктов резолюции",
}
ATTENDANCE_COLUMNS = [
    Column(w.COL_NUMBER, 15),
    Column(w.COL_NAME, 48),
    Column(w.COL_ORG, 62),
    Column(w.COL_PRESENT, 40),
]


def compose_protocol(
    data: SessionData, platform: PlatformInfo, votes: Mapping[str, VoteSummary] | None = None
) -> Protocol:
    votes = votes or {}
    s = data.session
    people = [p for p in data.participants if p.platform_id == platform.id]
    rows = [r for r in data.proposals if r.platform_id == platform.id]
    counts = count(people, rows, votes)
    heading = w.OF_PLATFORM.format(number=platform.number, title=w.quoted(platform.title))
    session = w.OF_SESSION.format(title=w.quoted(s.title))
    return Protocol(
        title=title_block(w.PROTOCOL, s, [heading, session]),
        properties=Properties(
            title=f"Протокол работы площадки № {platform.number} {w.quoted(platform.title)}",
            author=s.organiser or "Секретариат стратегической сессии",
            subject=f"Стратегическая сессия {w.quoted(s.title)}",
            keywords="протокол; площадка; стратегическая сессия",
        ),
        sections=[
            about_section(data, platform),
            attendance_section(people, counts),
            considered_section(rows, votes, counts),
        ],
        signatures=_signatures(platform),
        platform_number=platform.number,
        warnings=[*nothing_adopted(counts, len(rows), platform.number), *open_votes(rows, votes)],
    )


def about_section(data: SessionData, platform: PlatformInfo) -> Section:
    blocks: list[Item | Para | Table] = []
    if data.session.date:
        date = format_date(data.session.date, nbsp=True)
        blocks.append(Item(w.sentence(w.PROTOCOL_DATE.format(date=date))))
    if platform.room.strip():
        blocks.append(Item(w.ROOM.format(room=platform.room.strip())))
    if platform.moderators.strip():
        blocks.append(Item(w.moderators(platform.moderators)))
    return Section(w.PROTOCOL_ABOUT, list(blocks))


def attendance_section(people: list[ParticipantRow], counts: Counts) -> Section:
    figures = w.PROTOCOL_REGISTERED.format(
        registered=w.count(counts.registered), present=w.count(counts.present)
    )
    section = Section(w.PROTOCOL_ATTENDANCE, [Para(figures)])
    if people:
        rows = [
            (
                f"{n}.",
                p.full_name,
                ", ".join(x for x in (p.organisation, p.position) if x),
                w.PRESENT if p.present else w.ABSENT,
            )
            for n, p in enumerate(people, start=1)
        ]
        section.blocks.append(Table(ATTENDANCE_COLUMNS, rows))
    return section


def considered_section(
    rows: list[ProposalRow], votes: Mapping[str, VoteSummary], counts: Counts
) -> Section:
    section = Section(w.PROTOCOL_CONSIDERED)
    if rows:
        figures = w.PROTOCOL_COUNTS.format(
            considered=w.count(counts.considered), adopted=w.count(counts.adopted)
        )
        if counts.open:
            figures += " " + w.PROTOCOL_OPEN.format(open=w.count(counts.open))
        section.blocks.append(Para(figures))
    for kind in KINDS:
        of_kind = [row for row in rows if row.kind == kind]
        if of_kind:
            children = [_considered(row, votes.get(row.id)) for row in of_kind]
            section.blocks.append(Item(KIND_LEADS[kind] + ":", children=children))
    if not rows:
        section.blocks.append(Para(w.PROTOCOL_NONE))
    return section


def _considered(row: ProposalRow, vote: VoteSummary | None) -> Item:
    text = w.sentence(row.title)
    if row.text:
        text = w.sentence(f"{text} {row.text}")
    if row.presenter:
        text = w.sentence(f"{text.removesuffix('.')} ({w.PRESENTED_BY.format(who=row.presenter)})")
    details = [w.PROTOCOL_CODE.format(code=row.code), *_result(row, vote)]
    return Item(text, " ".join(details), code=row.code, proposal_id=row.id, vote=vote)


def _result(row: ProposalRow, vote: VoteSummary | None) -> list[str]:
    """«Итоги голосования: …», «Решение: принято.», «Голосование не завершено.», or a status."""
    found = standing(row.status, vote)
    if found == OPEN:
        return [w.sentence(w.STANDINGS[OPEN].capitalize())]
    said = [w.PROTOCOL_VOTE.format(figures=f)] if (f := figures(vote)) else []
    if decided(found):
        said.append(w.PROTOCOL_DECISION.format(decision=w.STANDINGS[found]))
    elif not said and not (row.kind == PROBLEM and row.status == DRAFT):
        said.append(w.PROTOCOL_STATUS.format(status=w.STANDINGS.get(found, found)))
    return said


def _signatures(platform: PlatformInfo) -> list[Signature]:
    names = [n.strip() for n in platform.moderators.replace(";", ",").split(",") if n.strip()]
    moderators = [Signature(w.PLATFORM_MODERATOR, w.initials(name)) for name in names]
    return (moderators or [Signature(w.PLATFORM_MODERATOR)]) + [Signature(w.PLATFORM_SECRETARY)]
