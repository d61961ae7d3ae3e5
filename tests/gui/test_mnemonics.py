"""Each Alt+letter does one thing: unique within every menu and within what a window shows."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QWidget

from facilitator.gui import language
from facilitator.gui.proposal_model import ID_ROLE


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def repeated(texts: list[str]) -> dict[str, list[str]]:
    letters = Counter(m for m in map(mnemonic, texts) if m)
    return {
        letter: [t for t in texts if mnemonic(t) == letter]
        for letter, n in letters.items()
        if n > 1
    }


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def window_texts(window: QWidget) -> list[str]:
    """The menu bar's titles and every Alt+letter of the widgets shown now."""
    texts = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_menus_have_unique_letters(window: Any, lang: str) -> None:
    language.install(lang)
    QApplication.processEvents()
    problems = {}
    for key, menu in window.actions_.menus.items():
        clash = repeated(menu_texts(menu))
        if clash:
            problems[key] = clash
    assert problems == {}


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("tab", ["view_proposals", "view_participants"])
def test_window_letters_are_unique(window: Any, lang: str, tab: str) -> None:
    language.install(lang)
    QApplication.processEvents()
    window.actions_.by_key[tab].trigger()
    window.proposals.step(+1)  # the detail pane's fields are shown
    QApplication.processEvents()
    assert repeated(window_texts(window)) == {}


def test_f10_opens_the_menu_bar_and_f12_shows_the_platforms_results(
    qtbot: Any, window: Any
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F10)
    menu = QApplication.activePopupWidget()
    assert menu is window.actions_.menus["file"]
    menu.close()
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert window.tabs.currentWidget() is window.exchange.dashboard


def shown_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return texts


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_dialogs_have_unique_letters(qtbot: Any, window: Any, lang: str) -> None:
    from facilitator.gui.participant_dialog import ParticipantDialog
    from facilitator.gui.preferences import PreferencesDialog
    from facilitator.gui.setup_dialog import SetupDialog
    from facilitator.gui.voting.dialog import VoteDialog

    language.install(lang)
    QApplication.processEvents()
    ids = [window.proposals.model.index(0, 0).data(ID_ROLE)]
    dialogs = [
        SetupDialog(window.ops, window),
        ParticipantDialog(None, window),
        PreferencesDialog(window),
        VoteDialog(window.voting.control, ids),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert repeated(shown_texts(dialog)) == {}, type(dialog).__name__
