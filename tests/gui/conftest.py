"""GUI test fixtures: isolated QSettings, English UI, a session with proposals, the window."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt's test mode puts the standard folders (the demo, recent files) under $HOME/.qttest: give
# each test run a home of its own, so two runs on one machine never open each other's files.
os.environ["HOME"] = tempfile.mkdtemp(prefix="facilitator-tests-home-")

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths
from PySide6.QtWidgets import QMessageBox

from facilitator.gui import language, settings
from facilitator.gui.main_window import MainWindow
from facilitator.gui.operations import Operations
from facilitator.services import participants, platforms, proposals
from facilitator.vocabulary import PROBLEM, RESOLUTION_ITEM

atexit.register(shutil.rmtree, os.environ["HOME"], ignore_errors=True)


@pytest.fixture(autouse=True)
def isolated_settings(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Never read or write the user's real settings; start each test in English."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("FacilitatorTests")
    QCoreApplication.setApplicationName("FacilitatorTests")
    QStandardPaths.setTestModeEnabled(True)
    settings.LANGUAGE.set("en")
    language.install("en")
    yield
    QSettings().clear()
    language.install("en")


@pytest.fixture
def filled(sf: Any) -> Any:
    """The shared two-platform session plus proposals and participants on platform 1."""
    first = platforms.list_platforms()[0]
    proposals.add_proposal(
        sf,
        first.id,
        "Roads to the industrial park",
        PROBLEM,
        text="Trucks wait for hours",
        tags="transport",
    )
    proposals.add_proposal(sf, first.id, "Train engineers locally", presenter="Ivanova A.")
    proposals.add_proposal(
        sf,
        first.id,
        "Build a technical college",
        RESOLUTION_ITEM,
        responsible="Ministry of education",
        deadline="2026-12-31",
    )
    for name in ("Petrov P.", "Sidorova S.", "Ivanova A."):
        participants.add_participant(sf, name, organisation="Plant", platform=first.id)
    return sf


@pytest.fixture
def ops(filled: Any) -> Operations:
    return Operations(filled)


@pytest.fixture
def window(qtbot: Any, ops: Operations) -> Iterator[MainWindow]:
    win = MainWindow(ops)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # gone before the session closes: a late LanguageChange must not reach it
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the modal warning box; collect the texts it would have shown."""
    shown: list[str] = []

    def fake(_parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake))
    return shown
