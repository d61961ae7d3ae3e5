"""The app holds its session safely: file dialogs, other programs, busy and read-only files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_name
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileSystemModel, QLineEdit, QMessageBox

from facilitator.gui import files
from facilitator.gui.controller import Controller
from facilitator.gui.instance_link import WindowLink, ask_to_show
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
    root = model.index(str(folder))
    qtbot.waitUntil(lambda: model.rowCount(root) > 0)
    session = model.index(str(folder / "forum.fsession"))
    # the type guesses run on a thread after the listing: wait until the session's is made
    qtbot.waitUntil(lambda: bool(model.type(session)), timeout=10000)
    qtbot.wait(300)
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


OTHER_WRITER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("holding", flush=True)
sys.stdin.readline()  # until the test says so
conn.execute("ROLLBACK")
conn.close()
"""


def _other_writer(path: Path) -> subprocess.Popen[str]:
    """Another program in the middle of a long write to the session file."""
    child = subprocess.Popen(
        [sys.executable, "-c", OTHER_WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "holding"
    return child


def _release(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None
    child.stdin.write("done\n")
    child.stdin.close()
    child.wait(10)
    assert child.stdout is not None
    child.stdout.close()


@pytest.fixture
def opened(tmp_path: Path) -> Any:
    path = _session(tmp_path / "busy.fsession")
    controller = Controller()
    assert controller.open_path(str(path))
    controller.sf.db.execute_sql("PRAGMA busy_timeout = 200")  # not 5 s: a test
    yield controller
    controller.close_session()


def test_a_busy_file_keeps_the_typed_entry_and_says_it_is_not_saved(
    qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = opened.window
    asked: list[str] = []
    monkeypatch.setattr(window.ops, "ask_retry", lambda err: asked.append(str(err)) or False)
    writer = _other_writer(opened.sf.path)
    try:
        _capture(qtbot, window, "Typed while busy")
    finally:
        _release(writer)
    assert asked and "busy" in asked[0]
    line = by_name(window, QLineEdit, "Quick capture")
    assert line.text() == "Typed while busy"  # kept, to press Enter again
    assert "NOT saved" in window.saved.text()
    assert "Typed while busy" not in {row.title for row in window.proposals.model.rows}

    qtbot.keyClick(line, Qt.Key.Key_Return)  # the other program has finished: saved now
    assert line.text() == ""
    assert window.saved.text().startswith("All changes saved")
    assert "Typed while busy" in _titles(opened.sf.path)


def test_retry_saves_the_entry_once_the_file_is_free(
    qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = opened.window
    writer = _other_writer(opened.sf.path)

    def retry(err: Any) -> bool:
        _release(writer)  # the person waits a moment, then presses Retry
        return True

    monkeypatch.setattr(window.ops, "ask_retry", retry)
    _capture(qtbot, window, "Saved on retry")
    assert by_name(window, QLineEdit, "Quick capture").text() == ""
    assert sorted(_titles(opened.sf.path)) == ["Saved on retry"]


HOLDER = """
import sys
from facilitator.store.db import open_session_file
sf = open_session_file(sys.argv[1], program="app")
print("ready", flush=True)
sys.stdin.readline()
sf.close()
"""


def _click_later(qtbot: Any, label: str, seen: list[str]) -> None:
    """Press a button of the message box about to be shown, as a person would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                button.click()
                return
        raise AssertionError(f"no button {label!r}")

    QTimer.singleShot(50, click)


def test_a_session_held_by_another_app_is_offered_read_only(
    qtbot: Any, tmp_path: Path, warnings_shown: list[str]
) -> None:
    path = _session(tmp_path / "held.fsession")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    controller = Controller()
    seen: list[str] = []
    try:
        _click_later(qtbot, "Open read-only", seen)
        assert controller.open_path(str(path))
        assert "is open in the Facilitator app on" in seen[0] and str(path) in seen[0]
        window = controller.window
        assert window.windowTitle().endswith("(read-only)")
        _capture(qtbot, window, "Not on a read-only session")
        assert warnings_shown and "read-only" in warnings_shown[-1]
        assert by_name(window, QLineEdit, "Quick capture").text() == "Not on a read-only session"
        controller.close_session()
    finally:
        _release(holder)
    assert "Not on a read-only session" not in _titles(path)


def test_switch_reaches_the_window_that_holds_the_session(qtbot: Any, tmp_path: Path) -> None:
    path = _session(tmp_path / "shown.fsession")
    link = WindowLink(path)
    asked: list[bool] = []
    link.showRequested.connect(lambda: asked.append(True))
    assert ask_to_show(path)
    qtbot.waitUntil(lambda: bool(asked))
    link.close()
    assert not ask_to_show(path)  # nobody listens any more: the caller says so


def test_a_read_only_file_opens_read_only_and_goes_on_in_a_saved_copy(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings_shown: list[str]
) -> None:
    path = _session(tmp_path / "from-the-stick.fsession")
    path.chmod(0o444)
    before = path.read_bytes()
    controller = Controller()
    seen: list[str] = []
    _click_later(qtbot, "Yes", seen)
    assert controller.open_path(str(path))
    assert "is read-only" in seen[0]
    window = controller.window
    assert window.windowTitle().endswith("(read-only)")
    assert "Save a copy as" in window.saved.text()

    copy = tmp_path / "mine.fsession"
    monkeypatch.setattr(files, "save_file", lambda *a, **k: str(copy))
    window.actions_.by_key["save_copy"].trigger()
    window = controller.window
    assert controller.sf is not None and controller.sf.path == copy and not controller.sf.read_only
    _capture(qtbot, window, "Written in the copy")
    assert by_name(window, QLineEdit, "Quick capture").text() == ""
    controller.close_session()
    path.chmod(0o644)
    assert path.read_bytes() == before
    assert "Written in the copy" in _titles(copy)


def test_an_undo_the_file_refused_can_be_tried_again(
    qtbot: Any, opened: Any, warnings_shown: list[str]
) -> None:
    window = opened.window
    _capture(qtbot, window, "First")
    _capture(qtbot, window, "Second")
    stack = window.ops.undo_stack
    assert stack.index() == 2
    table = window.proposals.table
    writer = _other_writer(opened.sf.path)
    try:
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: stack.index() == 2)  # moved back: the step was not made
    finally:
        _release(writer)
    assert warnings_shown and "busy" in warnings_shown[-1]
    assert "NOT saved" in window.saved.text()
    assert _titles(opened.sf.path) >= {"First", "Second"}

    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # again: it works
    assert stack.index() == 1
    live = {row.title for row in window.proposals.model.rows}
    assert "First" in live and "Second" not in live


def test_details_typed_while_the_file_is_busy_stay_in_the_editor(
    qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = opened.window
    _capture(qtbot, window, "Roads")
    monkeypatch.setattr(window.ops, "ask_retry", lambda err: False)
    proposal_id = window.proposals.model.rows[0].id
    writer = _other_writer(opened.sf.path)
    try:
        window.edit_proposal(proposal_id, {"text": "Typed during a busy moment"})
    finally:
        _release(writer)
    assert window.ops.unsaved and "NOT saved" in window.saved.text()
    assert window.proposals.model.rows[0].text == ""  # the table shows what is stored…
    window.edit_proposal(proposal_id, {"text": "Typed during a busy moment"})  # …and again
    assert not window.ops.unsaved
    assert window.proposals.model.rows[0].text == "Typed during a busy moment"
