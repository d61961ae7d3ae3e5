"""Titles are read whole at 1366×768 in Russian: the Title column has the width, long titles
wrap (their rows grow), the tooltip and the detail pane hold the whole title."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from facilitator.gui import proposal_model as pm
from facilitator.gui.preferences import apply_language

LONG_TITLE = (
    "Создать на базе опорного университета региональный центр подготовки инженеров для "
    "предприятий оборонно-промышленного комплекса с программами двойного назначения, "
    "стажировками на заводах и общежитием для студентов"
)


def russian_at_laptop_size(window: Any, qtbot: Any) -> None:
    apply_language("ru")
    QApplication.processEvents()  # LanguageChange is a posted event
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)


def capture(window: Any, qtbot: Any, title: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    line = window.proposals.capture.line
    line.setText(title)  # QTest types ASCII only; the keys that matter are pressed
    qtbot.keyClick(line, Qt.Key.Key_Return)


def needed_height(table: Any, text: str, width: int) -> int:
    """The height the text takes when wrapped between words at the given width."""
    flags = int(Qt.TextFlag.TextWordWrap)
    return table.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), flags, text).height()


def test_the_title_column_takes_the_spare_width(window: Any, qtbot: Any) -> None:
    russian_at_laptop_size(window, qtbot)
    table = window.proposals.table
    title = table.columnWidth(pm.COL_TITLE)
    assert title >= 0.4 * table.viewport().width()
    # the other columns still show their words whole: «Предложение», «голосовании»
    kind = table.columnWidth(pm.COL_KIND)
    assert table.fontMetrics().horizontalAdvance("Предложение") < kind


def test_a_200_letter_title_is_wrapped_whole_and_on_hover(window: Any, qtbot: Any) -> None:
    assert len(LONG_TITLE) >= 200
    russian_at_laptop_size(window, qtbot)
    capture(window, qtbot, LONG_TITLE)
    table = window.proposals.table
    index = table.currentIndex().siblingAtColumn(pm.COL_TITLE)
    assert index.data() == LONG_TITLE
    assert LONG_TITLE in index.data(Qt.ItemDataRole.ToolTipRole)
    # the row grew to hold every wrapped line of the title
    width = table.columnWidth(pm.COL_TITLE) - 10
    needed = needed_height(table, LONG_TITLE, width)
    qtbot.waitUntil(lambda: needed <= table.rowHeight(index.row()))
    assert table.rowHeight(index.row()) > 3 * table.fontMetrics().lineSpacing()
    # a short title keeps a one-line row
    short = window.proposals.proxy.index(1, pm.COL_TITLE)
    assert table.rowHeight(short.row()) < 2 * table.fontMetrics().lineSpacing() + 10


def test_the_detail_pane_shows_the_title_on_several_lines(window: Any, qtbot: Any) -> None:
    russian_at_laptop_size(window, qtbot)
    capture(window, qtbot, LONG_TITLE)
    title = window.proposals.detail.lines["title"]
    assert title.text() == LONG_TITLE
    assert title.line_count() > 2
    assert title.height() > 3 * title.fontMetrics().lineSpacing()
    # Enter confirms an edit there (no line break enters the title)
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(title, " (2027)")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.proposals.current().title == LONG_TITLE + " (2027)"
