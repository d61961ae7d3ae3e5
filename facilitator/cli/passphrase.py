"""A kit's passphrase on the command line: from the first line of a file, or typed unseen."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from facilitator.cli.common import text
from facilitator.exchange import sealing
from facilitator.messages import QT_TRANSLATE_NOOP, Translate, fail, os_reason


def add_file_option(parser: argparse.ArgumentParser, translate: Translate) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate("CLI", "read the passphrase of the kit from the first line of FILE"),
    )


def add_kit_options(parser: argparse.ArgumentParser, translate: Translate) -> None:
    """`kit`: --passphrase-file F or --ask-passphrase (one of them, or neither)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate(
            "CLI",
            "protect the kit with the passphrase on the first line of FILE (at least 8 "
            "characters; it cannot be recovered if lost)",
        ),
    )
    group.add_argument(
        "--ask-passphrase",
        action="store_true",
        help=translate("CLI", "protect the kit with a passphrase typed twice (not shown)"),
    )


def for_new_kit(args: argparse.Namespace, tr: Translate) -> str | None:
    """The passphrase to protect a new kit with, checked; None for an unprotected kit."""
    if args.passphrase_file is not None:
        return sealing.check_passphrase(from_file(args.passphrase_file))
    if not args.ask_passphrase:
        return None
    first = sealing.check_passphrase(
        getpass.getpass(text(tr, QT_TRANSLATE_NOOP("CLI", "Passphrase for the kit: ")))
    )
    second = getpass.getpass(text(tr, QT_TRANSLATE_NOOP("CLI", "The same passphrase again: ")))
    if sealing.check_passphrase(second) != first:
        raise fail(QT_TRANSLATE_NOOP("Messages", "The two passphrases differ; no kit was written."))
    return first


def ask_to_open(tr: Translate, kit: Path) -> str:
    return getpass.getpass(
        text(tr, QT_TRANSLATE_NOOP("CLI", "Passphrase of {kit}: "), kit=kit.name)
    )


def from_file(path: Path) -> str:
    """The first line of the file, without its line break."""
    try:
        content = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = os_reason(error) if isinstance(error, OSError) else "UTF-8"
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "{file}: the passphrase cannot be read ({reason})."),
            file=path.name,
            reason=reason,
        ) from None
    lines = content.splitlines()
    return lines[0] if lines else ""
