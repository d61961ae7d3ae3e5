"""A platform's protocol in the ГОСТ Р 7.0.97 protocol form, read back from the .docx: its
parts top to bottom, and figures that agree with the resolution and the appendix."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from facilitator.demo_data import PLATFORMS
from facilitator.exchange.combine import merge_proposals
from facilitator.export import export_document
from facilitator.export import wording as w
from facilitator.export.counts import Counts
from facilitator.export.protocol import has_quorum, quorum_line
from facilitator.services.platforms import edit_platform, platform_by_number
from facilitator.services.proposals import add_proposal, edit_proposal, list_proposals
from facilitator.services.votes import set_default_rules
from facilitator.vocabulary import ADOPTED, PROPOSAL

NBSP = "\u00a0"
OPEN_ITEM = "Голосование не завершено, решение не принято."


def lines_of(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


def register(path: Path) -> dict[str, list[str]]:
    doc = Document(str(path))
    table = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Итоги голосования")
    return {row.cells[0].text: [c.text for c in row.cells] for row in table.rows[1:]}


def hearings(lines: list[str]) -> dict[int, list[str]]:
    """What each agenda item's hearing says, by its number: «N. СЛУШАЛИ: …» and what follows."""
    out: dict[int, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        found = re.match(r"(\d+)\. СЛУШАЛИ: ", line)
        if found:
            current = out.setdefault(int(found.group(1)), [])
        elif line.startswith("Приложение"):
            current = None
        if current is not None:
            current.append(line)
    return out


def agenda(lines: list[str]) -> list[str]:
    start = lines.index("ПОВЕСТКА ДНЯ") + 1
    end = next((i for i in range(start, len(lines)) if "СЛУШАЛИ" in lines[i]), len(lines))
    return lines[start:end]


def test_the_demo_protocol_reads_top_to_bottom(demo_export: Any) -> None:
    lines = lines_of(demo_export.protocol)
    assert lines[:11] == [
        "Федеральный партийный проект «Локомотивы роста»",
        "Форум «Локомотивы роста»",
        "Стратегическая сессия «Промышленный рывок – заводы развития»",
        "ПРОТОКОЛ",
        f"№{NBSP}3",
        f"заседания рабочей площадки «{PLATFORMS[2]}»",
        f"5{NBSP}июня 2026{NBSP}г.\tЗал 3",  # the platform's room is the place
        f"Председательствующий — М.{NBSP}С.{NBSP}Кириллова",
        f"Секретарь — Е.{NBSP}А.{NBSP}Захарова",
        "Присутствовали: 15 человек (список — приложение).",
        "Кворум имеется: присутствовали 15 из 18 участников, зарегистрированных на площадке "
        "(для кворума необходимо не менее 9).",
    ]
    assert lines[11] == "ПОВЕСТКА ДНЯ"
    items = agenda(lines)
    assert items[0] == f"1. Проектная инициатива «Цифровой город» (рег.{NBSP}№{NBSP}3.1)."
    # nested quotes become „лапки“ inside «ёлочки»
    assert items[7] == (
        f"8. Пункт резолюции «Тиражировать проект „Цифровой город“ в городах СФО» "
        f"(рег.{NBSP}№{NBSP}3.8)."
    )
    heard = hearings(lines)
    assert sorted(heard) == list(range(1, len(items) + 1))  # every agenda item is heard
    assert heard[7] == [
        f"7. СЛУШАЛИ: А.{NBSP}Ю.{NBSP}Фролов — «Создать городские центры обработки данных».",
        "РЕШИЛИ (ПОСТАНОВИЛИ): принять предложение.",
        "Голосовали: «за» — 14, «против» — 1, «воздержались» — 0.",
        "Итоги голосования: эффект 6,1, реализуемость 5,5 — быстрый результат; 3-е место в "
        "ранжировании.",
    ]
    assert heard[3] == [  # a sticker vote ranks the item; it decides nothing by itself
        "3. СЛУШАЛИ: «Высокие потери в сетях тепло- и водоснабжения».",
        "РЕШИЛИ (ПОСТАНОВИЛИ): принять к сведению итоги голосования.",
        "Итоги голосования: стикеров — 19 (1-е место).",
    ]
    assert heard[10] == [  # 3.10: its vote is open
        "10. СЛУШАЛИ: «Разработать стандарт интеграции городских сервисов».",
        OPEN_ITEM,
    ]
    assert not any(line.startswith("ВЫСТУПИЛИ") for line in lines)  # nobody recorded: no line


def test_signatures_and_the_appendix_of_those_present(demo_export: Any) -> None:
    doc = Document(str(demo_export.protocol))
    signatures, present = doc.tables
    assert [[c.text for c in row.cells] for row in signatures.rows] == [
        ["Председательствующий", "_" * 12, f"М.{NBSP}С.{NBSP}Кириллова"],
        ["Секретарь", "_" * 12, f"Е.{NBSP}А.{NBSP}Захарова"],
    ]
    lines = lines_of(demo_export.protocol)
    label = next(line for line in lines if line.startswith("Приложение"))
    assert label == f"Приложение\nк протоколу заседания\nрабочей площадки\nот 05.06.2026 №{NBSP}3"
    assert lines[lines.index(label) + 1] == (
        f"Список присутствовавших на заседании рабочей площадки «{PLATFORMS[2]}»"
    )
    assert [c.text for c in present.rows[0].cells][:2] == ["№ п/п", "Фамилия, имя, отчество"]
    assert len(present.rows) - 1 == 15  # «Присутствовали: 15 человек»
    assert "Кириллова Марина Сергеевна" in [row.cells[1].text for row in present.rows]


def test_figures_agree_with_the_resolution(demo_export: Any) -> None:
    """Each decision and each vote's figures are the register's for the same item."""
    lines = lines_of(demo_export.protocol)
    rows = register(demo_export.resolution)
    heard = hearings(lines)
    for n, line in enumerate(agenda(lines), start=1):
        code = re.search(r"№\s?(\d+\.\d+)\)", line.replace(NBSP, " "))
        assert code is not None
        status, figures = rows[code.group(1)][3], rows[code.group(1)][4]
        said = heard[n]
        if status == "голосование не завершено":
            assert said[1:] == [OPEN_ITEM]
            continue
        adopted = any(
            said[1] == f"РЕШИЛИ (ПОСТАНОВИЛИ): {verb}."
            for verb in ("принять предложение", "принять пункт резолюции",
                         "поддержать проектную инициативу")
        )  # fmt: skip
        assert adopted == (status == "принято"), code.group(1)
        printed = "; ".join(
            line.removeprefix("Голосовали: ").removeprefix("Итоги голосования: ").rstrip(".")
            for line in said[2:]
        )
        assert printed.replace("«", "").replace("»", "") == figures, code.group(1)
    in_register = [code for code in rows if code.startswith("3.")]
    not_heard = [c for c in in_register if rows[c][3] in ("не рассмотрено", "снято")]
    assert len(agenda(lines)) == len(in_register) - len(not_heard)


def test_no_secretary_leaves_a_blank_and_warns(demo_sf: Any, tmp_path: Path) -> None:
    edit_platform(demo_sf, platform_by_number(2).id, secretary="")
    written = export_document(demo_sf, tmp_path / "p.docx", platform_number=2)
    assert "Platform 2 has no secretary: the protocol leaves the name of the secretary blank." in (
        "\n".join(str(w) for w in written.warnings)
    )
    lines = lines_of(written[0])
    assert "Секретарь — ____________" in lines
    signatures = Document(str(written[0])).tables[0]
    assert [c.text for c in signatures.rows[1].cells] == ["Секретарь", "_" * 12, ""]


def test_a_platform_with_nothing_adopted(demo_sf: Any, tmp_path: Path) -> None:
    platform = platform_by_number(1)
    edit_platform(demo_sf, platform.id, moderators="", room="")
    for row in list_proposals():
        if row.platform_id == platform.id and row.status == ADOPTED:
            edit_proposal(demo_sf, row.id, status="rejected")
    written = export_document(demo_sf, tmp_path / "p.docx", platform_number=1)
    warnings = [str(w) for w in written.warnings]
    assert "Nothing is adopted on platform 1 yet." in warnings
    assert any("has no moderator" in w for w in warnings)
    lines = lines_of(written[0])
    assert "Председательствующий — ____________" in lines
    assert f"5{NBSP}июня 2026{NBSP}г.\tг. Иркутск" in lines  # no room: the session's venue
    decisions = [line for line in lines if line.startswith("РЕШИЛИ")]
    adopting = {f"РЕШИЛИ (ПОСТАНОВИЛИ): {verb}." for verb in w.ADOPT.values()}
    assert decisions and not adopting & set(decisions)
    assert any(d.startswith("РЕШИЛИ (ПОСТАНОВИЛИ): отклонить") for d in decisions)


def test_speakers_are_the_presenters_of_what_was_merged_into_the_item(
    demo_sf: Any, tmp_path: Path
) -> None:
    platform = platform_by_number(4)
    first = add_proposal(
        demo_sf, platform.id, "Открыть инженерный класс", PROPOSAL,
        presenter="Иванов Пётр Сергеевич", status=ADOPTED,
    )  # fmt: skip
    second = add_proposal(
        demo_sf, platform.id, "Инженерные классы в школах", PROPOSAL,
        presenter="Смирнова Ольга Ивановна", status=ADOPTED,
    )  # fmt: skip
    merge_proposals(demo_sf, [first.id, second.id], "Открыть инженерные классы")
    lines = lines_of(export_document(demo_sf, tmp_path / "p.docx", platform_number=4)[0])
    heard = next(i for i, line in enumerate(lines) if "СЛУШАЛИ: П." in line)
    assert "СЛУШАЛИ: П.\u00a0С.\u00a0Иванов — «Открыть инженерные классы»" in lines[heard]
    assert lines[heard + 1] == "ВЫСТУПИЛИ: О.\u00a0И.\u00a0Смирнова."
    assert lines[heard + 2] == "РЕШИЛИ (ПОСТАНОВИЛИ): принять предложение."


def test_the_quorum_follows_the_sessions_rule(demo_sf: Any, tmp_path: Path) -> None:
    set_default_rules(demo_sf, {"majority": {"kind": "simple"}, "quorum_share": "9/10"})
    lines = lines_of(export_document(demo_sf, tmp_path / "p.docx", platform_number=3)[0])
    assert (
        "Кворума нет: присутствовали 15 из 18 участников, зарегистрированных на площадке "
        "(для кворума необходимо не менее 17)." in lines
    )


@pytest.mark.parametrize(
    ("present", "registered", "share", "expected"),
    [
        (9, 18, Fraction(1, 2), True),  # exactly half is a quorum under «1/2»
        (8, 18, Fraction(1, 2), False),
        (1, 1, Fraction(1, 2), True),
        (0, 0, Fraction(1, 2), False),  # nobody there is never a quorum
        (12, 18, Fraction(2, 3), True),
        (11, 18, Fraction(2, 3), False),
    ],
)
def test_has_quorum(present: int, registered: int, share: Fraction, expected: bool) -> None:
    assert has_quorum(present, registered, share) is expected


def test_quorum_line_agrees_with_its_numbers() -> None:
    assert quorum_line(Counts(21, 1, 0, 0, 0), Fraction(1, 2)) == (
        "Кворума нет: присутствовал 1 из 21 участника, зарегистрированного на площадке "
        "(для кворума необходимо не менее 11)."
    )
