"""Only a closed vote decides: the filled demo's open votes, read back from the .docx files."""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx2python import docx2python
from lxml import etree

from facilitator.cli import main
from facilitator.export import ItemOverride, export_document
from facilitator.export.build import load_session_data
from facilitator.export.selection import default_wording
from facilitator.export.votes import combine, load_vote_summaries
from facilitator.services.proposals import ProposalRow
from facilitator.services.votes import close_vote, list_votes
from facilitator.vocabulary import VOTING

OPEN_IN_DEMO = ("1.9", "2.10", "3.10", "4.9", "5.10", "6.9", "7.9")  # count votes left open
NOT_FINISHED = "голосование не завершено"
NS = {
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}


def charts_in_order(path: Path) -> list[Any]:
    """The chart parts' roots in the order the body shows them."""
    with zipfile.ZipFile(path) as z:
        rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels if r.get("Type") == RT.CHART}
        body = etree.fromstring(z.read("word/document.xml"))
        ids = body.xpath("//c:chart/@r:id", namespaces=NS)
        return [etree.fromstring(z.read(posixpath.join("word", targets[i]))) for i in ids]


def strings(node: Any, path: str) -> list[str]:
    return [str(v) for v in node.xpath(f"{path}//c:pt/c:v/text()", namespaces=NS)]


def rows_by_code(sf: Any) -> dict[str, ProposalRow]:
    return {row.code: row for row in load_session_data(sf).proposals}


def register_rows(path: Path) -> dict[str, list[str]]:
    """Appendix 2 (the register), row by row, by the item's code."""
    doc = Document(str(path))
    table = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Итоги голосования")
    return {row.cells[0].text: [c.text for c in row.cells] for row in table.rows[1:]}


def test_the_demos_open_votes_count_for_nothing(demo_sf: Any) -> None:
    rows = rows_by_code(demo_sf)
    open_ids = {v.id for v in list_votes() if v.status == "open"}
    assert open_ids and all(rows[code].status == VOTING for code in OPEN_IN_DEMO)
    votes = load_vote_summaries()
    for code in OPEN_IN_DEMO:
        vote = votes[rows[code].id]
        assert vote.open and not vote.closed and vote.outcome == "" and vote.for_ is None


def test_register_says_not_finished_and_prints_no_live_figures(demo_export: Any) -> None:
    register = register_rows(demo_export.resolution)
    for code in OPEN_IN_DEMO:
        _code, _kind, _wording, status, figures = register[code]
        assert status == NOT_FINISHED and figures == "—"
    decided = [row for code, row in register.items() if code not in OPEN_IN_DEMO]
    assert all(row[3] != NOT_FINISHED for row in decided)


def test_body_leaves_open_items_out(demo_export: Any, demo_sf: Any) -> None:
    text = docx2python(demo_export.resolution).text
    body = text[: text.index("Приложение 1")]
    rows = rows_by_code(demo_sf)
    for code in OPEN_IN_DEMO:
        wording = default_wording(rows[code])
        assert wording and wording not in body


def test_an_open_item_put_in_by_hand_says_so_in_the_body(demo_sf: Any, tmp_path: Path) -> None:
    row = rows_by_code(demo_sf)["1.9"]
    forced = [ItemOverride(row.id, included=True)]
    (out,) = export_document(demo_sf, tmp_path / "r.docx", overrides=forced)
    lines = [p.text for p in Document(str(out)).paragraphs]
    (line,) = [line for line in lines if line.startswith(default_wording(row))]
    assert "Голосование не завершено." in line


def test_protocol_says_not_finished_and_decides_nothing(demo_export: Any, demo_sf: Any) -> None:
    lines = [p.text for p in Document(str(demo_export.protocol)).paragraphs]
    (agenda,) = [line for line in lines if line.endswith("(рег.\u00a0№\u00a03.10).")]
    n = agenda.split(".")[0]  # its number on the agenda, and so in the hearing
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{n}. СЛУШАЛИ:"))
    end = next((i for i in range(start + 1, len(lines)) if "СЛУШАЛИ:" in lines[i]), len(lines))
    # no decision and no live figures: one sentence, then the next item (or the appendix)
    assert lines[start + 1] == "Голосование не завершено, решение не принято."
    assert not any(line.startswith(("РЕШИЛИ", "Голосовали", "Итоги")) for line in lines[start:end])


def test_charts_do_not_count_open_votes(demo_export: Any) -> None:
    charts = charts_in_order(demo_export.resolution)
    for number, chart in enumerate(charts[1:15], start=1):
        codes = strings(chart.find(".//c:barChart/c:ser", NS), "c:cat")
        assert codes and not set(codes) & set(OPEN_IN_DEMO), number
    register = register_rows(demo_export.resolution)
    adopted = [
        sum(1 for code, row in register.items() if code.startswith(f"{n}.") and row[3] == "принято")
        for n in range(1, 8)
    ]
    status_series = charts[0].findall(".//c:barChart/c:ser", NS)
    in_chart = [float(v) for v in strings(status_series[0], "c:val")]
    assert in_chart == adopted  # the chart's «принято» is the register's


def test_export_warns_and_names_the_items(demo_sf: Any, tmp_path: Path) -> None:
    written = export_document(demo_sf, tmp_path / "r.docx")
    (warning,) = written.warnings
    assert "Voting is not finished on these items: " + ", ".join(OPEN_IN_DEMO) in str(warning)
    protocol = export_document(demo_sf, tmp_path / "p.docx", platform_number=2)
    assert "these items: 2.10." in str(protocol.warnings[0])


def test_closing_the_votes_decides_and_the_warning_goes(demo_sf: Any, tmp_path: Path) -> None:
    for vote in list_votes():
        if vote.status == "open":
            close_vote(demo_sf, vote.id)
    written = export_document(demo_sf, tmp_path / "r.docx")
    assert written.warnings == []
    register = register_rows(written[0])
    assert register["1.9"][3] == "принято" and register["1.9"][4].startswith("за — 12")


def test_cli_prints_a_warning_line(demo_export: Any, tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "r.docx"
    assert main(["export", str(demo_export.session), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert f"Written: {out}" in captured.out
    (line,) = captured.err.splitlines()
    assert line.startswith("Warning: Voting is not finished on these items: 1.9, 2.10")


def test_open_entries_add_no_figures() -> None:
    closed = {"method": "dots", "vote_status": "closed", "dots": 5, "rank": 2}
    live = {"method": "count", "vote_status": "open", "for": 9, "against": 0, "abstain": 0}
    vote = combine([closed, live | {"result": "adopted"}])
    assert vote.open and vote.closed and vote.dots == 5 and vote.for_ is None
    assert vote.outcome == ""
