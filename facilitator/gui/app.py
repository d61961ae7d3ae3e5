"""Starting the desktop app: `facilitator-gui [PATH] [--demo]`, `facilitator open [PATH]`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow

import facilitator
from facilitator import desktop, logs
from facilitator.gui import crash, language
from facilitator.gui.controller import Controller
from facilitator.gui.folders import APPLICATION

ORGANISATION = "Facilitator"  # QSettings: ~/.config/Facilitator/Facilitator.conf on Linux
SMOKE_MS = 1500  # --smoke: long enough for the first window to be shown and painted
log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication, named so QSettings and the data folder find their place."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("facilitator")  # Wayland: the window belongs to facilitator.desktop
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The round table with three seats, in every shipped size (the window, the task bar)."""
    icon = QIcon()
    for place, source in desktop.icon_files().items():
        if place.stem == desktop.APP_ICON:
            icon.addFile(str(source))
    return icon


def start(path: Path | None, demo: bool) -> Controller:
    """Show the first window: the session asked for, the demo, or the welcome screen."""
    language.install_or_warn(language.chosen_language())
    controller = Controller()
    if demo:
        controller.open_demo()
    elif path is not None:
        controller.open_document(path)  # a session, or a kit or bundle double-clicked
    else:
        controller.show_welcome()
    return controller


def run(path: Path | None, demo: bool = False, debug: bool = False, smoke: bool = False) -> int:
    """Run the app until its last window closes; the CLI's `open` calls this.

    `smoke` (a build check): quit once the first window is shown, saying which it was."""
    app = application()
    logs.start_logging("app", debug)
    log.info("Facilitator %s started (Qt %s)", facilitator.version(), qVersion())
    crash.install()
    app.setQuitOnLastWindowClosed(False)  # swapping windows must not end the app
    controller = start(path, demo)
    if smoke:
        QTimer.singleShot(SMOKE_MS, lambda: _report_shown(app, controller))
    code = app.exec()
    controller.close_session()
    log.info("Facilitator closed")
    return code


def _report_shown(app: QApplication, controller: Controller) -> None:
    """`shown: <title>; menu: <the first menu's title>; qt: <Qt's own Cancel button>` (the
    language of ours and of Qt's translations shows), or none."""
    window = controller.window if controller.window is not None else controller.welcome
    if window is None or not window.isVisible():
        print("no window shown", flush=True)
        app.exit(1)
        return
    menus = [window.menuBar().actions()[0].text()] if isinstance(window, QMainWindow) else []
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own word for it
    cancel = box.buttons()[0].text()
    box.deleteLater()
    print(f"shown: {window.windowTitle()}; menu: {', '.join(menus)}; qt: {cancel}", flush=True)
    app.exit(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="facilitator-gui")
    parser.add_argument(
        "path", nargs="?", type=Path, help="a session, a platform kit or a results bundle"
    )
    parser.add_argument("--demo", action="store_true", help="open the demo session")
    parser.add_argument("--debug", action="store_true", help="write details to the log too")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    return run(args.path, args.demo, args.debug, args.smoke)
