"""The app holds its session safely: file dialogs, other programs, busy and read-only files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_name
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileSystemModel, QLineEdit

from facilitator.gui import files
from facilitator.gui.controller import Controller
from facilitator.services import platforms
from facilitator.store.db import create_session_file

OTHER_PROGRAM = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM proposal").fetchone()
conn.close()  # the last connection: SQLite folds the WAL in and deletes it, if it may
"""


def _session(path: Path) -> Path:
    sf = create_session_file(path, "Dialogs")
    platforms.add_platform(sf, "Platform one")
    sf.close()
    return path


def _capture(qtbot: Any, window: Any, title: str) -> None:
    line = by_name(window, QLineEdit, "Quick capture")
    line.setText(title)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _titles(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        titles = {row[0] for row in conn.execute("SELECT title FROM proposal")}
    conn.close()
    return titles


def _browse(qtbot: Any, parent: Any, folder: Path) -> None:
    """Show the file dialog the app shows (File → Open), let it list and describe the folder's
    files the way it does for a person, then close it."""
    dialog = files._dialog(parent, "Open session", str(folder), "Facilitator sessions (*.fsession)")
    dialog.setViewMode(dialog.ViewMode.Detail)  # the Type column: the file's kind, guessed
    dialog.open()
    model = dialog.findChild(QFileSystemModel)
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(folder))) > 0)
    qtbot.wait(600)  # the icon and type guesses run on a thread after the listing
    for row in range(model.rowCount(model.index(str(folder)))):
        model.type(model.index(row, 0, model.index(str(folder))))
    qtbot.wait(200)
    dialog.reject()


@pytest.mark.parametrize("safe", [True, False], ids=["our dialog", "Qt's default dialog"])
def test_a_file_dialog_on_the_session_folder_keeps_the_session_safe(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, safe: bool
) -> None:
    path = _session(tmp_path / "forum.fsession")
    controller = Controller()
    assert controller.open_path(str(path))
    window = controller.window
    _capture(qtbot, window, "Before the dialog")
    wal = path.with_name(path.name + "-wal")
    assert wal.exists()

    monkeypatch.setattr(files, "NATIVE_IS_SAFE", not safe)  # False: our name-only icons
    _browse(qtbot, window, tmp_path)
    subprocess.run([sys.executable, "-c", OTHER_PROGRAM, str(path)], check=True)
    wal_kept = wal.exists()
    _capture(qtbot, window, "After the dialog")
    controller.close_session()

    if safe:
        assert wal_kept
        assert {"Before the dialog", "After the dialog"} <= _titles(path)
    else:  # what the name-only icons prevent: our locks were dropped and the WAL deleted
        # under the open session (its later edits then live in a deleted file until closed)
        assert not wal_kept
