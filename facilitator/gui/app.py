"""Starting the desktop app: `facilitator-gui [PATH] [--demo]`, `facilitator open [PATH]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.gui import language
from facilitator.gui.controller import Controller

ORGANISATION = "Facilitator"
APPLICATION = "Facilitator"


def application() -> QApplication:
    """The one QApplication, named so QSettings and the data folder find their place."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    return app


def start(path: Path | None, demo: bool) -> Controller:
    """Show the first window: the session asked for, the demo, or the welcome screen."""
    language.install(language.chosen_language())
    controller = Controller()
    if demo:
        controller.open_demo()
    elif path is not None:
        controller.open_path(str(path))
    else:
        controller.show_welcome()
    return controller


def run(path: Path | None, demo: bool = False) -> int:
    """Run the app until its last window closes; the CLI's `open` calls this."""
    app = application()
    app.setQuitOnLastWindowClosed(False)  # swapping windows must not end the app
    controller = start(path, demo)
    code = app.exec()
    controller.close_session()
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="facilitator-gui")
    parser.add_argument("path", nargs="?", type=Path, help="a session file to open")
    parser.add_argument("--demo", action="store_true", help="open the demo session")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    return run(args.path, args.demo)
