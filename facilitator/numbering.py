"""Proposal numbers across devices: each writer numbers in its own series, so none collide.

A stored number is `series * SERIES + index`. Series 0 is plain ("3.41"): the secretariat's
before any kit of the platform went out, and the platform's first kit. The k-th further kit of
a platform numbers in series k, shown with a letter ("3.б41"); the secretariat, once a kit of
the platform is out, in its own series ("3.с5"). Two live proposals can then share a number
only when one kit was opened on two laptops (or in files from before series): the one created
first (then the smaller id) shows the number, the others add "-2", "-3" — a rule on the
proposals themselves, so every merge order gives the same codes.
"""

from __future__ import annotations

import re

SERIES = 100_000
KIT_LETTERS = "бвгдежзиклмнопртуфхцчшэюя"  # series 1, 2, …: the platform's further kits
SECRETARIAT_SERIES = 99
SECRETARIAT_LETTER = "с"
_CODE = re.compile(r"(?:(\d+)\.)?([^\W\d_]?)(\d+)(?:-(\d+))?\.?")


def letter(series: int) -> str:
    if series == 0:
        return ""
    if series == SECRETARIAT_SERIES:
        return SECRETARIAT_LETTER
    return KIT_LETTERS[series - 1]


def series_of_letter(text: str) -> int | None:
    if text == "":
        return 0
    if text == SECRETARIAT_LETTER:
        return SECRETARIAT_SERIES
    at = KIT_LETTERS.find(text)
    return None if at < 0 else at + 1


def kit_series(kits_before: int) -> int:
    """The series of a platform's kit, given how many kits it had before this one."""
    return min(kits_before, len(KIT_LETTERS))


def series_range(series: int) -> tuple[int, int]:
    """The first and last number of a series."""
    return series * SERIES + 1, series * SERIES + SERIES - 1


def code(platform_number: int, number: int, earlier: int = 0) -> str:
    """ "3.41", "3.б41", "3.с5"; "3.41-2" for the second live proposal showing 3.41."""
    series, index = divmod(number, SERIES)
    twin = f"-{earlier + 1}" if earlier else ""
    return f"{platform_number}.{letter(series)}{index}{twin}"


def parse_code(text: str, platform_number: int) -> tuple[int, int] | None:
    """(number, earlier) of a code typed or imported ("41", "3.41", "3.б41", "3.41-2")."""
    found = _CODE.fullmatch(text.strip().casefold())
    if not found or (found.group(1) and int(found.group(1)) != platform_number):
        return None
    series = series_of_letter(found.group(2))
    if series is None:
        return None
    twin = int(found.group(4) or 1)
    return series * SERIES + int(found.group(3)), twin - 1
