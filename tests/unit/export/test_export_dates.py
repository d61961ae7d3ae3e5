"""Russian dates from our own month table, whatever the locale."""

from __future__ import annotations

import datetime as dt
import locale

import pytest

from facilitator.dates import MONTHS_GENITIVE, format_date, format_deadline


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-06-05", "5 июня 2026 г."),
        ("2026-01-31", "31 января 2026 г."),
        ("2027-12-01", "1 декабря 2027 г."),
        (dt.date(2026, 3, 8), "8 марта 2026 г."),
        (dt.datetime(2026, 5, 9, 10, 30), "9 мая 2026 г."),
        ("", ""),
        (None, ""),
        ("постоянно", "постоянно"),
    ],
)
def test_format_date(value: object, expected: str) -> None:
    assert format_date(value) == expected  # type: ignore[arg-type]


def test_every_month_in_the_genitive() -> None:
    names = [format_date(dt.date(2026, month, 1)).split()[1] for month in range(1, 13)]
    assert names == list(MONTHS_GENITIVE)
    assert names[2] == "марта" and names[7] == "августа"


def test_nbsp_keeps_day_month_and_year_together() -> None:
    assert format_date("2026-06-05", nbsp=True) == "5\u00a0июня 2026\u00a0г."


def test_deadline() -> None:
    assert format_deadline("2026-12-01") == "до 1 декабря 2026 г."
    assert format_deadline("ежегодно") == "ежегодно"
    assert format_deadline("") == ""


def test_does_not_depend_on_the_locale() -> None:
    before = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, "C")
        assert format_date("2026-06-05") == "5 июня 2026 г."
    finally:
        locale.setlocale(locale.LC_TIME, before)
