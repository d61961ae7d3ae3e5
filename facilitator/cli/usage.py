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
