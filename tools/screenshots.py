"""Screenshots of the main screens, in English and Russian, into docs/screenshots/.

QT_QPA_PLATFORM=offscreen python tools/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.demo import write_demo
from facilitator.gui import language, settings
from facilitator.gui.app import application
from facilitator.gui.controller import Controller
from facilitator.gui.preferences import PreferencesDialog
from facilitator.gui.setup_dialog import SetupDialog

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1366, 768)


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def shoot(controller: Controller, path: Path, lang: str) -> None:
    settings.LANGUAGE.set(lang)
    language.install(lang)
    controller.show_welcome()
    controller.welcome.resize(900, 560)
    save(controller.welcome, f"welcome-{lang}")
    controller.open_path(str(path))
    window = controller.window
    window.resize(*SIZE)
    window.sidebar.step(+2)  # platform 3
    window.proposals.step(+1)
    window.proposals.step(+3)
    save(window, f"main-{lang}")
    window.actions_.by_key["view_participants"].trigger()
    save(window, f"participants-{lang}")
    window.actions_.by_key["view_proposals"].trigger()
    setup = SetupDialog(window.ops, window)
    setup.resize(1000, 640)
    setup.show()
    save(setup, f"setup-{lang}")
    setup.reject()
    preferences = PreferencesDialog(window)
    preferences.show()
    save(preferences, f"preferences-{lang}")
    preferences.reject()
    controller.close_session()


def main() -> int:
    application()
    folder = Path(tempfile.mkdtemp())
    # keep the user's own settings out of it
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("FacilitatorScreenshots")
    path = folder / "Промышленный рывок.fsession"
    write_demo(path, filled=True)
    OUT.mkdir(parents=True, exist_ok=True)
    controller = Controller()
    for lang in ("en", "ru"):
        shoot(controller, path, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
