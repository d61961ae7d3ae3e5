"""Translations for the Qt-free faces: reads the same Qt .ts files the GUI compiles."""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from pathlib import Path

from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, Translate, fail
from facilitator.resources import ts_path

LANGUAGES = ("en", "ru")


def load_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation, for every finished entry of a .ts file."""
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = translation.text
    return table


def system_language() -> str:
    """The language of the user's locale, as one of LANGUAGES (English when unknown).

    FACILITATOR_LANG, when set, wins: tests and scripts use it to pin the language.
    """
    pinned = os.environ.get("FACILITATOR_LANG", "")
    if pinned in LANGUAGES:
        return pinned
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "ru" if value.lower().startswith("ru") else "en"
    code = locale.getlocale()[0] or ""
    return "ru" if code.lower().startswith("ru") else "en"


def missing(path: Path) -> FacilitatorError:
    """A translation that is not where the package keeps it: an incomplete installation."""
    return fail(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The translation {file} cannot be loaded: this installation of Facilitator is "
            "incomplete. Reinstall it.",
        ),
        file=str(path),
    )


def translator(language: str) -> Translate:
    """A translate(context, text) function for the given language; refuses a missing one."""
    if language == "en" or language not in LANGUAGES:  # argparse refuses an unknown one
        return lambda context, text: text
    path = ts_path(language)
    try:
        table = load_ts(path)
    except (OSError, ET.ParseError):
        raise missing(path) from None
    if not table:
        raise missing(path)
    return lambda context, text: table.get((context, text), text)
