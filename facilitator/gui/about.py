"""Help → About: the version, Qt's and PySide6's, where data and logs go, the licence."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

import facilitator
from facilitator.gui.folders import data_folder, log_folder

LICENCE = "MIT"


def about_text() -> str:
    translate = QCoreApplication.translate
    lines = (
        translate(
            "About",
            "Facilitator runs strategic sessions: capture, votes and the resolution, offline.",
        ),
        translate("About", "Version {version}").format(version=facilitator.version()),
        translate("About", "Qt {qt}, PySide6 {pyside}").format(
            qt=qVersion(), pyside=PySide6.__version__
        ),
        translate("About", "Data folder: {path}").format(path=data_folder()),
        translate("About", "Log folder: {path}").format(path=log_folder()),
        translate("About", "Licence: {licence}").format(licence=LICENCE),
    )
    return "\n\n".join(lines)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("About", "About Facilitator"), about_text()
    )
