"""An exception in a slot: a dialog (nothing lost, where the log is, Copy details) and the log;
Help → About; the data folder is not doubled."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QPushButton

import facilitator
from facilitator import logs
from facilitator.gui import crash
from facilitator.gui.about import about_text
from facilitator.gui.controller import demo_path
from facilitator.gui.folders import data_folder


class Boom(RuntimeError):
    pass


@pytest.fixture
def app_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("FACILITATOR_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = logs.start_logging("app")
    crash.install()
    yield path
    logs.stop_logging()
    dialog = crash.current()
    if dialog is not None:
        dialog.reject()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_shown_and_logged(qtbot: Any, app_log: Path) -> None:
    button = QPushButton("Go")
    qtbot.addWidget(button)

    def broken() -> None:
        raise Boom("the projector cable")

    button.clicked.connect(broken)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = crash.current()
    assert dialog is not None and dialog.isVisible()
    text = " ".join(label.text() for label in dialog.findChildren(crash.QLabel))
    assert "Boom: the projector cable" in text
    assert "Nothing is lost" in text and str(app_log) in text
    details = dialog.findChild(QPlainTextEdit, "details").toPlainText()
    assert "Traceback" in details and "in broken" in details
    assert f"Facilitator {facilitator.version()}" in details
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == details
    logged = app_log.read_text(encoding="utf-8")
    assert "CRITICAL" in logged and "Boom: the projector cable" in logged


@pytest.mark.qt_no_exception_capture
def test_a_second_exception_meanwhile_goes_to_the_log_only(qtbot: Any, app_log: Path) -> None:
    button = QPushButton("Go")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 / 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    first = crash.current()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert crash.current() is first
    assert app_log.read_text(encoding="utf-8").count("ZeroDivisionError") >= 2
    first.reject()
    assert crash.current() is None


def test_about_names_versions_folders_and_licence(window: Any, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append(text))
    )
    window.actions_.by_key["about"].trigger()
    assert shown == [about_text()]
    import PySide6
    from PySide6.QtCore import qVersion

    text = shown[0]
    assert f"Version {facilitator.version()}" in text
    assert f"Qt {qVersion()}, PySide6 {PySide6.__version__}" in text
    assert f"Data folder: {data_folder()}" in text
    assert f"Log folder: {logs.log_folder()}" in text
    assert "Licence: MIT" in text


def test_the_data_folder_is_not_doubled() -> None:
    generic = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    assert data_folder() == Path(generic) / "Facilitator"
    assert demo_path().parent == data_folder()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_another_thread_is_shown_in_the_gui_thread(
    qtbot: Any, app_log: Path
) -> None:
    def broken() -> None:
        raise Boom("in a worker")

    worker = threading.Thread(target=broken)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: crash.current() is not None)
    dialog = crash.current()
    assert dialog is not None and dialog.thread() is QApplication.instance().thread()
    assert "Boom: in a worker" in app_log.read_text(encoding="utf-8")
