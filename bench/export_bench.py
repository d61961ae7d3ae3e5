"""Time the Word export of a 20,000-proposal session against a direct lxml script.

    python bench/export_bench.py [--proposals 20000] [--platforms 50] [--check]

The baseline builds the same number of body paragraphs and a table of as many rows and
columns as the register with python-docx's oxml/lxml layer (no convenience calls), then saves.
The target: our export (register appendix included) takes at most 3 times the baseline.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from facilitator.export import export_document
from facilitator.services.platforms import add_platform
from facilitator.store.db import SessionFile, create_session_file, utc_now
from facilitator.store.models import Proposal, new_id
from facilitator.vocabulary import KINDS

TARGET_RATIO = 3.0
STATUSES = ("adopted", "adopted", "rejected", "draft", "voting")


def make_session(path: Path, proposals: int, platforms: int) -> SessionFile:
    sf = create_session_file(path, "Сессия для замера", forum="Форум", date="2026-06-05")
    made = [
        add_platform(sf, f"Площадка {n}", moderators=f"Модератор {n}") for n in range(platforms)
    ]
    now = utc_now()
    rows = [
        {
            "id": new_id(),
            "device": sf.device,
            "version": sf.tick(),
            "platform": made[i % platforms].id,
            "number": i // platforms + 1,
            "kind": KINDS[i % len(KINDS)],
            "title": f"Предложение {i}: развитие промышленности",
            "text": f"Текст предложения номер {i} о мерах поддержки производства в регионе.",
            "status": STATUSES[i % len(STATUSES)],
            "responsible": "Минпромторг России",
            "deadline": "2026-12-31",
            "presenter": "Иванов Иван",
            "created_at": now,
            "updated_at": now,
        }  # fmt: skip
        for i in range(proposals)
    ]
    with sf.atomic():
        for start in range(0, len(rows), 500):
            Proposal.insert_many(rows[start : start + 500]).execute()
    return sf


def direct_script(out: Path, paragraphs: int, rows: int, columns: int) -> None:
    """The reference: paragraphs and one table built element by element, then saved."""
    doc = Document()
    sectpr = doc.element.body[-1]
    for i in range(paragraphs):
        p = OxmlElement("w:p")
        t = etree.SubElement(etree.SubElement(p, qn("w:r")), qn("w:t"))
        t.text = f"Пункт {i}: текст предложения о мерах поддержки производства"
        sectpr.addprevious(p)
    tbl = OxmlElement("w:tbl")
    for i in range(rows):
        tr = etree.SubElement(tbl, qn("w:tr"))
        for c in range(columns):
            p = etree.SubElement(etree.SubElement(tr, qn("w:tc")), qn("w:p"))
            t = etree.SubElement(etree.SubElement(p, qn("w:r")), qn("w:t"))
            t.text = f"{i}.{c} ячейка"
    sectpr.addprevious(tbl)
    doc.save(str(out))


def shape(path: Path) -> tuple[int, int, int]:
    """Top-level paragraphs, rows of the largest table, and its columns, in a written file."""
    body = Document(str(path)).element.body
    paragraphs = len(body.findall(qn("w:p")))
    largest = max(body.findall(qn("w:tbl")), key=lambda t: len(t.findall(qn("w:tr"))))
    return paragraphs, len(largest.findall(qn("w:tr"))), len(largest.find(qn("w:tblGrid")))


def median_time(run: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=20_000)
    parser.add_argument("--platforms", type=int, default=50)
    parser.add_argument("--check", action="store_true", help=f"fail above {TARGET_RATIO}x")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        sf = make_session(folder / "bench.fsession", args.proposals, args.platforms)
        ours = median_time(lambda: export_document(sf, folder / "ours.docx"))
        paragraphs, rows, columns = shape(folder / "ours.docx")
        base = median_time(lambda: direct_script(folder / "base.docx", paragraphs, rows, columns))
        sf.close()
    ratio = ours / base
    print(f"document: {paragraphs} body paragraphs, largest table {rows} rows x {columns} columns")
    print(f"export_document: {ours:.2f} s (median of 3)")
    print(f"direct lxml:     {base:.2f} s (median of 3)")
    print(f"ratio:           {ratio:.2f} (target <= {TARGET_RATIO})")
    return 1 if args.check and ratio > TARGET_RATIO else 0


if __name__ == "__main__":
    sys.exit(main())
