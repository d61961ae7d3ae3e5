"""Edits made with the command line while the app was closed are undone in the app."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from facilitator.cli import main
from facilitator.gui import language
from facilitator.gui.controller import Controller
from facilitator.services import proposals
from facilitator.store.db import open_session_file


def run(*args: Any) -> None:
    assert main([str(a) for a in args]) == 0


def proposal(path: Path, number: int) -> tuple[str, str, int]:
    """(title, status, deleted) of platform 2's proposal, read from the file itself."""
    with sqlite3.connect(path) as db:
        row = db.execute(
            "SELECT p.title, p.status, p.deleted FROM proposal p JOIN platform f "
            "ON p.platform_id = f.id WHERE f.number = 2 AND p.number = ?",
            (number,),
        ).fetchone()
    return row[0], row[1], row[2]


def step_record(window: Any) -> str:
    return str(window.ops.undo_stack.command(0).step.records[0].record_id)


def ctrl(qtbot: Any, window: Any, key: Qt.Key) -> None:
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def path(tmp_path: Path, capsys: Any) -> Path:
    path = tmp_path / "forum.fsession"
    titles = tmp_path / "platforms.txt"
    titles.write_text("Первая\nВторая\n", encoding="utf-8")
    run("new", path, "--title", "Форум", "--platforms", titles)
    ideas = tmp_path / "ideas.csv"
    ideas.write_text("Название;Вид\nДороги;проблема\nМост;предложение\n", encoding="utf-8")
    run("proposals", "import", path, "--platform", 2, ideas)
    capsys.readouterr()
    return path


@pytest.fixture
def controller() -> Iterator[Controller]:
    made = Controller()
    yield made
    made.close_session()


def opened(qtbot: Any, controller: Controller, path: Path) -> Any:
    assert controller.open_path(str(path))
    assert controller.window is not None
    with qtbot.waitActive(controller.window):  # as the desktop does with a new window
        controller.window.activateWindow()
    return controller.window


def test_ctrl_z_undoes_the_command_line_edit_and_ctrl_y_redoes_it(
    qtbot: Any, path: Path, controller: Controller
) -> None:
    run("proposals", "edit", path, "2.1", "--title", "Дороги и мосты", "--status", "adopted")
    window = opened(qtbot, controller, path)
    assert window.ops.undo_stack.count() == 1
    assert window.actions_.undo.text() == "Undo Change 2.1 (command line)"
    message = window.statusBar().currentMessage()
    assert message == (
        "Changes made from the command line that can be undone (Edit → Undo, Ctrl+Z): 1."
    )
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert proposal(path, 1) == ("Дороги", "draft", 0)
    ctrl(qtbot, window, Qt.Key.Key_Y)
    assert proposal(path, 1) == ("Дороги и мосты", "adopted", 0)


def test_undo_of_a_command_line_delete_brings_the_proposal_back(
    qtbot: Any, path: Path, controller: Controller
) -> None:
    run("proposals", "delete", path, "2.2")
    window = opened(qtbot, controller, path)
    window.sidebar.choose(proposals.proposal_row(step_record(window)).platform_id)
    assert "Мост" not in [row.title for row in window.proposals.model.rows]
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert proposal(path, 2) == ("Мост", "draft", 0)
    assert "Мост" in [row.title for row in window.proposals.model.rows]


def test_several_command_line_edits_are_undone_newest_first(
    qtbot: Any, path: Path, controller: Controller
) -> None:
    run("proposals", "edit", path, "2.1", "--title", "Один")
    run("session", "set", path, "--venue", "Иркутск")
    run("proposals", "delete", path, "2.2")
    window = opened(qtbot, controller, path)
    assert window.ops.undo_stack.count() == 3
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert proposal(path, 2)[2] == 0 and proposal(path, 1)[0] == "Один"
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert window.ops.sf.session.venue == ""
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert proposal(path, 1)[0] == "Дороги"
    assert not window.ops.undo_stack.canUndo()


def test_a_proposal_changed_since_refuses_the_undo(
    qtbot: Any, path: Path, controller: Controller, warnings_shown: list[str]
) -> None:
    run("proposals", "edit", path, "2.1", "--title", "Дороги и мосты")
    sf = open_session_file(path)  # another program changes it after the command line did
    proposals.edit_proposal(sf, proposals.proposal_by_code("2.1").id, title="Чужая правка")
    sf.close()
    window = opened(qtbot, controller, path)
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert warnings_shown == [
        "This change from the command line cannot be undone: proposal 2.1 was changed after "
        "it, in the app or by another command. Nothing was changed."
    ]
    assert proposal(path, 1)[0] == "Чужая правка"
    qtbot.waitUntil(lambda: window.ops.undo_stack.canUndo())  # the stack stays as the file is


def test_a_seen_step_is_not_offered_again(qtbot: Any, path: Path, controller: Controller) -> None:
    run("proposals", "edit", path, "2.1", "--title", "Один")
    assert opened(qtbot, controller, path).ops.undo_stack.count() == 1
    controller.close_session()
    run("proposals", "edit", path, "2.1", "--title", "Два")
    window = opened(qtbot, controller, path)
    assert window.ops.undo_stack.count() == 1
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert proposal(path, 1)[0] == "Один"


def test_merges_are_not_on_the_undo_stack(
    qtbot: Any, path: Path, tmp_path: Path, controller: Controller
) -> None:
    (tmp_path / "kits").mkdir()
    (tmp_path / "stick").mkdir()
    run("kit", path, "--platform", 2, "-o", tmp_path / "kits")
    laptop = tmp_path / "laptop.fsession"
    run("kit-open", tmp_path / "kits" / "platform-02.fkit", laptop)
    run("proposals", "edit", laptop, "2.1", "--title", "С ноутбука")
    run("bundle", laptop, "-o", tmp_path / "stick")
    run("proposals", "edit", path, "2.2", "--title", "Мост через реку")
    run("merge", path, *(tmp_path / "stick").glob("*.fbundle"))
    assert proposal(path, 1)[0] == "С ноутбука"
    window = opened(qtbot, controller, path)
    assert window.ops.undo_stack.count() == 1
    assert window.ops.undo_stack.text(0) == "Change 2.2 (command line)"
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert proposal(path, 2)[0] == "Мост" and proposal(path, 1)[0] == "С ноутбука"


def test_in_russian_the_steps_and_the_status_bar_say_so(
    qtbot: Any, path: Path, tmp_path: Path, controller: Controller
) -> None:
    people = tmp_path / "people.csv"
    people.write_text("ФИО;Площадка\nИванов Иван;2\n", encoding="utf-8")
    run("participants", "import", path, people)
    run("attendance", path, "--platform", 2, "--present", "Иванов Иван")
    run("proposals", "edit", path, "2.1", "--title", "Дороги и мосты")
    language.install("ru")
    window = opened(qtbot, controller, path)
    stack = window.ops.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Присутствие на площадке 2 (командная строка)",
        "Изменение 2.1 (командная строка)",
    ]
    assert window.statusBar().currentMessage() == (
        "Изменений из командной строки, которые можно отменить (Правка → Отменить, Ctrl+Z): 2."
    )
    ctrl(qtbot, window, Qt.Key.Key_Z)
    ctrl(qtbot, window, Qt.Key.Key_Z)
    assert proposal(path, 1)[0] == "Дороги"
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT present, deleted FROM attendance").fetchall() == [(0, 0)]
