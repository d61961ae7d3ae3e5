"""The figures agree: the body, the register and the protocols count the same things.

registered = participants on a platform; present = of them, marked present; considered = items
put to a closed vote (or decided); adopted; each read back from the filled demo's .docx files.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from facilitator.export import export_document
from facilitator.export import wording as w
from facilitator.export.build import considered_line, people_line
from facilitator.export.counts import Counts

DECIDED_OR_RANKED = {"принято", "отклонено", "нет кворума", "рассмотрено"}


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


def register(path: Path) -> list[list[str]]:
    doc = Document(str(path))
    table = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Итоги голосования")
    return [[c.text for c in row.cells] for row in table.rows[1:]]


def participant_rows(path: Path) -> int:
    """Rows of the participants appendix under the platforms (not «Без площадки»)."""
    doc = Document(str(path))
    tables = [t for t in doc.tables if t.rows[0].cells[1].text == "Фамилия, имя, отчество"]
    return sum(len(t.rows) - 1 for t in tables[:-1])  # the last group has no platform


def figure(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found, f"{pattern!r} not in {text!r}"
    return int(found.group(1))


def test_body_figures_match_the_register_and_appendix(demo_export: Any) -> None:
    body = "\n".join(paragraphs(demo_export.resolution))
    rows = register(demo_export.resolution)
    statuses = [row[3] for row in rows]
    assert figure(r"зарегистрировано (\d+) участник", body) == participant_rows(
        demo_export.resolution
    )
    assert figure(r"приняли участие (\d+) человек", body) == 102  # present on platforms
    assert figure(r"рассмотрено (\d+) вопрос", body) == sum(
        s in DECIDED_OR_RANKED for s in statuses
    )
    assert figure(r"из них принято (\d+)", body) == statuses.count("принято")
    assert figure(r"голосование по (\d+) вопросам", body) == statuses.count(
        "голосование не завершено"
    )


def test_nothing_voted_on_reads_not_considered(demo_export: Any) -> None:
    rows = register(demo_export.resolution)
    voted = [row for row in rows if row[4] != "—"]
    assert voted and all(row[3] != "не рассмотрено" for row in voted)
    dots = [row for row in rows if row[4].startswith("стикеров")]
    assert dots and all(row[3] == "рассмотрено" for row in dots)


def test_each_method_is_worded_for_what_it_is(demo_export: Any) -> None:
    figures = {row[0]: row[4] for row in register(demo_export.resolution)}
    assert figures["1.1"] == "стикеров — 11 (2-е место)"
    assert figures["1.10"] == "эффект 7,6, реализуемость 5,8 — быстрый результат"
    assert figures["1.4"] == (
        "за — 11, против — 0, воздержались — 1; эффект 5,5, реализуемость 4,1 — крупный "
        "проект; 1-е место в ранжировании"
    )


def test_protocols_add_up_to_the_body(demo_sf: Any, tmp_path: Path) -> None:
    (resolution,) = export_document(demo_sf, tmp_path / "r.docx")
    body = "\n".join(paragraphs(resolution))
    totals = {"registered": 0, "present": 0, "considered": 0, "adopted": 0}
    for number in range(1, 8):
        (protocol,) = export_document(demo_sf, tmp_path / f"p{number}.docx", platform_number=number)
        lines = paragraphs(protocol)
        text = "\n".join(lines)
        registered = figure(r"из (\d+) участник", text)
        present = figure(r"Присутствовали: (\d+) человек", text)
        assert present == figure(r"присутствовал\w* (\d+) из", text)  # the quorum's figure
        heard = next(i for i, line in enumerate(lines) if line.startswith("1. СЛУШАЛИ:"))
        agenda = lines[lines.index("ПОВЕСТКА ДНЯ") + 1 : heard]
        open_ = lines.count("Голосование не завершено, решение не принято.")
        considered = len(agenda) - open_
        adopted = sum(lines.count(f"РЕШИЛИ (ПОСТАНОВИЛИ): {a}.") for a in w.ADOPT.values())
        listed = Document(str(protocol)).tables[-1]  # the appendix: those present
        assert present == len(listed.rows) - 1
        for key, value in zip(totals, (registered, present, considered, adopted), strict=True):
            totals[key] += value
    assert figure(r"зарегистрировано (\d+)", body) == totals["registered"]
    assert figure(r"приняли участие (\d+)", body) == totals["present"]
    assert figure(r"рассмотрено (\d+)", body) == totals["considered"]
    assert figure(r"из них принято (\d+)", body) == totals["adopted"]


@pytest.mark.parametrize(
    ("registered", "present", "expected"),
    [
        (1, 1, "На площадках зарегистрирован 1 участник, в работе площадок принял участие 1 "
               "человек."),
        (22, 21, "На площадках зарегистрировано 22 участника, в работе площадок принял участие "
                 "21 человек."),
        (5, 0, "На площадках зарегистрировано 5 участников."),
    ],
)  # fmt: skip
def test_people_line_agrees_with_its_numbers(registered: int, present: int, expected: str) -> None:
    assert people_line(Counts(registered, present, 0, 0, 0)) == expected


@pytest.mark.parametrize(
    ("considered", "adopted", "open_", "expected"),
    [
        (1, 1, 0, "На площадках рассмотрен 1 вопрос, из них принят 1."),
        (0, 0, 2, "На площадках рассмотрено 0 вопросов; голосование по 2 вопросам не завершено."),
        (21, 0, 1, "На площадках рассмотрен 21 вопрос; голосование по 1 вопросу не завершено."),
    ],
)
def test_considered_line_agrees_with_its_numbers(
    considered: int, adopted: int, open_: int, expected: str
) -> None:
    assert considered_line(Counts(0, 0, considered, adopted, open_)) == expected
