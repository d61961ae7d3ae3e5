"""WordprocessingML as text: paragraphs, runs and tables built as strings, parsed once each.

Building the XML as text and parsing one block at a time is what keeps a 20,000-row register
fast: python-docx's convenience calls are quadratic, and lxml moves a block between documents
cheaply only when the block declares its own namespace (hence NS on every top-level element).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
TWIPS_PER_MM = 1440 / 25.4

# Characters XML 1.0 cannot hold at all (C0 controls but tab/newline, lone surrogates, …).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def clean(text: str) -> str:
    """User text made safe for XML: illegal characters dropped, line breaks made "\\n"."""
    return _BREAKS.sub("\n", _ILLEGAL.sub("", text))


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(text: str) -> str:
    return escape(text).replace('"', "&quot;")


def run(text: str, char_style: str | None = None) -> str:
    """One run of text; newlines become line breaks and tabs real tabs."""
    text = clean(text)
    if not text:
        return ""
    rpr = f'<w:rPr><w:rStyle w:val="{char_style}"/></w:rPr>' if char_style else ""
    if "\n" not in text and "\t" not in text:
        return f"<w:r>{rpr}{_t(text)}</w:r>"
    return f"<w:r>{rpr}{_pieces(text)}</w:r>"


def _t(text: str) -> str:
    # xml:space only where spaces would otherwise be lost: lxml moves an element that has it
    # two hundred times slower (it re-resolves the xml namespace on every attribute).
    if text[0] == " " or text[-1] == " " or "  " in text:
        return f'<w:t xml:space="preserve">{escape(text)}</w:t>'
    return f"<w:t>{escape(text)}</w:t>"


def _pieces(text: str) -> str:
    out = []
    for n, line in enumerate(text.split("\n")):
        if n:
            out.append("<w:br/>")
        for m, piece in enumerate(line.split("\t")):
            if m:
                out.append("<w:tab/>")
            if piece:
                out.append(_t(piece))
    return "".join(out)


def paragraph(
    style: str,
    runs: str = "",
    numbering: tuple[int, int] | None = None,
    ppr_extra: str = "",
    keep: bool = False,
) -> str:
    """A paragraph of the given style id; `numbering` is (numId, level); `keep` keeps it on
    the page of the next one (w:keepNext, which the schema puts before w:numPr)."""
    num = ""
    if numbering is not None:
        num_id, level = numbering
        num = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    keep_next = "<w:keepNext/>" if keep else ""
    return (
        f'<w:p {NS}><w:pPr><w:pStyle w:val="{style}"/>{keep_next}{num}{ppr_extra}</w:pPr>'
        f"{runs}</w:p>"
    )


def table(
    style: str | None,
    widths_mm: Sequence[float],
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    cell_styles: tuple[str, str],
    borderless: bool = False,
) -> str:
    """A fixed-layout table; the header row (if any) repeats on every page."""
    widths = [twips(mm) for mm in widths_mm]
    head_style, text_style = cell_styles
    parts = [f"<w:tbl {NS}>", _tblpr(style, sum(widths), borderless), _grid(widths)]
    if header is not None:
        cells = "".join(cell(w, head_style, text) for w, text in zip(widths, header, strict=True))
        parts.append(f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{cells}</w:tr>")
    starts = [f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>' for w in widths]
    middle = f'<w:p><w:pPr><w:pStyle w:val="{text_style}"/></w:pPr>'
    for row in rows:  # a row is never split across two pages
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for start, text in zip(starts, row, strict=True):
            parts.append(f"{start}{middle}{run(text) if text else ''}</w:p></w:tc>")
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def _tblpr(style: str | None, width: int, borderless: bool) -> str:
    style_xml = f'<w:tblStyle w:val="{style}"/>' if style else ""
    borders = ""
    if borderless:
        sides = ("top", "left", "bottom", "right", "insideH", "insideV")
        borders = "<w:tblBorders>" + "".join(f'<w:{s} w:val="nil"/>' for s in sides)
        borders += "</w:tblBorders>"
    return (
        f'<w:tblPr>{style_xml}<w:tblW w:w="{width}" w:type="dxa"/>{borders}'
        '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="1" w:lastRow="0" '
        'w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
    )


def _grid(widths: Sequence[int]) -> str:
    return "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"


def cell(width: int, style: str, text: str, ppr_extra: str = "") -> str:
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr_extra}</w:pPr>{run(text)}</w:p></w:tc>'
    )
