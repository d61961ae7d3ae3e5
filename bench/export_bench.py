"""Time the Word export of the resolution at forum scale against a direct lxml script.

    python -m bench.export_bench [--size S|M|L] [--check]

The baseline builds the same number of body paragraphs and a table of as many rows and
columns as the register with python-docx's oxml/lxml layer (no convenience calls), then saves.
The target: our export (register appendix included) takes at most 3 times the baseline.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from bench.common import HEADER, measure, row
from bench.generate import session_copy
from bench.sizes import SIZES, Size
from facilitator.export import export_document
from facilitator.store.db import open_session_file

TARGET_RATIO = 3.0


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


def run(size: Size, repeat: int = 5) -> list[str]:
    """Our export (register appendix included) and the direct script of the same shape."""
    times = max(1, repeat // 2)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        sf = open_session_file(session_copy(size))
        ours = measure(lambda: export_document(sf, folder / "ours.docx"), times)
        sf.close()
        paragraphs, rows, columns = shape(folder / "ours.docx")
        base = measure(
            lambda: direct_script(folder / "base.docx", paragraphs, rows, columns), times
        )
    return [
        row(
            f"direct lxml script: {paragraphs:,} paragraphs, a table of {rows:,} × {columns}",
            size.name,
            base,
        ),
        row(
            f"export the resolution to .docx ({size.proposals:,} proposals)",
            size.name,
            ours,
            base,
            f"ratio ≤ {TARGET_RATIO:g}",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="L")
    parser.add_argument("--check", action="store_true", help=f"fail above {TARGET_RATIO}x")
    args = parser.parse_args(argv)
    lines = run(SIZES[args.size], 6)
    print(HEADER)
    print("\n".join(lines))
    ratio = float(lines[-1].split("|")[5])
    return 1 if args.check and ratio > TARGET_RATIO else 0


if __name__ == "__main__":
    sys.exit(main())
