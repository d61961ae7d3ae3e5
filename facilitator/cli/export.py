"""The export command: the resolution, or one platform's protocol, to Word (and PDF)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from facilitator.cli.common import EXIT_OK, opened, say
from facilitator.export import export_document
from facilitator.messages import QT_TRANSLATE_NOOP, Translate


def add_commands(sub: Any, translate: Translate) -> None:
    p = sub.add_parser(
        "export",
        help=translate("CLI", "write the resolution (or a platform's protocol) to Word"),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT.docx",
        help=translate("CLI", "the Word file to write"),
    )
    p.add_argument(
        "--platform",
        type=int,
        metavar="N",
        help=translate("CLI", "write platform N's protocol instead"),
    )
    p.add_argument(
        "--template",
        type=Path,
        metavar="FILE",
        help=translate("CLI", "a .docx template with your styles"),
    )
    p.add_argument(
        "--pdf",
        action="store_true",
        help=translate("CLI", "also convert to PDF (needs LibreOffice)"),
    )
    p.set_defaults(run=run_export)


def run_export(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path, write=False) as sf:
        written = export_document(sf, args.output, args.platform, args.template, args.pdf)
    for path in written:
        say(tr, QT_TRANSLATE_NOOP("CLI", "Written: {path}"), path=path)
    for warning in written.warnings:  # written all the same: the reader should know
        say(tr, QT_TRANSLATE_NOOP("CLI", "Warning: {text}"), sys.stderr, text=warning.format(tr))
    return EXIT_OK
