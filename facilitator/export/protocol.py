"""Build the protocol of one platform's meeting in the ГОСТ Р 7.0.97 protocol form.

Top to bottom: the organisation's heading, «ПРОТОКОЛ», «№ N», the meeting, date and place;
the chair and the secretary; who was present and the quorum; «ПОВЕСТКА ДНЯ»; per agenda item
«СЛУШАЛИ», «ВЫСТУПИЛИ», «РЕШИЛИ (ПОСТАНОВИЛИ)» and the vote; the signatures; the list of those
present as the appendix. Every figure is the one the resolution gives (export/counts.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from facilitator.dates import format_date, parse_iso
from facilitator.messages import QT_TRANSLATE_NOOP, Message
from facilitator.services.participants import ParticipantRow
from facilitator.services.proposals import ProposalRow
from facilitator.vocabulary import ADOPTED, REJECTED
from facilitator.voting.rules import quorum_needed

from . import wording as w
from .appendices import PARTICIPANT_COLUMNS, people_rows
from .build import PlatformInfo, SessionData, SessionInfo
from .counts import CONSIDERED_STANDINGS, Counts, count
from .figures import CONSIDERED, OPEN, other_figures, standing
from .notices import export_message, nothing_adopted, open_votes
from .resolution import (
    Appendix,
    Block,
    Para,
    Properties,
    Protocol,
    Section,
    Signature,
    Table,
    TitleBlock,
    VoteSummary,
)

ON_AGENDA = CONSIDERED_STANDINGS | {OPEN}  # put to a vote (closed or not) or decided
SHORT_TEXT = 300  # characters of an item's text the protocol quotes after its title


def compose_protocol(
    data: SessionData, platform: PlatformInfo, votes: Mapping[str, VoteSummary] | None = None
) -> Protocol:
    votes = votes or {}
    s = data.session
    people = [p for p in data.participants if p.platform_id == platform.id]
    rows = [r for r in data.proposals if r.platform_id == platform.id]
    counts = count(people, rows, votes)
    agenda = [r for r in rows if standing(r.status, votes.get(r.id)) in ON_AGENDA]
    chair = first_name(platform.moderators)
    present = [p for p in people if p.present]
    return Protocol(
        title=_title(s, platform),
        properties=Properties(
            title=f"Протокол работы площадки № {platform.number} {w.quoted(platform.title)}",
            author=s.organiser or "Секретариат стратегической сессии",
            subject=f"Стратегическая сессия {w.quoted(s.title)}",
            keywords="протокол; площадка; стратегическая сессия",
        ),
        sections=[
            opening(chair, platform.secretary, counts, data.quorum_share),
            agenda_section(agenda),
            Section("", list(hearing(agenda, votes, data.speakers)), numbered=False),
        ],
        signatures=[
            Signature(w.CHAIR_SIGNS, w.initials(chair)),
            Signature(w.SECRETARY_SIGNS, w.initials(platform.secretary)),
        ],
        appendices=[present_appendix(present, s, platform)] if present else [],
        platform_number=platform.number,
        warnings=[
            *nothing_adopted(counts, len(rows), platform.number),
            *open_votes(rows, votes),
            *unsigned(platform.number, chair, platform.secretary),
        ],
    )


def _title(s: SessionInfo, platform: PlatformInfo) -> TitleBlock:
    """The organisation's heading over «ПРОТОКОЛ», «№ N», the meeting, date and place."""
    above = [s.organiser.strip()] if s.organiser.strip() else []
    if s.forum.strip():
        above.append(w.FORUM.format(title=w.quoted(s.forum)))
    above.append(w.SESSION.format(title=w.quoted(s.title)))
    lines = [
        w.PROTOCOL_NUMBER.format(number=platform.number),
        w.OF_MEETING.format(title=w.quoted(platform.title)),
    ]
    place = platform.room.strip() or s.venue.strip()
    return TitleBlock(w.PROTOCOL, lines, format_date(s.date, nbsp=True), place, above)


def quoted(text: str) -> str:
    """A title in «ёлочки», quotes inside it made „лапки“, as Russian nests them."""
    text = text.strip().rstrip(".")
    if text.startswith("«") and text.endswith("»") and text.count("«") == 1:
        return text
    return "«" + text.replace("«", "„").replace("»", "“") + "»"


def first_name(names: str) -> str:
    """The first of the moderators (listed with commas or semicolons): who chairs."""
    listed = [n.strip() for n in names.replace(";", ",").split(",") if n.strip()]
    return listed[0] if listed else ""


def opening(chair: str, secretary: str, counts: Counts, share: Fraction) -> Section:
    blocks: list[Block] = [
        Para(w.PROTOCOL_CHAIR.format(name=w.initials(chair) or w.BLANK_NAME), "line"),
        Para(w.PROTOCOL_SECRETARY.format(name=w.initials(secretary) or w.BLANK_NAME), "line"),
        Para(present_line(counts.present), "line"),
        Para(quorum_line(counts, share), "line"),
    ]
    return Section("", blocks, numbered=False)


def present_line(present: int) -> str:
    """«Присутствовали: 15 человек (список — приложение).»"""
    people = w.plural(present, "человек", "человека", "человек")
    listed = w.PROTOCOL_PRESENT_LIST if present else ""
    return w.PROTOCOL_PRESENT.format(count=w.count(present), people=people, list=listed)


