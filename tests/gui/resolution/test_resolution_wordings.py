"""The Resolution tab at 1366×768 in Russian: wordings wrap onto a few lines, whole on hover."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from facilitator.gui.main_window import MainWindow
from facilitator.gui.preferences import apply_language
from facilitator.gui.resolution.looks import COL_WORDING
from facilitator.gui.resolution.model import ENTRY_ROLE
from facilitator.gui.resolution.view import ResolutionTree


def items(tree: ResolutionTree, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:  # noqa: B008
    model, found = tree.model(), []
    for row in range(model.rowCount(parent)):
        index = model.index(row, COL_WORDING, parent)
        if index.data(ENTRY_ROLE) is not None:
            found.append(index)
        found += items(tree, model.index(row, 0, parent))
    return found


def test_long_wordings_wrap_and_show_whole_on_hover(qtbot: Any, demo_ops: Any) -> None:
    apply_language("ru")
    QApplication.processEvents()
    window = MainWindow(demo_ops)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F9)  # View → Resolution
    editor = window.resolution.content
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    tree = editor.tree
    width = tree.columnWidth(COL_WORDING)
    line = tree.fontMetrics().lineSpacing()
    longest = max(items(tree), key=lambda index: len(index.data()))
    text = longest.data()
    assert tree.fontMetrics().horizontalAdvance(text) > 2 * width  # too long for one line
    assert text in longest.data(Qt.ItemDataRole.ToolTipRole)
    assert tree.visualRect(longest).height() >= 3 * line  # three lines of it are shown
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
