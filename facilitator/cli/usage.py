"""argparse's own texts (usage, help headings, usage errors) in the user's language.

argparse looks its texts up through gettext's `_()` and `ngettext()` at call time; while a
command is parsed, `translated_argparse` puts our translator in their place.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from facilitator.messages import QT_TRANSLATE_NOOP, Translate

CONTEXT = "Argparse"  # a name, not a literal, so that lupdate does not take it for a source
TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "int"),  # the type named in "invalid %(type)s value"
)


# The placeholders of usage lines and errors (`PATH`, `NUMBER`), as the help texts name them.
METAVAR = "Metavar"
METAVARS = (
    QT_TRANSLATE_NOOP("Metavar", "ACTION"),
    QT_TRANSLATE_NOOP("Metavar", "BUNDLE"),
    QT_TRANSLATE_NOOP("Metavar", "COMMAND"),
    QT_TRANSLATE_NOOP("Metavar", "DATE"),
    QT_TRANSLATE_NOOP("Metavar", "DEADLINE"),
    QT_TRANSLATE_NOOP("Metavar", "FILE"),
    QT_TRANSLATE_NOOP("Metavar", "FORUM"),
    QT_TRANSLATE_NOOP("Metavar", "ID"),
    QT_TRANSLATE_NOOP("Metavar", "K"),
    QT_TRANSLATE_NOOP("Metavar", "KIND"),
    QT_TRANSLATE_NOOP("Metavar", "KIT"),
    QT_TRANSLATE_NOOP("Metavar", "MODERATOR"),
    QT_TRANSLATE_NOOP("Metavar", "N"),
    QT_TRANSLATE_NOOP("Metavar", "NAME"),
    QT_TRANSLATE_NOOP("Metavar", "NAME=ours|theirs"),
    QT_TRANSLATE_NOOP("Metavar", "NUMBER"),
    QT_TRANSLATE_NOOP("Metavar", "ORGANISER"),
    QT_TRANSLATE_NOOP("Metavar", "OUT.docx"),
    QT_TRANSLATE_NOOP("Metavar", "PATH"),
    QT_TRANSLATE_NOOP("Metavar", "POS"),
    QT_TRANSLATE_NOOP("Metavar", "PRESENTER"),
    QT_TRANSLATE_NOOP("Metavar", "RESPONSIBLE"),
    QT_TRANSLATE_NOOP("Metavar", "ROOM"),
    QT_TRANSLATE_NOOP("Metavar", "S"),
    QT_TRANSLATE_NOOP("Metavar", "STATUS"),
    QT_TRANSLATE_NOOP("Metavar", "TEXT"),
    QT_TRANSLATE_NOOP("Metavar", "TITLE"),
    QT_TRANSLATE_NOOP("Metavar", "VENUE"),
)


def translate_metavars(parser: argparse.ArgumentParser, tr: Translate) -> None:
    """Every placeholder of the parser and its commands in the user's language: usage lines,
    help and errors («не указаны обязательные аргументы: СЕССИЯ, НОМЕР»)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                translate_metavars(child, tr)
        name = placeholder(action)
        if name:
            action.metavar = tr(METAVAR, name)


def placeholder(action: argparse.Action) -> str:
    """The name argparse shows for an action's value; "" when it shows none or its choices."""
    if isinstance(action.metavar, str):
        return action.metavar
    if action.nargs == 0 or action.choices is not None or action.metavar is not None:
        return ""
    return action.dest.upper() if action.option_strings else action.dest


def whole_number(tr: Translate) -> Callable[[str], int]:
    """`int` for argparse, named in the user's language where a value is refused
    ("invalid %(type)s value" shows a type's __name__)."""

    def parse(text: str) -> int:
        return int(text)

    parse.__name__ = tr(CONTEXT, "int")
    return parse


@contextmanager
def translated_argparse(tr: Translate) -> Iterator[None]:
    """argparse speaks the user's language inside this block."""
    module: Any = argparse
    before = module._, module.ngettext

    def single(text: str) -> str:
        return tr(CONTEXT, text)

    def plural(one: str, many: str, count: int) -> str:
        return tr(CONTEXT, one if count == 1 else many)

    module._, module.ngettext = single, plural
    try:
        yield
    finally:
        module._, module.ngettext = before
