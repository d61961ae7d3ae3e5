"""Pieces every command uses: exit codes, printing translated text, opening the session."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from facilitator.cli.usage import whole_number
from facilitator.importing.report import ImportReport
from facilitator.messages import Translate
from facilitator.store.db import CLI, SessionFile, open_session_file

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
CONTEXT = "CLI"  # a name, not a literal, so that lupdate does not take it for a source text


def text(tr: Translate, template: str, **params: Any) -> str:
    """A CLI text (marked with QT_TRANSLATE_NOOP("CLI", ...)) in the user's language."""
    return tr(CONTEXT, template).format(**params)


def say(tr: Translate, template: str, file: TextIO | None = None, **params: Any) -> None:
    print(text(tr, template, **params), file=file or sys.stdout)


def examples(translate: Translate, text: str, example: str) -> dict[str, Any]:
    """A command's help: what it reads (columns) and an example, shown by `--help`."""
    return {
        "description": textwrap.fill(text, 78),
        "epilog": translate("CLI", "Example:") + "\n  " + example,
        "formatter_class": argparse.RawDescriptionHelpFormatter,
    }


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def print_report(report: ImportReport, as_json: bool, tr: Translate) -> None:
    """What an import did: its message, or its figures as JSON."""
    if as_json:
        figures = ("file", "added", "skipped", "present", "ignored_columns")
        print_json({name: getattr(report, name) for name in figures})
    else:
        print(report.message().format(tr))


@contextmanager
def opened(path: Path, write: bool = True) -> Iterator[SessionFile]:
    """The session for one command. A command that writes holds the session's lock and is
    refused while the app (or another command) has it; one that only reads (`write=False`)
    reads it even then."""
    sf = open_session_file(Path(path), read_only=not write, program=CLI)
    try:
        yield sf
    finally:
        sf.close()


def platform_option(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """`--platform N`, required: the commands that work on one platform."""
    parser.add_argument(
        "--platform",
        type=whole_number(translate),
        required=True,
        metavar="N",
        help=translate("CLI", "the platform's number"),
    )


def platform_filter(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """`--platform N`, optional: the listings that show one platform or all."""
    parser.add_argument(
        "--platform",
        type=whole_number(translate),
        metavar="N",
        help=translate("CLI", "only this platform"),
    )
