"""The deadline is typed as people write dates; a calendar on Alt+Down; nothing impossible kept."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCalendarWidget

from facilitator.gui import language
from facilitator.gui.date_field import parse_date
from facilitator.services.proposals import proposal_row

ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def press(qtbot: Any, key: Qt.Key, mods: Qt.KeyboardModifier = NONE) -> None:
    """A key goes where a person's would: to the focused widget."""
    if key > 0x7F and key < Qt.Key.Key_Escape:  # a Cyrillic letter: QTest wants its text
        text = chr(key).lower()
        QTest.sendKeyEvent(QTest.KeyAction.Click, QApplication.focusWidget(), key, text, mods)
    else:
        qtbot.keyClick(QApplication.focusWidget(), key, mods)


def type_text(qtbot: Any, text: str) -> None:
    for character in text:  # each key to whatever has the focus by then
        qtbot.keyClicks(QApplication.focusWidget(), character)


def open_deadline(qtbot: Any, window: Any, row: int = 0, letter: Qt.Key = Qt.Key.Key_D) -> str:
    """Select a proposal in the table with the arrow keys, then Alt+D (its label's letter)."""
    window.proposals.table.setFocus()
    for _ in range(row + 1):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, letter, ALT)
    assert QApplication.focusWidget() is window.proposals.detail.deadline.line
    return str(window.proposals.current().id)


@pytest.mark.parametrize("typed", ["31/12/2026", "31.12.2026", "2026-12-31", "31.12.26"])
def test_typed_date_is_saved_and_tab_moves_on(qtbot: Any, window: Any, typed: str) -> None:
    proposal_id = open_deadline(qtbot, window)
    type_text(qtbot, typed)  # the field's text was selected on entry: typing replaces it
    press(qtbot, Qt.Key.Key_Tab)
    assert proposal_row(proposal_id).deadline == "2026-12-31"
    assert window.proposals.detail.deadline.line.text() == "31/12/2026"
    assert QApplication.focusWidget() is window.proposals.detail.lines["tags"]


def test_russian_date_is_typed_with_dots(qtbot: Any, window: Any) -> None:
    language.install("ru")
    QApplication.processEvents()
    assert window.proposals.detail.labels["deadline"].text() == "С&рок"
    cyrillic_er = Qt.Key(ord("Р"))
    proposal_id = open_deadline(qtbot, window, row=2, letter=cyrillic_er)  # has 31.12.2026
    assert window.proposals.detail.deadline.line.text() == "31.12.2026"
    type_text(qtbot, "01.03.2027")
    press(qtbot, Qt.Key.Key_Return)
    assert proposal_row(proposal_id).deadline == "2027-03-01"
    assert window.proposals.detail.deadline.line.text() == "01.03.2027"


@pytest.mark.parametrize("typed", ["31.02.2026", "31/01/2202", "soon", "12"])
def test_impossible_date_is_refused_visibly_and_never_saved(
    qtbot: Any, window: Any, typed: str
) -> None:
    proposal_id = open_deadline(qtbot, window, row=2)
    field = window.proposals.detail.deadline
    type_text(qtbot, typed)
    press(qtbot, Qt.Key.Key_Return)
    assert field.is_refused()
    assert field.error.isVisible() and "Not saved" in field.error.text()
    assert field.line.text() == typed  # kept so it can be corrected
    press(qtbot, Qt.Key.Key_Tab)  # not trapped
    assert QApplication.focusWidget() is window.proposals.detail.lines["tags"]
    window.proposals.detail.commit_all()
    assert proposal_row(proposal_id).deadline == "2026-12-31"
    assert window.ops.undo_stack.count() == 0
    field.setFocus()
    field.line.selectAll()
    type_text(qtbot, "30.11.2026")  # corrected: the warning goes, the date is saved
    press(qtbot, Qt.Key.Key_Return)
    assert not field.is_refused()
    assert proposal_row(proposal_id).deadline == "2026-11-30"


def test_delete_clears_the_date(qtbot: Any, window: Any) -> None:
    proposal_id = open_deadline(qtbot, window, row=2)
    press(qtbot, Qt.Key.Key_Delete)
    assert proposal_row(proposal_id).deadline == ""
    assert window.proposals.detail.deadline.line.text() == ""
    assert window.proposals.detail.deadline.line.placeholderText() == "No date"


@pytest.mark.parametrize("opener", [(Qt.Key.Key_Down, ALT), (Qt.Key.Key_F4, NONE)])
def test_calendar_opens_from_the_keyboard(qtbot: Any, window: Any, opener: Any) -> None:
    proposal_id = open_deadline(qtbot, window, row=2)
    press(qtbot, *opener)
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QCalendarWidget)
    assert popup.selectedDate() == QDate(2026, 12, 31)
    press(qtbot, Qt.Key.Key_Left)  # a day earlier
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.activePopupWidget() is None
    assert proposal_row(proposal_id).deadline == "2026-12-30"
    assert QApplication.focusWidget() is window.proposals.detail.deadline.line


def test_escape_closes_the_calendar_without_a_change(qtbot: Any, window: Any) -> None:
    proposal_id = open_deadline(qtbot, window, row=2)
    press(qtbot, Qt.Key.Key_F4)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None
    assert proposal_row(proposal_id).deadline == "2026-12-31"


def test_parsing_follows_the_locale() -> None:
    british, russian = QLocale("en_GB"), QLocale("ru_RU")
    assert parse_date("1/2/2027", british) == QDate(2027, 2, 1)
    assert parse_date("1.2.2027", russian) == QDate(2027, 2, 1)
    assert parse_date("2027-02-01", russian) == QDate(2027, 2, 1)
    assert parse_date("29.02.2027", russian) is None
    assert parse_date("", russian) is None
