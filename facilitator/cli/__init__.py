"""The command line: `facilitator COMMAND ...`, calling the same services as the app."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

import facilitator
from facilitator import i18n, logs
from facilitator.cli.common import EXIT_OK, EXIT_REFUSED, say
from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, Translate

# Each module adds its subcommands with `add_commands(subparsers, translate)`; help texts
# are written as `translate("CLI", "...")` so that lupdate finds them.
log = logging.getLogger(__name__)

COMMAND_MODULES = (
    "facilitator.cli.session",
    "facilitator.cli.votes",
    "facilitator.cli.exchange",
    "facilitator.cli.export",
)


def build_parser(translate: Translate) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description=translate(
            "CLI", "Facilitator: strategic sessions, offline platforms, resolutions."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"facilitator {facilitator.version()}"
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help=translate("CLI", "write details to the log file too"),
    )
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help=translate("CLI", "language of messages (default: from the system locale)"),
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_commands(subparsers, translate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; 0 done, 2 usage error, 1 input refused."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        tr = i18n.translator(_language(argv))
    except FacilitatorError as error:  # its own translation is what is missing: English
        print(f"Error: {error}", file=sys.stderr)
        return EXIT_REFUSED
    args = build_parser(tr).parse_args(argv)
    logs.start_logging("cli", args.debug)
    log.info("facilitator %s: %s", facilitator.version(), args.command)
    try:
        return int(args.run(args, tr))
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except FacilitatorError as error:
        log.warning("refused: %s", error)
        say(
            tr,
            QT_TRANSLATE_NOOP("CLI", "Error: {message}"),
            file=sys.stderr,
            message=error.format(tr),
        )
        return EXIT_REFUSED
    except Exception:
        log.exception("the command %s failed", args.command)
        raise
    finally:
        logs.stop_logging()


def _language(argv: list[str]) -> str:
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return i18n.system_language()
