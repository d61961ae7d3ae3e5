"""Russian a secretary would write: «Ответственные» before several bodies, «5 000», lists that
leave the participants' words as written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document

from facilitator.export import VoteSummary, export_document
from facilitator.export.build import load_session_data
from facilitator.export.wording import count, responsible


@pytest.mark.parametrize(
    ("who", "label"),
    [
        ("Министерство промышленности и торговли РФ", "Ответственный"),  # one body, with «и»
        ("Минстрой России, администрации городов СФО", "Ответственные"),
        ("Минобрнауки России; работодатели", "Ответственные"),
        ("Минпромторг России совместно с субъектами СФО", "Ответственные"),
        ("ООО «Рога, копыта и К»", "Ответственный"),  # a comma inside a name is not a list
        ("Правительство (Минфин, Минэк)", "Ответственный"),
    ],
)
def test_responsible_is_plural_before_several_bodies(who: str, label: str) -> None:
    assert responsible(who) == f"{label}: {who}"


@pytest.mark.parametrize(
    ("value", "text"),
    [(7, "7"), (999, "999"), (1000, "1\u00a0000"), (1745, "1\u00a0745"), (125000, "125\u00a0000")],
)
def test_numbers_from_a_thousand_have_a_non_breaking_space(value: int, text: str) -> None:
    assert count(value) == text


def test_big_figures_in_the_register(demo_sf: Any, tmp_path: Path) -> None:
    rows = load_session_data(demo_sf).proposals
    votes = {
        rows[0].id: VoteSummary("dots", dots=1200, rank=1),
        rows[3].id: VoteSummary("count", for_=5000, against=12, abstain=1000, outcome="adopted"),
    }
    (out,) = export_document(demo_sf, tmp_path / "r.docx", votes=votes)
    xml = Document(str(out)).element.xml
    assert "стикеров — 1\u00a0200 (1-е место)" in xml
    assert "за — 5\u00a0000, против — 12, воздержались — 1\u00a0000" in xml


def test_the_demo_body_uses_the_plural_and_leaves_problems_as_written(
    resolution_doc: Any,
) -> None:
    lines = [p.text for p in resolution_doc.paragraphs]
    assert any("Ответственные: Минстрой России, администрации городов СФО." in x for x in lines)
    assert any("Ответственный: Министерство промышленности и торговли РФ." in x for x in lines)
    assert "Участники площадки отмечают:" not in lines
    lead = lines.index("Участники площадки отметили следующие проблемы:")
    assert lines[lead + 1] == "Низкая доля гражданской продукции в выручке предприятий ОПК."


def test_the_organiser_is_named_as_written_never_in_a_dative_phrase(resolution_doc: Any) -> None:
    lines = [p.text for p in resolution_doc.paragraphs]
    organiser = "Федеральный партийный проект «Локомотивы роста»"
    assert f"Организатор: {organiser}." in lines
    send = next(line for line in lines if line.startswith("Направить настоящую резолюцию"))
    assert organiser not in send and "организатору форума," in send
