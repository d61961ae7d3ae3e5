"""Russian at 1366×768: Qt's own dialogs speak Russian too, and nothing is cut."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from facilitator.demo import write_demo
from facilitator.gui import language
from facilitator.gui import proposal_model as pm
from facilitator.gui.main_window import MainWindow
from facilitator.gui.operations import Operations
from facilitator.gui.preferences import apply_language
from facilitator.services.platforms import list_platforms
from facilitator.store.db import open_session_file

BUTTONS = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel


def switch(choice: str) -> None:
    apply_language(choice)
    QApplication.processEvents()  # LanguageChange is a posted event


def button_texts() -> list[str]:
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", BUTTONS)
    texts = sorted(button.text().replace("&", "") for button in box.buttons())
    box.deleteLater()
    return texts


def file_dialog_labels() -> list[str]:
    """ "Look in", "File name", "Files of type" of Qt's own file dialog."""
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    names = ("lookInLabel", "fileNameLabel", "fileTypeLabel")
    texts = [label.text() for name in names if (label := dialog.findChild(QLabel, name))]
    dialog.deleteLater()
    return texts


def test_qt_dialogs_and_undo_follow_the_language_switch(window: Any) -> None:
    assert button_texts() == ["Cancel", "Yes"]
    switch("ru")
    assert button_texts() == ["Да", "Отмена"]
    assert file_dialog_labels() == ["&Перейти к:", "&Имя файла:", "&Типы файлов:"]
    undo, redo = window.actions_.undo, window.actions_.redo
    assert undo.text().startswith("Отменить") and redo.text().startswith("Повторить")
    switch("en")
    assert button_texts() == ["Cancel", "Yes"]
    assert file_dialog_labels() == ["&Look in:", "File &name:", "Files of &type:"]
    assert window.actions_.undo.text().startswith("Undo")


def test_a_missing_qt_translation_is_logged_as_an_error(
    window: Any, tmp_path: Path, monkeypatch: Any, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(language, "qt_folders", lambda: [str(tmp_path)])
    with caplog.at_level(logging.ERROR, logger=language.log.name):
        switch("ru")
    assert any("qtbase_ru" in r.getMessage() for r in caplog.records)
    assert window.menuBar().actions()[0].text() == "&Файл"  # ours still loads


@pytest.fixture
def demo_window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "demo.fsession"
    write_demo(path, filled=True)
    sf = open_session_file(path)
    switch("ru")
    window = MainWindow(Operations(sf))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    sf.close()


def fits(widget: Any, text: str, room: int) -> bool:
    return bool(widget.fontMetrics().horizontalAdvance(text) <= room)


def test_nothing_is_cut_in_russian_at_1366x768(qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    # seven platforms do not fit the height: the list scrolls
    bar = window.sidebar.view.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    assert window.sidebar.view.model().rowCount() == len(list_platforms()) == 7
    # the filters say «Все виды», «Все статусы» whole
    for combo in (window.proposals.kind_filter, window.proposals.status_filter):
        assert fits(combo, combo.currentText(), combo.width() - 30), combo.currentText()
    # «Докладчик / ответственный» wraps onto two lines in a header tall enough for them
    table = window.proposals.table
    header = table.horizontalHeader()
    caption = header.model().headerData(pm.COL_PERSON, Qt.Orientation.Horizontal)
    assert caption == "Докладчик / ответственный"
    assert header.height() >= 2 * table.fontMetrics().lineSpacing()
    words = caption.split()
    assert all(fits(table, word, table.columnWidth(pm.COL_PERSON) - 6) for word in words)


def test_dot_results_keep_their_rank(qtbot: Any, demo_window: MainWindow) -> None:
    window, table = demo_window, demo_window.proposals.table
    ranked = []

    def shown() -> bool:
        ranked[:] = [
            table.model().index(row, pm.COL_RESULT)
            for row in range(table.model().rowCount())
            if "★" in (table.model().index(row, pm.COL_RESULT).data() or "")
        ]
        return bool(ranked)

    for _platform in range(7):  # the platform with a dot vote
        qtbot.wait(10)  # the figures come a moment after the rows
        if shown():
            break
        window.sidebar.step(+1)
    assert ranked, "no dot vote in the demo"
    index = ranked[0]
    text = index.data()
    assert text.startswith("№")  # the rank first: never cut off the end
    table.scrollTo(index)
    flags = int(Qt.TextFlag.TextWordWrap)
    width = table.columnWidth(pm.COL_RESULT) - 6
    needed = table.fontMetrics().boundingRect(QRect(0, 0, width, 1000), flags, text).height()
    qtbot.waitUntil(lambda: table.rowHeight(index.row()) >= needed)
