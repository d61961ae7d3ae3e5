"""DrawingML chart pieces as text: fonts, fills, lines, and the cached data of a series."""

from __future__ import annotations

from collections.abc import Sequence

from .markup import escape

C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
LANG = "ru-RU"
TEXT_COLOUR = "262626"
SHEET = "Sheet1"  # the formulas name a sheet as Word does; no workbook is embedded


def val(tag: str, value: object) -> str:
    """An element whose only content is its `val` attribute: <c:tag val="…"/>."""
    return f'<c:{tag} val="{value}"/>'


def solid(colour: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'


def line(colour: str | None, width_emu: int = 9525) -> str:
    """An outline of the colour, or none."""
    if colour is None:
        return "<a:ln><a:noFill/></a:ln>"
    return f'<a:ln w="{width_emu}">{solid(colour)}</a:ln>'


def sp_pr(fill: str | None = None, outline: str | None = None) -> str:
    """Shape properties: a fill colour (or none) and an outline colour (or none)."""
    filling = solid(fill) if fill else "<a:noFill/>"
    return f"<c:spPr>{filling}{line(outline)}</c:spPr>"


def run_props(font: str, size_pt: float, tag: str = "a:defRPr", bold: bool = False) -> str:
    """Character properties with the font in the latin, east Asian and complex script slots."""
    faces = "".join(f'<a:{slot} typeface="{escape(font)}"/>' for slot in ("latin", "ea", "cs"))
    return (
        f'<{tag} lang="{LANG}" sz="{round(size_pt * 100)}" b="{int(bold)}">'
        f"{solid(TEXT_COLOUR)}{faces}</{tag}>"
    )


def tx_pr(font: str, size_pt: float) -> str:
    """The text properties of a chart, an axis or data labels."""
    return (
        f"<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>{run_props(font, size_pt)}</a:pPr>"
        f'<a:endParaRPr lang="{LANG}"/></a:p></c:txPr>'
    )


def rich(text: str, font: str, size_pt: float, rotated: bool = False) -> str:
    """A rich text (a title, a custom data label) of one paragraph."""
    body = '<a:bodyPr rot="-5400000" vert="horz"/>' if rotated else "<a:bodyPr/>"
    return (
        f"<c:tx><c:rich>{body}<a:lstStyle/><a:p><a:pPr>{run_props(font, size_pt)}</a:pPr>"
        f"<a:r>{run_props(font, size_pt, 'a:rPr')}<a:t>{escape(text)}</a:t></a:r></a:p>"
        "</c:rich></c:tx>"
    )


def column(index: int) -> str:
    """The sheet column letter of a zero-based index (A…Z, then AA…)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cells(col: int, first_row: int, count: int) -> str:
    """The formula of a run of cells in one column: Sheet1!$B$2:$B$8."""
    letter = column(col)
    last = first_row + max(count, 1) - 1
    return f"{SHEET}!${letter}${first_row}:${letter}${last}"


def str_ref(formula: str, texts: Sequence[str]) -> str:
    points = "".join(f'<c:pt idx="{i}"><c:v>{escape(t)}</c:v></c:pt>' for i, t in enumerate(texts))
    return (
        f"<c:strRef><c:f>{formula}</c:f><c:strCache>{val('ptCount', len(texts))}{points}"
        "</c:strCache></c:strRef>"
    )


def num_ref(formula: str, numbers: Sequence[float | None]) -> str:
    """Cached numbers behind a formula; None is a blank cell (no point there)."""
    points = "".join(
        f'<c:pt idx="{i}"><c:v>{number(n)}</c:v></c:pt>'
        for i, n in enumerate(numbers)
        if n is not None
    )
    return (
        f"<c:numRef><c:f>{formula}</c:f><c:numCache><c:formatCode>General</c:formatCode>"
        f"{val('ptCount', len(numbers))}{points}</c:numCache></c:numRef>"
    )


def series_name(col: int, name: str) -> str:
    """The series' name (its legend entry), cached from the header cell of its column."""
    letter = column(col)
    return f"<c:tx>{str_ref(f'{SHEET}!${letter}$1', [name])}</c:tx>"


def number(value: float) -> str:
    """A number as the cache holds it: 12, 6.5 (a point, whatever the locale)."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def label_flags(show_value: bool) -> str:
    """The show* switches of data labels, in the schema's order."""
    return (
        val("showLegendKey", 0)
        + val("showVal", int(show_value))
        + val("showCatName", 0)
        + val("showSerName", 0)
        + val("showPercent", 0)
        + val("showBubbleSize", 0)
    )
