"""The export command: the resolution, or one platform's protocol, to Word (and PDF)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from facilitator.cli.common import EXIT_OK, examples, opened, say
from facilitator.cli.usage import whole_number
from facilitator.export import choices, export_document
from facilitator.export.selection import ItemOverride, SelectionRules
from facilitator.messages import QT_TRANSLATE_NOOP, Translate
from facilitator.services.proposals import list_proposals
from facilitator.store.db import SessionFile
from facilitator.vocabulary import MERGED


def add_commands(sub: Any, translate: Translate) -> None:
    p = sub.add_parser(
        "export",
        help=translate("CLI", "write the resolution (or a platform's protocol) to Word"),
        **examples(
            translate,
            translate(
                "CLI",
                "The consolidated resolution, or with --platform that platform's protocol; "
                "into a folder as resolution.docx or protocol-NN.docx. The items, their "
                "wording and sections are the session's (as set in the app) unless --include "
                "says what goes in.",
            ),
            "facilitator export forum.fsession -o resolution.docx --include voted --pdf\n"
            "  facilitator export forum.fsession --platform 3 -o protocol-03.docx",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT.docx",
        help=translate("CLI", "the Word file to write, or a folder"),
    )
    p.add_argument(
        "--platform",
        type=whole_number(translate),
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
        "--include",
        choices=INCLUDE,
        help=translate(
            "CLI",
            "what goes in: adopted proposals, also those voted on (not rejected), or all "
            "(default: the session's own selection, as set in the app)",
        ),
    )
    p.add_argument(
        "--pdf",
        action="store_true",
        help=translate("CLI", "also convert to PDF (needs LibreOffice)"),
    )
    p.set_defaults(run=run_export)


def run_export(args: argparse.Namespace, tr: Translate) -> int:
    out = args.output
    if out.is_dir():  # a folder: the document gets its usual name there
        out = out / (
            "resolution.docx" if args.platform is None else f"protocol-{args.platform:02d}.docx"
        )

    def progress(done: int, total: int) -> None:
        if args.pdf and done == 1 < total:  # LibreOffice's part may take minutes: say so
            say(
                tr,
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Written: {path}. Converting it to PDF with LibreOffice; a large document "
                    "takes minutes (Ctrl+C stops it)…",
                ),
                sys.stderr,
                path=out,
            )

    with opened(args.path, write=False) as sf:
        rules, overrides = _included(sf, args.include)
        written = export_document(
            sf, out, args.platform, args.template, args.pdf, rules, overrides, progress=progress
        )
    for path in written:
        say(tr, QT_TRANSLATE_NOOP("CLI", "Written: {path}"), path=path)
    for warning in written.warnings:  # written all the same: the reader should know
        say(tr, QT_TRANSLATE_NOOP("CLI", "Warning: {text}"), sys.stderr, text=warning.format(tr))
    return EXIT_OK


INCLUDE = ("adopted", "voted", "all")


def _included(
    sf: SessionFile, include: str | None
) -> tuple[SelectionRules | None, list[ItemOverride] | None]:
    """The selection for `--include`; the secretariat's choices per item are kept, except
    that `all` puts every proposal in (merged originals stand in their merged proposal)."""
    if include is None:
        return None, None
    rules = replace(choices.selection_rules(sf), include_adopted=True, top_n=None)
    kept = choices.overrides()
    if include == "adopted":
        return replace(rules, min_score=None), kept
    if include == "voted":
        return replace(rules, min_score=0.0), kept
    by_id = {o.proposal_id: o for o in kept}
    every = [
        replace(by_id.get(row.id, ItemOverride(row.id)), included=True)
        for row in list_proposals()
        if row.status != MERGED
    ]
    return rules, every
