"""The resolution's signatures: role and position, a line to sign on, «И. О. Фамилия»."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document

from facilitator.export import export_document
from facilitator.export.wording import initials
from facilitator.services.session import edit_session

NB = "\u00a0"


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Соколова Ирина Викторовна", f"И.{NB}В.{NB}Соколова"),
        ("  Зимин   Аркадий  Павлович ", f"А.{NB}П.{NB}Зимин"),
        ("Петров-Водкин Кузьма Сергеевич", f"К.{NB}С.{NB}Петров-Водкин"),
        ("Кузьмин Фёдор Ильич", f"Ф.{NB}И.{NB}Кузьмин"),
        ("Ёлкина Анна Никитична", f"А.{NB}Н.{NB}Ёлкина"),
        # any other shape is printed as typed: never a guess
        ("Иванов Иван", "Иванов Иван"),
        ("Иванов И. И.", "Иванов И. И."),
        ("Иванов И.И.", "Иванов И.И."),
        ("И. И. Иванов", "И. И. Иванов"),
        ("Мамедов Рашид Алиевич оглы", "Мамедов Рашид Алиевич оглы"),
        ("Алиев Рашид Гейдар", "Алиев Рашид Гейдар"),  # no patronymic ending
        ("соколова ирина викторовна", "соколова ирина викторовна"),
        ("Ivanov Ivan Ivanovich", "Ivanov Ivan Ivanovich"),
        ("", ""),
    ],
)
def test_initials_only_from_a_full_russian_name(typed: str, printed: str) -> None:
    assert initials(typed) == printed


def signature_rows(path: Path) -> list[list[str]]:
    table = Document(str(path)).tables[0]  # the body's only table; the appendices follow
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_demo_resolution_is_signed_by_its_chair_and_secretary(demo_export: Any) -> None:
    assert signature_rows(demo_export.resolution) == [
        [
            "Председатель стратегической сессии\nПредседатель организационного комитета форума",
            "_" * 12,
            f"А.{NB}П.{NB}Зимин",
        ],
        [
            "Секретарь стратегической сессии\nРуководитель секретариата стратегической сессии",
            "_" * 12,
            f"О.{NB}Д.{NB}Лаврентьева",
        ],
    ]


def test_names_are_printed_as_typed_and_empty_ones_left_to_write_by_hand(
    demo_sf: Any, tmp_path: Path
) -> None:
    edit_session(
        demo_sf, chair="Иванов И.И.", chair_position="", secretary="", secretary_position=""
    )
    (out,) = export_document(demo_sf, tmp_path / "r.docx")
    assert signature_rows(out) == [
        ["Председатель стратегической сессии", "_" * 12, "Иванов И.И."],
        ["Секретарь стратегической сессии", "_" * 12, ""],
    ]
