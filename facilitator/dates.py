"""Dates as Russian documents write them («5 июня 2026 г.»), from our own month-name table."""

from __future__ import annotations

import datetime as dt

# The genitive month names: a fixed table, so the output never depends on the OS locale.
MONTHS_GENITIVE: tuple[str, ...] = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip


def parse_iso(value: str | dt.date | None) -> dt.date | None:
    """A date from an ISO string (YYYY-MM-DD) or a date; None when empty or not a date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat((value or "").strip())
    except ValueError:
        return None


def format_date(value: str | dt.date | None, nbsp: bool = False) -> str:
    """«5 июня 2026 г.»; an empty value gives "", text that is not a date is returned as is.

    With `nbsp` the day stays with its month and the year with «г.» (no line break inside),
    as documents set it.
    """
    day = parse_iso(value)
    if day is None:
        return value.strip() if isinstance(value, str) else ""
    space = "\u00a0" if nbsp else " "
    return f"{day.day}{space}{MONTHS_GENITIVE[day.month - 1]} {day.year}{space}г."


def format_deadline(value: str | dt.date | None, nbsp: bool = False) -> str:
    """A deadline as «до 1 декабря 2026 г.»; free text (e.g. «постоянно») is kept as typed."""
    day = parse_iso(value)
    if day is None:
        return value.strip() if isinstance(value, str) else ""
    return f"до {format_date(day, nbsp)}"
