"""LibreOffice converts the demo resolution and a protocol; the PDFs hold what they should."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from processes import running

from facilitator.demo_data import PLATFORMS
from facilitator.export import export_document, find_soffice, to_pdf
from facilitator.export.build import load_session_data
from facilitator.export.errors import ExportCancelled
from facilitator.messages import FacilitatorError
from facilitator.vocabulary import ADOPTED, PROBLEM

needs_soffice = pytest.mark.skipif(
    find_soffice() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice or poppler-utils not installed (CI installs libreoffice-writer-nogui, "
    "fonts-liberation and poppler-utils)",
)


def pdf_text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    pages = [] if first is None else ["-f", str(first), "-l", str(last or first)]
    done = subprocess.run(
        ["pdftotext", "-layout", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def pdfs(demo_export: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    return (
        to_pdf(demo_export.resolution, folder / "resolution.pdf"),
        to_pdf(demo_export.protocol, folder / "protocol.pdf"),
    )


@needs_soffice
def test_resolution_pdf_holds_every_platform_and_adopted_item(pdfs: Any, demo_sf: Any) -> None:
    text = flat(pdf_text(pdfs[0]))
    for title in PLATFORMS:
        assert flat(title) in text, title
    data = load_session_data(demo_sf)
    adopted = [r for r in data.proposals if r.status == ADOPTED and r.kind != PROBLEM]
    assert adopted
    for row in adopted:
        wording = row.title if row.kind == "initiative" else (row.text or row.title)
        assert flat(wording) in text, row.code
    # Word numbering, as LibreOffice draws it
    assert "1. Общие положения" in text and "2.1.1. " in text and "9.2. " in text


@needs_soffice
def test_page_numbers_from_page_two(pdfs: Any) -> None:
    first = [line.strip() for line in pdf_text(pdfs[0], 1).splitlines() if line.strip()]
    second = [line.strip() for line in pdf_text(pdfs[0], 2).splitlines() if line.strip()]
    assert first[0] == "РЕЗОЛЮЦИЯ"  # no number above the title
    assert not any(line == "1" for line in first)
    assert second[0] == "2"


@needs_soffice
def test_native_charts_are_drawn(pdfs: Any) -> None:
    text = flat(pdf_text(pdfs[0]))
    charts = text[text.index("Итоги работы площадок в диаграммах") :]
    status = charts[: charts.index("Рисунок 1 —")]
    assert all(re.search(rf"№ ?{n}\b", status) for n in range(1, 8))  # its categories
    assert "принято отклонено рассмотрено без решения" in charts  # its legend
    assert "1.2" in charts and "7.10" in charts  # item codes of the platform charts
    assert "Реализуемость" in charts and "Эффект" in charts  # the matrix's axes
    assert "Быстрый результат" in charts and "Второстепенные" in charts  # and quadrants
    assert "Рисунок 16 — Матрица «эффект × реализуемость»" in charts


@needs_soffice
def test_protocol_pdf(pdfs: Any) -> None:
    text = flat(pdf_text(pdfs[1]))
    assert text.startswith("Федеральный партийный проект «Локомотивы роста»")
    assert re.search("ПРОТОКОЛ № ?3 заседания рабочей площадки", text)
    assert flat(PLATFORMS[2]) in text and "ПОВЕСТКА ДНЯ" in text
    assert "Председательствующий — М. С. Кириллова" in text
    assert "1. СЛУШАЛИ:" in text and "Голосовали: «за» — 14, «против» — 1" in text


def test_missing_libreoffice_says_how_to_install(
    demo_export: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FACILITATOR_SOFFICE", str(tmp_path / "no-such-soffice"))
    with pytest.raises(FacilitatorError, match="libreoffice-writer-nogui"):
        to_pdf(demo_export.resolution, tmp_path / "out.pdf")


SLOW = """#!/bin/sh
sleep 300 &
echo $! > "{pids}/child.tmp" && mv "{pids}/child.tmp" "{pids}/child"
echo $$ > "{pids}/soffice"
wait
"""


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to see the processes")
def test_export_cancelled_during_the_pdf_keeps_the_docx_and_ends_libreoffice(
    demo_sf: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pids = tmp_path / "pids"
    pids.mkdir()
    fake = tmp_path / "soffice"
    fake.write_text(SLOW.replace("{pids}", str(pids)))
    fake.chmod(0o755)
    monkeypatch.setenv("FACILITATOR_SOFFICE", str(fake))
    steps: list[tuple[int, int]] = []
    out = tmp_path / "p.docx"
    with pytest.raises(ExportCancelled, match="its PDF is not"):
        export_document(
            demo_sf, out, platform_number=1, pdf=True, progress=lambda *s: steps.append(s),
            should_cancel=(pids / "soffice").exists,
        )  # fmt: skip
    assert steps == [(0, 2), (1, 2)]  # the .docx was written, the PDF never finished
    assert out.exists() and not out.with_suffix(".pdf").exists()
    assert not any(running(int((pids / name).read_text())) for name in ("soffice", "child"))
    with pytest.raises(ExportCancelled, match="The export was cancelled"):
        export_document(demo_sf, tmp_path / "q.docx", should_cancel=lambda: True)
    assert not (tmp_path / "q.docx").exists()
