"""Session setup dialog, the welcome screen and starting the app; settings stay isolated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import by_name
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from facilitator.gui import app, settings
from facilitator.gui.controller import Controller, demo_path
from facilitator.gui.platform_model import COL_SECRETARY, COL_TITLE
from facilitator.gui.setup_dialog import SetupDialog
from facilitator.services.platforms import list_platforms


@pytest.fixture
def setup(qtbot: Any, window: Any) -> SetupDialog:
    dialog = SetupDialog(window.ops, window)
    qtbot.addWidget(dialog)
    return dialog


def test_session_fields_are_saved_and_undoable(setup: SetupDialog, window: Any) -> None:
    forum = by_name(setup, QLineEdit, "Forum")
    forum.setText("Locomotives of growth")
    forum.editingFinished.emit()
    assert window.ops.sf.session.forum == "Locomotives of growth"
    window.ops.undo_stack.undo()
    assert window.ops.sf.session.forum == "Test forum"
    assert forum.text() == "Test forum"


def test_chair_and_secretary_are_typed_saved_and_undoable(
    qtbot: Any, setup: SetupDialog, window: Any
) -> None:
    setup.show()
    setup.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is setup)
    typed = {
        # QTest types ASCII only
        "Chair": "Orlov Petr Sergeevich",
        "Chair's position": "Chairman of the organising committee",
        "Secretary": "Lebedeva Anna Igorevna",
        "Secretary's position": "Executive secretary",
    }
    for name, value in typed.items():
        line = by_name(setup, QLineEdit, name)
        line.setFocus()
        qtbot.keyClicks(line, value)
        qtbot.keyClick(line, Qt.Key.Key_Tab)
    session = window.ops.sf.session
    assert (session.chair, session.chair_position) == tuple(list(typed.values())[:2])
    assert (session.secretary, session.secretary_position) == tuple(list(typed.values())[2:])
    window.ops.undo_stack.undo()
    assert window.ops.sf.session.secretary_position == ""
    assert by_name(setup, QLineEdit, "Secretary's position").text() == ""
    setup.reject()


def test_platforms_added_renamed_moved_deleted(setup: SetupDialog, window: Any) -> None:
    table = by_name(setup, QTableView, "Platforms")
    setup.add_platform()
    assert [p.title for p in list_platforms()][-1] == "New platform"
    table.model().setData(table.model().index(2, COL_TITLE), "Third", Qt.ItemDataRole.EditRole)
    setup.move_platform(-1)
    assert [p.title for p in list_platforms()] == ["First platform", "Third", "Second platform"]
    assert window.sidebar.model.index(1).data() == "2. Third"
    setup.delete_platform()
    assert [p.title for p in list_platforms()] == ["First platform", "Second platform"]
    window.ops.undo_stack.undo()
    assert [p.title for p in list_platforms()][1] == "Third"
    setup.reject()


def test_a_platforms_secretary_is_typed_in_its_cell_and_undoable(
    qtbot: Any, setup: SetupDialog, window: Any
) -> None:
    setup.show()
    setup.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is setup)
    table = by_name(setup, QTableView, "Platforms")
    assert table.model().headerData(COL_SECRETARY, Qt.Orientation.Horizontal) == "Secretary"
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, COL_SECRETARY))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is table.viewport()
    qtbot.keyClicks(editor, "Nikitina Anna Pavlovna")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits it on its next turn
    qtbot.waitUntil(
        lambda: [p.secretary for p in list_platforms()] == ["", "Nikitina Anna Pavlovna"]
    )
    assert table.model().index(1, COL_SECRETARY).data() == "Nikitina Anna Pavlovna"
    window.ops.undo_stack.undo()
    assert [p.secretary for p in list_platforms()] == ["", ""]
    setup.reject()


def test_settings_do_not_touch_the_users_file(tmp_path: Path) -> None:
    assert "FacilitatorTests" in QSettings().fileName()
    settings.add_recent("/a.fsession")
    settings.add_recent("/b.fsession")
    settings.add_recent("/a.fsession")
    assert settings.RECENT_FILES.get() == ["/a.fsession", "/b.fsession"]
    settings.remember_platform("/a.fsession", "p1")
    assert settings.last_platform("/a.fsession") == "p1"
    with pytest.raises(ValueError):
        settings.Setting("ui/language", "en")


def test_controller_opens_recent_and_refuses_bad_files(
    qtbot: Any, filled: Any, tmp_path: Path, warnings_shown: list[str]
) -> None:
    path = filled.path
    filled.close()
    controller = Controller()
    controller.show_welcome()
    bad = tmp_path / "not-a-session.fsession"
    bad.write_text("hello")
    assert not controller.open_path(str(bad))
    assert warnings_shown == [f"{bad} is not a Facilitator session file."]
    assert controller.welcome.isVisible()
    assert controller.open_path(str(path))
    assert controller.window.windowTitle() == "Test session — Facilitator"
    assert settings.RECENT_FILES.get()[0] == str(path)
    controller.back_to_welcome()
    model = controller.welcome.recent_model
    assert model.stringList() == [str(path)]
    shown = model.index(0).data()
    assert shown.startswith("Test session   ·   secretariat") and path.name in shown
    assert controller.open_path(str(path))
    controller.close_session()
    controller.welcome.hide()


def test_demo_is_written_on_first_use(qtbot: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(app.Controller, "show_welcome", lambda self: None)
    assert not demo_path().exists() or demo_path().unlink() is None
    controller = app.start(None, demo=True)
    try:
        assert demo_path().exists()
        assert controller.window.sidebar.model.rowCount() == 7
    finally:
        controller.close_session()
        demo_path().unlink()


def test_smoke_run_shows_the_demo_and_quits(
    qtbot: Any, monkeypatch: Any, capsys: Any, tmp_path: Path
) -> None:
    """`--smoke`, the check of a built app: the first window is shown, named, and the app
    quits by itself with 0."""
    monkeypatch.setattr(app.crash, "install", lambda: None)  # keep pytest-qt's hook
    monkeypatch.setenv("FACILITATOR_LOG_DIR", str(tmp_path / "logs"))
    try:
        assert app.main(["--demo", "--smoke"]) == 0
        out = capsys.readouterr().out
        assert out.startswith("shown: Промышленный рывок") and out.endswith(
            "; menu: &File; qt: Cancel\n"
        )
        assert "Facilitator closed" in (tmp_path / "logs" / "facilitator-app.log").read_text()
    finally:
        app.logs.stop_logging()
        app.application().setQuitOnLastWindowClosed(True)  # Qt's default, as other tests expect
        demo_path().unlink()
