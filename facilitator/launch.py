"""One entry point for the standalone app: the desktop app or the command line.

No arguments, `--demo`, or one session, kit or bundle file (a double-click) start the desktop
app; anything else is a command (`facilitator demo …`, `export …`, `--version`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

GUI_FLAGS = ("--demo", "--debug", "--smoke")
DOCUMENT_SUFFIXES = (".fsession", ".fkit", ".fbundle")  # what the desktop hands the app


def wants_gui(argv: Sequence[str]) -> bool:
    rest = [arg for arg in argv if arg not in GUI_FLAGS]
    if not rest:
        return True
    single = len(rest) == 1 and not rest[0].startswith("-")
    return single and Path(rest[0]).suffix.lower() in DOCUMENT_SUFFIXES


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(args):
        from facilitator.gui.app import main as gui_main  # Qt only for the app

        return gui_main(args)
    from facilitator.cli import main as cli_main

    return cli_main(args)
