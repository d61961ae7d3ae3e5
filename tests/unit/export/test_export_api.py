"""export_document as the command line and the app call it; votes when there are some."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document

from facilitator.export import (
    ItemOverride,
    SelectionRules,
    VoteSummary,
    build_document,
    export_document,
    preview_text,
)
from facilitator.export.build import load_session_data
from facilitator.messages import FacilitatorError


def test_bad_input_is_refused(demo_sf: Any, tmp_path: Path) -> None:
    with pytest.raises(FacilitatorError, match="no platform number 42"):
        export_document(demo_sf, tmp_path / "x.docx", platform_number=42)
    with pytest.raises(FacilitatorError, match=r"should end in \.docx"):
        export_document(demo_sf, tmp_path / "x.pdf")
    with pytest.raises(FacilitatorError, match="does not exist"):
        export_document(demo_sf, tmp_path / "missing" / "x.docx")
    assert not list(tmp_path.glob("*.docx"))


def test_overrides_reach_the_document(demo_sf: Any, tmp_path: Path) -> None:
    data = load_session_data(demo_sf)
    first = next(r for r in data.proposals if r.kind == "resolution_item" and r.status == "adopted")
    overrides = [ItemOverride(first.id, wording="Особая формулировка пункта", section="final")]
    (out,) = export_document(demo_sf, tmp_path / "r.docx", overrides=overrides)
    text = [p.text for p in Document(str(out)).paragraphs]
    final = text.index("Заключительные положения")
    assert any(line.startswith("Особая формулировка пункта. ") for line in text[final:])


def votes_for(demo_sf: Any) -> dict[str, VoteSummary]:
    data = load_session_data(demo_sf)
    votes = {}
    for n, row in enumerate(data.proposals):
        if n % 3 == 0:
            votes[row.id] = VoteSummary("count", for_=10 + n % 7, against=n % 3, abstain=1,
                                        outcome="adopted")  # fmt: skip
        elif n % 3 == 1:
            votes[row.id] = VoteSummary("rating", effect=1 + n % 5, feasibility=1 + (n * 7) % 5)
    return votes


def test_votes_fill_the_register_charts_and_protocol(demo_sf: Any, tmp_path: Path) -> None:
    votes = votes_for(demo_sf)
    (out,) = export_document(demo_sf, tmp_path / "r.docx", votes=votes)
    doc = Document(str(out))
    assert (
        len(doc.inline_shapes) == 1 + 7 + 1
    )  # summary, votes for per platform (no dots here), the matrix
    assert "word/charts/chart9.xml" in {p.partname.lstrip("/") for p in doc.part.package.parts}
    register = next(t for t in doc.tables if "Итоги голосования" in t._tbl.xml[:6000])
    assert "за — 10, против — 0, воздержались — 1" in register._tbl.xml
    (protocol,) = export_document(demo_sf, tmp_path / "p.docx", platform_number=1, votes=votes)
    text = "\n".join(p.text for p in Document(str(protocol)).paragraphs)
    assert "Голосовали: «за» — " in text and "РЕШИЛИ (ПОСТАНОВИЛИ): принять предложение." in text


def test_rules_without_votes_still_work(demo_sf: Any) -> None:
    doc = build_document(demo_sf, rules=SelectionRules(include_problems=False, top_n=3))
    platform = doc.sections[1]
    assert all(
        item.text != "Участники площадки отметили следующие проблемы:" for item in platform.items
    )


def test_preview_numbers_like_word(demo_sf: Any) -> None:
    text = preview_text(build_document(demo_sf)).splitlines()
    assert text[0] == "РЕЗОЛЮЦИЯ"
    assert "1. Общие положения" in text
    assert any(line.startswith("2.1.1. ") for line in text)
    assert any(line.startswith("9.2. Секретариату") for line in text)