def has_quorum(present: int, registered: int, share: Fraction) -> bool:
    """The session's quorum rule (its voting rules): present ≥ share × registered, rounded
    up, and at least one person present."""
    needed = quorum_needed(share, registered)
    return present > 0 and present >= needed


def quorum_line(counts: Counts, share: Fraction) -> str:
    """«Кворум имеется: присутствовали 15 из 17 участников, зарегистрированных на площадке
    (для кворума необходимо не менее 9).»"""
    present, registered = counts.present, counts.registered
    needed = max(1, quorum_needed(share, registered))
    return w.QUORUM_FIGURES.format(
        verdict=w.QUORUM if has_quorum(present, registered, share) else w.NO_QUORUM,
        verb=w.plural(present, "присутствовал", "присутствовали", "присутствовали"),
        present=w.count(present),
        registered=w.count(registered),
        people=w.plural(
            registered,
            "участника, зарегистрированного",
            "участников, зарегистрированных",
            "участников, зарегистрированных",
        ),
        needed=w.count(needed),
    )


def agenda_section(agenda: list[ProposalRow]) -> Section:
    lines: list[Block] = [
        Para(
            w.AGENDA_ITEM.format(
                n=n,
                kind=w.KINDS.get(row.kind, row.kind),
                title=quoted(row.title),
                code=row.code,
            )
        )
        for n, row in enumerate(agenda, start=1)
    ]
    return Section(w.AGENDA, lines or [Para(w.AGENDA_NONE)], numbered=False)


def hearing(
    agenda: list[ProposalRow],
    votes: Mapping[str, VoteSummary],
    speakers: Mapping[str, list[str]],
) -> list[Para]:
    """Per agenda item: СЛУШАЛИ, ВЫСТУПИЛИ (when the data names anyone), the decision, the vote."""
    out: list[Para] = []
    last = 0
    for n, row in enumerate(agenda, start=1):
        last = len(out)
        # An item keeps its hearing with its decision: none starts at the foot of a page.
        out.append(Para(w.HEARD.format(n=n, what=heard(row)), "opens", keep=True))
        spoke = [w.initials(name) for name in speakers.get(row.id, []) if name != row.presenter]
        if spoke:
            out.append(Para(w.SPOKE.format(names=", ".join(spoke)), keep=True))
        out += [Para(line) for line in decision(row, votes.get(row.id))]
    for para in out[last:]:  # the last item goes over to the signatures' page with them
        para.keep = True
    return out


def heard(row: ProposalRow) -> str:
    """«И. В. Соколова — «Название» (текст, сокращённый до 300 знаков)»."""
    what = quoted(row.title)
    text = " ".join(row.text.split())
    if text:
        what += f" ({shortened(text.rstrip('.'))})"
    presenter = w.initials(row.presenter)
    return f"{presenter} — {what}" if presenter else what


def shortened(text: str, limit: int = SHORT_TEXT) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def decision(row: ProposalRow, vote: VoteSummary | None) -> list[str]:
    """The decision, worded for the item's kind and standing, then the vote's figures."""
    found = standing(row.status, vote)
    if found == OPEN:  # an open vote decides nothing, and its live figures are not printed
        return [w.NOT_DECIDED_OPEN]
    if found == ADOPTED:
        lines = [w.DECIDED.format(decision=w.ADOPT.get(row.kind, "принять"))]
    elif found == REJECTED:
        lines = [w.DECIDED.format(decision=w.REJECT.get(row.kind, "отклонить"))]
    elif found == CONSIDERED:
        lines = [w.DECIDED.format(decision=w.NOTED)]
    else:
        lines = [w.NOT_DECIDED_QUORUM]
    if vote is not None and vote.for_ is not None:
        lines.append(
            w.VOTED.format(
                for_=w.count(vote.for_),
                against=w.count(vote.against or 0),
                abstain=w.count(vote.abstain or 0),
            )
        )
    if others := other_figures(vote):
        lines.append(w.VOTE_FIGURES.format(figures=others))
    return lines


def present_appendix(
    present: list[ParticipantRow], s: SessionInfo, platform: PlatformInfo
) -> Appendix:
    day = parse_iso(s.date)
    number = w.PROTOCOL_NUMBER.format(number=platform.number)
    of = w.PROTOCOL_APPENDIX_OF.format(date=f"{day:%d.%m.%Y}", number=platform.number)
    return Appendix(
        w.PROTOCOL_APPENDIX_LABEL.format(of=of if day else number),
        w.PROTOCOL_APPENDIX_TITLE.format(title=w.quoted(platform.title)),
        [Table(PARTICIPANT_COLUMNS, people_rows(present))],
        key="present",
    )


def unsigned(platform: int, chair: str, secretary: str) -> list[Message]:
    """Warnings for a protocol whose chair or secretary is left blank to write by hand."""
    out = []
    if not chair.strip():
        out.append(
            export_message(
                QT_TRANSLATE_NOOP(
                    "Export",
                    "Platform {platform} has no moderator: the protocol leaves the name of "
                    "the chair blank. Set the moderator in the session setup.",
                ),
                platform=platform,
            )
        )
    if not secretary.strip():
        out.append(
            export_message(
                QT_TRANSLATE_NOOP(
                    "Export",
                    "Platform {platform} has no secretary: the protocol leaves the name of "
                    "the secretary blank. Set the secretary in the session setup or with "
                    "“facilitator platforms set PATH {platform} --secretary NAME”.",
                ),
                platform=platform,
            )
        )
    return out
