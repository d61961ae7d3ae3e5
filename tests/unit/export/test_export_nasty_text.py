"""Whatever a user typed exports safely: controls, long words, emoji, mixed scripts, empties."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx2python import docx2python
from hypothesis import given, settings
from hypothesis import strategies as some
from lxml import etree

from facilitator.export import export_document
from facilitator.export import markup as m
from facilitator.services import participants, platforms, proposals
from facilitator.store.db import create_session_file
from facilitator.store.models import Proposal

LONG_WORD = "Сверхдлинноесловобезединогопробела" * 12
NASTY = [
    "Контроль\x00\x01\x02\x08\x0b\x0c\x1b\x7f\x9fсимволы",
    LONG_WORD,
    "Эмодзи 🏭🚀👩🏽‍🔬 и флаг 🇷🇺",
    "Mixed: Ελληνικά, English, Русский, العربية, 中文, עברית",
    "Теги <b>&amp;</b> \"кавычки\" 'апостроф' & амперсанд ]]>",
    "  ведущие и  двойные пробелы  ",
    "Строка 1\nСтрока 2\r\nСтрока 3\tпосле табуляции\u2028конец",
]


def make_nasty_session(path: Path) -> Any:
    sf = create_session_file(path, NASTY[2], forum=NASTY[3], venue=LONG_WORD, organiser="")
    platform = platforms.add_platform(sf, NASTY[4], moderators=NASTY[2])
    platforms.add_platform(sf, "Пустая площадка")
    for text in NASTY[1:4]:
        participants.add_participant(sf, text, organisation=text, platform=platform.id)
    for kind in ("problem", "proposal", "initiative", "resolution_item"):
        for n, text in enumerate(NASTY):
            added = proposals.add_proposal(sf, platform.id, f"Пункт {n}", kind, status="adopted",
                                           presenter=text[:50], responsible=text[:80])  # fmt: skip
            # Straight into the table: the services clean input, old files may hold anything.
            Proposal.update(text=text, title=text or "—").where(Proposal.id == added.id).execute()
    proposals.add_proposal(sf, platform.id, "Без текста", "resolution_item", status="adopted")
    return sf


def test_nasty_text_exports_and_reads_back(tmp_path: Path) -> None:
    sf = make_nasty_session(tmp_path / "nasty.fsession")
    try:
        (resolution,) = export_document(sf, tmp_path / "nasty.docx")
        (protocol,) = export_document(sf, tmp_path / "protocol.docx", platform_number=1)
    finally:
        sf.close()
    for path in (resolution, protocol):
        text = "\n".join(p.text for p in Document(str(path)).paragraphs)
        with docx2python(str(path)) as read:
            text += read.text
        assert "🏭🚀" in text and "🇷🇺" in text
        assert "العربية" in text and "中文" in text
        assert LONG_WORD in text
        assert "<b>&amp;</b>" in text
        assert "Контрольсимволы" in text
        assert "\x00" not in text and "\x1b" not in text


def test_long_words_sit_in_fixed_width_cells(tmp_path: Path) -> None:
    sf = make_nasty_session(tmp_path / "nasty.fsession")
    try:
        (path,) = export_document(sf, tmp_path / "nasty.docx")
    finally:
        sf.close()
    doc = Document(str(path))
    assert any(LONG_WORD in t._tbl.xml for t in doc.tables)
    assert all('w:type="fixed"' in t._tbl.xml[:2000] for t in doc.tables)


@settings(max_examples=200, deadline=None)
@given(some.text())
def test_any_text_makes_well_formed_xml(text: str) -> None:
    xml = m.paragraph("Body", m.run(text) + m.run(text, "Details"))
    parsed = etree.fromstring(xml.encode("utf-8", "surrogatepass"))
    visible = "".join(parsed.itertext())
    assert visible.replace("\n", "") == m.clean(text).replace("\n", "").replace("\t", "") * 2


@settings(max_examples=50, deadline=None)
@given(some.lists(some.lists(some.text(max_size=30), min_size=3, max_size=3), max_size=5))
def test_any_table_makes_well_formed_xml(rows: list[list[str]]) -> None:
    xml = m.table("T", [10, 20, 30], ["a", "b", "c"], rows, ("H", "B"))
    parsed = etree.fromstring(xml.encode("utf-8", "surrogatepass"))
    assert len(parsed.findall(f"{{{m.W_NS}}}tr")) == len(rows) + 1
