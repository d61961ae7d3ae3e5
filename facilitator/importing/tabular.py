"""Read a table file into a header and rows of text: CSV in UTF-8/UTF-16/cp1251, or XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, fail, os_reason

XLSX_MAGIC = b"PK\x03\x04"
DELIMITERS = (";", ",", "\t")
SNIFFED_LINES = 20
# What a damaged workbook raises inside openpyxl: a broken zip, bad or hostile XML (ParseError
# is a SyntaxError), missing parts, odd values.
XLSX_FAULTS = (
    zipfile.BadZipFile,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    OSError,
    IndexError,
    EOFError,
    SyntaxError,
    MemoryError,
)
# The longest text a cell may hold: what a results bundle carries (exchange.codec.MAX_TEXT).
MAX_FIELD = 1_000_000


@dataclass
class Table:
    """A header and data rows; `first_row` is the file's row number of rows[0]."""

    path: Path
    header: list[str]
    rows: list[list[object]]
    encoding: str = ""
    delimiter: str = ""
    first_row: int = 2


def read_table(path: Path) -> Table:
    """Read a CSV or XLSX file; refuses unreadable files with a message naming the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "{file}: cannot be read ({reason})."),
            file=path.name,
            reason=os_reason(error),
        ) from None
    table = _read_xlsx(path, data) if data.startswith(XLSX_MAGIC) else _read_csv(path, data)
    if not table.header or not any(cell for cell in table.header):
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "{file}: the file is empty (no header row)."),
            file=path.name,
        )
    return table


HEADER_SEARCH = 10  # rows looked at for the header when title rows stand above it


def skip_to_header(table: Table, is_header: Callable[[list[str]], bool]) -> None:
    """Title rows above the header (common in Excel lists: «Список участников…») are skipped:
    the first of the top rows that `is_header` accepts becomes the header."""
    if is_header(table.header):
        return
    for offset, row in enumerate(table.rows[:HEADER_SEARCH]):
        cells = [str(cell).strip() for cell in row]
        if is_header(cells):
            table.header = cells
            table.rows = table.rows[offset + 1 :]
            table.first_row += offset + 1
            return


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Text and encoding: a BOM decides; else UTF-8 if valid; else cp1251 (Russian Excel)."""
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if b"\x00" in data:
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "{file}: this is not a text (CSV) or XLSX file."),
            file=path.name,
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = mixed_line(data)
    if mixed is not None:
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file}: line {line} is in another encoding than the rest (UTF-8 mixed with "
                "Windows-1251); save the file again in one encoding (UTF-8) and import it.",
            ),
            file=path.name,
            line=mixed,
        )
    try:
        return data.decode("cp1251"), "cp1251"
    except UnicodeDecodeError:
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages", "{file}: unknown text encoding (expected UTF-8 or Windows-1251)."
            ),
            file=path.name,
        ) from None


def mixed_line(data: bytes) -> int | None:
    """The first line of the rarer encoding when some lines are UTF-8 and others are not."""
    utf8: list[int] = []
    other: list[int] = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8.append(number)
        except UnicodeDecodeError:
            other.append(number)
    if not utf8 or not other:
        return None
    return (other if len(other) <= len(utf8) else utf8)[0]


def _read_csv(path: Path, data: bytes) -> Table:
    text, encoding = decode(path, data)
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    previous = csv.field_size_limit(MAX_FIELD)
    try:
        rows = list(reader)
    except csv.Error as error:
        raise _malformed(path, reader.line_num, error) from None
    finally:
        csv.field_size_limit(previous)
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    return Table(path, [h.strip() for h in header], [list(r) for r in body], encoding, delimiter)


def detect_delimiter(text: str) -> str:
    """The separator, quotes understood (a quoted comma in a `;` file is not a separator)."""
    sample = "\n".join(text.splitlines()[:SNIFFED_LINES])
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:  # one column, or too little to tell: the commonest of them
        return max(DELIMITERS, key=sample.count)


def _malformed(path: Path, line: int, error: csv.Error) -> FacilitatorError:
    if "field larger than field limit" in str(error):
        return fail(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file}, row {row}: a cell is longer than {limit} characters; shorten it.",
            ),
            file=path.name,
            row=line,
            limit=MAX_FIELD,
        )
    return fail(
        QT_TRANSLATE_NOOP("Messages", "{file}: malformed CSV near row {row} ({reason})."),
        file=path.name,
        row=line,
        reason=str(error),
    )


def _read_xlsx(path: Path, data: bytes) -> Table:
    from openpyxl import load_workbook  # imported here: slow to import, rarely needed

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        book.close()
    except XLSX_FAULTS:
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "{file}: damaged or not an XLSX workbook."),
            file=path.name,
        ) from None
    rows = [[_xlsx_cell(cell) for cell in row] for row in rows]
    while rows and not any(cell != "" for cell in rows[-1]):
        rows.pop()
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    return Table(path, [str(h).strip() for h in header], body, "xlsx", "")


def _xlsx_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value
    return str(value)
