"""The resolution's appendices: participants, the register of proposals, initiatives, charts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from facilitator.dates import parse_iso
from facilitator.services.participants import ParticipantRow
from facilitator.vocabulary import INITIATIVE

from . import charts
from . import wording as w
from .figures import figures, outcome
from .resolution import Appendix, Block, Column, Figure, Para, Table, VoteSummary

if TYPE_CHECKING:
    from .build import PlatformInfo, SessionData

PARTICIPANT_COLUMNS = [  # «№ п/п» fits «1745.»
    Column(w.COL_NUMBER, 15),
    Column(w.COL_NAME, 50),
    Column(w.COL_ORG, 65),
    Column(w.COL_DELEGATION, 35),
]
REGISTER_COLUMNS = [  # 165 mm, the text width; the figures of several methods need room
    Column(w.COL_CODE, 14),
    Column(w.COL_KIND, 27),
    Column(w.COL_WORDING, 55),
    Column(w.COL_STATUS, 29),
    Column(w.COL_VOTES, 40),
]
INITIATIVE_COLUMNS = [
    Column(w.COL_NUMBER, 15),
    Column(w.COL_CODE, 16),
    Column(w.COL_INITIATIVE, 94),
    Column(w.COL_PRESENTER, 45),
    Column(w.COL_ORG, 50),
    Column(w.COL_STATUS, 32),
]


PARTICIPANTS, REGISTER, INITIATIVES, CHARTS = "participants", "register", "initiatives", "charts"


def resolution_appendices(
    data: SessionData, votes: Mapping[str, VoteSummary], charts: bool = True
) -> list[Appendix]:
    """The appendices in order; an appendix with nothing to show is left out.

    Without `charts` the chart appendix keeps its place and title but draws nothing: a live
    preview has no use for the charts, and the numbers of the appendices stay as exported.
    """
    made = [
        (PARTICIPANTS, participants_appendix(data)),
        (REGISTER, register_appendix(data, votes)),
        (INITIATIVES, initiatives_appendix(data, votes)),
        (CHARTS, charts_appendix(data, votes, charts)),
    ]
    present = [appendix for _, appendix in made if appendix is not None]
    for key, appendix in made:
        if appendix is not None:
            appendix.key = key
    mark = _mark(data.session.date, data.session.title)
    for number, appendix in enumerate(present, start=1):
        appendix.label = w.APPENDIX_LABEL.format(number=number, of=mark)
    return present


def _mark(date: str, title: str) -> str:
    """«от 05.06.2026», or the session's title when it has no date."""
    day = parse_iso(date)
    return w.APPENDIX_OF_DATE.format(date=f"{day:%d.%m.%Y}") if day else w.quoted(title)


def references(appendices: list[Appendix]) -> dict[str, str]:
    """«(приложение 2)» by the appendix's key, for the body to refer to each appendix."""
    return {a.key: w.APPENDIX_REF.format(number=n) for n, a in enumerate(appendices, start=1)}


def participants_appendix(data: SessionData) -> Appendix | None:
    if not data.participants:
        return None
    by_platform: dict[str | None, list[ParticipantRow]] = {}
    for person in data.participants:
        by_platform.setdefault(person.platform_id, []).append(person)
    blocks: list[Block] = []
    groups: list[tuple[str, str | None]] = [(_platform_name(p), p.id) for p in data.platforms]
    for name, platform_id in [*groups, (w.NO_PLATFORM, None)]:
        people = by_platform.get(platform_id, [])
        if people:
            blocks += [Para(name, "subheading"), Table(PARTICIPANT_COLUMNS, people_rows(people))]
    return Appendix("", w.APPENDIX_PARTICIPANTS, blocks)


def _platform_name(p: PlatformInfo) -> str:
    return w.PLATFORM_HEADING.format(number=p.number, title=w.quoted(p.title))


def people_rows(people: list[ParticipantRow]) -> list[tuple[str, str, str, str]]:
    return [
        (
            f"{n}.",
            p.full_name,
            ", ".join(x for x in (p.organisation, p.position) if x),
            p.delegation,
        )
        for n, p in enumerate(people, start=1)
    ]


def register_appendix(data: SessionData, votes: Mapping[str, VoteSummary]) -> Appendix | None:
    if not data.proposals:
        return None
    kinds, get_vote = w.KINDS, votes.get
    rows = [
        (
            row.code,
            kinds.get(row.kind, row.kind),
            row.title if not row.text else f"{row.title}\n{row.text}",
            outcome(vote := get_vote(row.id), row.status),
            figures(vote) or w.NOTHING,
        )
        for row in data.proposals
    ]
    return Appendix("", w.APPENDIX_REGISTER, [Table(REGISTER_COLUMNS, rows)])


def initiatives_appendix(data: SessionData, votes: Mapping[str, VoteSummary]) -> Appendix | None:
    initiatives = [row for row in data.proposals if row.kind == INITIATIVE]
    if not initiatives:
        return None
    rows = [
        (
            f"{n}.",
            row.code,
            w.quoted(row.title) if not row.text else f"{w.quoted(row.title)}\n{row.text}",
            row.presenter,
            row.organisation,
            outcome(votes.get(row.id), row.status),
        )
        for n, row in enumerate(initiatives, start=1)
    ]
    return Appendix("", w.APPENDIX_INITIATIVES, [Table(INITIATIVE_COLUMNS, rows)], landscape=True)


def charts_appendix(
    data: SessionData, votes: Mapping[str, VoteSummary], drawn: bool = True
) -> Appendix | None:
    if not data.platforms or not data.proposals:
        return None
    if not drawn:
        return Appendix("", w.APPENDIX_CHARTS)
    made = [charts.status_chart(data, votes)]
    scores = _scores_by_platform(data, votes)
    made += [
        charts.platform_chart(p.number, scores[p.id, measure], measure)
        for p in data.platforms
        for measure in charts.MEASURES
        if (p.id, measure) in scores
    ]
    matrix = charts.matrix_chart(data, votes)
    if matrix is not None:
        made.append(matrix)
    blocks: list[Block] = []
    for number, chart in enumerate(made, start=1):
        caption = w.FIGURE_CAPTION.format(number=number, title=chart.caption)
        blocks.append(Figure(chart.spec, chart.width_mm, chart.height_mm, caption))
    return Appendix("", w.APPENDIX_CHARTS, blocks)


def _scores_by_platform(
    data: SessionData, votes: Mapping[str, VoteSummary]
) -> dict[tuple[str, str], list[tuple[float, str]]]:
    """(value, code) of the closed votes, by platform and measure: one measure per chart."""
    scores: dict[tuple[str, str], list[tuple[float, str]]] = {}
    for row in data.proposals if votes else ():
        vote = votes.get(row.id)
        for measure, value in charts.measures(vote).items():
            scores.setdefault((row.platform_id, measure), []).append((value, row.code))
    return scores
