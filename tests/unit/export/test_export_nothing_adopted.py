"""A session with nothing adopted, or nothing at all: the file is written, and export warns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document

from facilitator.cli import main
from facilitator.export import export_document
from facilitator.services.platforms import list_platforms
from facilitator.services.proposals import add_proposal
from facilitator.vocabulary import PROBLEM

NO_PROPOSALS = "Предложения от участников площадки не поступили."
NOTHING_ADOPTED = "Решения по итогам работы площадки не приняты."


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


def under(lines: list[str], heading: str) -> list[str]:
    """The paragraphs of a platform's section: after its heading, up to the next heading."""
    start = lines.index(heading) + 1
    end = next(
        (i for i in range(start, len(lines)) if lines[i].startswith(("Площадка", "Заключ"))),
        len(lines),
    )
    return lines[start:end]


def test_an_empty_session_is_written_with_a_warning(sf: Any, tmp_path: Path) -> None:
    written = export_document(sf, tmp_path / "r.docx")
    assert written[0].exists()
    assert [str(w) for w in written.warnings] == [
        "The session has no proposals yet: the resolution is written with its fixed parts only."
    ]
    lines = paragraphs(written[0])
    assert under(lines, "Площадка №\u00a01 «First platform»") == [
        "Модератор: Ivanova A.",
        NO_PROPOSALS,
    ]
    assert under(lines, "Площадка №\u00a02 «Second platform»") == [NO_PROPOSALS]
    assert not any("рассмотрено" in line for line in lines)  # no «0 вопросов» to report
    protocol = export_document(sf, tmp_path / "p.docx", platform_number=2)
    assert [str(w) for w in protocol.warnings][:2] == [
        "Platform 2 has no proposals yet: its protocol lists none.",
        "Platform 2 has no moderator: the protocol leaves the name of the chair blank. Set the "
        "moderator in the session setup.",
    ]
    lines = paragraphs(protocol[0])
    assert lines[lines.index("ПОВЕСТКА ДНЯ") + 1] == "Вопросы на голосование не выносились."
    assert not any("СЛУШАЛИ" in line for line in lines)


def test_nothing_adopted_is_said_in_one_sentence(sf: Any, tmp_path: Path) -> None:
    first = list_platforms()[0]
    add_proposal(sf, first.id, "Нехватка кадров", kind=PROBLEM)
    add_proposal(sf, first.id, "Открыть колледж")
    written = export_document(sf, tmp_path / "r.docx")
    assert [str(w) for w in written.warnings] == [
        "Nothing is adopted in this session yet: the resolution has no adopted items."
    ]
    section = under(paragraphs(written[0]), "Площадка №\u00a01 «First platform»")
    assert section[:2] == ["Модератор: Ivanova A.", NOTHING_ADOPTED]
    assert "Нехватка кадров." in section  # a problem is still noted
    assert "Открыть колледж." not in section  # not adopted: not recommended
    protocol = export_document(sf, tmp_path / "p.docx", platform_number=1)
    assert [str(w) for w in protocol.warnings][0] == "Nothing is adopted on platform 1 yet."


def test_cli_writes_the_empty_session_and_warns(tmp_path: Path, capsys: Any) -> None:
    path, out = tmp_path / "s.fsession", tmp_path / "r.docx"
    assert main(["new", str(path), "--title", "Пустая сессия"]) == 0
    capsys.readouterr()
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert out.exists()
    assert capsys.readouterr().err.startswith("Warning: The session has no proposals yet")
