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
from facilitator.cli.usage import translate_metavars, translated_argparse
from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, Translate

# Each module adds its subcommands with `add_commands(subparsers, translate)`; help texts
# are written as `translate("CLI", "...")` so that lupdate finds them.
log = logging.getLogger(__name__)

COMMAND_MODULES = (
    "facilitator.cli.session",
    "facilitator.cli.people",
    "facilitator.cli.proposals",
    "facilitator.cli.setup",
    "facilitator.cli.votes",
    "facilitator.cli.exchange",
    "facilitator.cli.conflicts",
    "facilitator.cli.secretariat",
    "facilitator.cli.export",
    "facilitator.cli.desktop",
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
    translate_metavars(parser, translate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; 0 done, 2 usage error, 1 input refused."""
    argv = normalise(list(sys.argv[1:] if argv is None else argv))
    try:
        tr = i18n.translator(_language(argv))
    except FacilitatorError as error:  # its own translation is what is missing: English
        print(f"Error: {error}", file=sys.stderr)
        return EXIT_REFUSED
    with translated_argparse(tr):
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


# A group whose first word may be left out: `platforms PATH` lists, as `platforms list PATH`.
DEFAULT_ACTIONS = {
    "platforms": ("list", ("list", "set", "add")),
    "conflicts": ("list", ("list", "resolve")),
    "similar": ("list", ("list", "merge")),
}


def normalise(argv: list[str]) -> list[str]:
    """`--lang` moved to the front (it is accepted after the command too); a group's default
    action put in where it was left out."""
    front: list[str] = []
    rest: list[str] = []
    words = iter(argv)
    for arg in words:
        if arg == "--lang":
            front += [arg, next(words, "")]
        elif arg.startswith("--lang="):
            front.append(arg)
        else:
            rest.append(arg)
    if rest and rest[0] in DEFAULT_ACTIONS:
        default, actions = DEFAULT_ACTIONS[rest[0]]
        if len(rest) > 1 and rest[1] not in actions and rest[1] not in ("-h", "--help"):
            rest.insert(1, default)
    return front + rest


def _language(argv: list[str]) -> str:
    for index, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return i18n.system_language()
