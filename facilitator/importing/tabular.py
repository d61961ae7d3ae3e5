"""Read a table file into a header and rows of text: CSV in UTF-8/UTF-16/cp1251, or XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from facilitator.messages import QT_TRANSLATE_NOOP, fail, os_reason

XLSX_MAGIC = b"PK\x03\x04"
DELIMITERS = (";", ",", "\t")


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
    try:
        return data.decode("cp1251"), "cp1251"
    except UnicodeDecodeError:
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages", "{file}: unknown text encoding (expected UTF-8 or Windows-1251)."
            ),
            file=path.name,
        ) from None


def _read_csv(path: Path, data: bytes) -> Table:
    text, encoding = decode(path, data)
    first_line = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=first_line.count)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as error:
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "{file}: malformed CSV ({reason})."),
            file=path.name,
            reason=str(error),
        ) from None
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    return Table(path, [h.strip() for h in header], [list(r) for r in body], encoding, delimiter)


def _read_xlsx(path: Path, data: bytes) -> Table:
    from openpyxl import load_workbook  # imported here: slow to import, rarely needed

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        book.close()
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, IndexError):
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
