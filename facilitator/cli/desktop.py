"""`facilitator install-desktop`: the menu entry, file types and icons on a Linux desktop."""

from __future__ import annotations

import argparse
from typing import Any

from facilitator import desktop
from facilitator.cli.common import EXIT_OK, examples, say
from facilitator.messages import QT_TRANSLATE_NOOP, Translate


def add_commands(sub: Any, translate: Translate) -> None:
    p = sub.add_parser(
        "install-desktop",
        help=translate(
            "CLI",
            "add Facilitator to the desktop menu and open its files by double-click (Linux)",
        ),
        **examples(
            translate,
            translate(
                "CLI",
                "Installs the menu entry, the file types (.fsession, .fkit, .fbundle) and the "
                "icons into the XDG folders. Optional: the app and the commands work without "
                "it.",
            ),
            "facilitator install-desktop --user",
        ),
    )
    p.add_argument(
        "--user",
        action="store_true",
        help=translate("CLI", "for you only, in ~/.local/share (default: /usr/local/share)"),
    )
    p.add_argument(
        "--uninstall",
        action="store_true",
        help=translate("CLI", "remove what an earlier install-desktop put there"),
    )
    p.set_defaults(run=run_install_desktop)


def run_install_desktop(args: argparse.Namespace, tr: Translate) -> int:
    desktop.refuse_outside_freedesktop()
    share = desktop.data_home(args.user)
    if args.uninstall:
        outcome = desktop.uninstall(share)
        if not outcome.files:
            say(tr, QT_TRANSLATE_NOOP("CLI", "Nothing to remove in {folder}."), folder=share)
            return EXIT_OK
        for path in outcome.files:
            say(tr, QT_TRANSLATE_NOOP("CLI", "Removed: {path}"), path=path)
    else:
        outcome = desktop.install(share)
        for path in outcome.files:
            say(tr, QT_TRANSLATE_NOOP("CLI", "Installed: {path}"), path=path)
    for command in outcome.ran:
        say(tr, QT_TRANSLATE_NOOP("CLI", "Ran: {command}"), command=command)
    for tool in outcome.missing:
        say(
            tr,
            QT_TRANSLATE_NOOP(
                "CLI",
                "{tool} is not installed, so its cache was not refreshed; the desktop "
                "will notice the change after you log in again.",
            ),
            tool=tool,
        )
    return EXIT_OK
