"""Switching the language live: menus, tables and dates follow, nothing typed is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from facilitator.gui import language, settings
from facilitator.gui import proposal_model as pm
from facilitator.gui.preferences import PreferencesDialog, apply_language

ROOT = Path(__file__).resolve().parents[2]


def switch(choice: str) -> None:
    apply_language(choice)
    QApplication.processEvents()  # LanguageChange is a posted event


def menu_titles(window: Any) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switch_to_russian_and_back(window: Any, qtbot: Any) -> None:
    window.proposals.capture.line.setText("typed, not yet entered")
    assert menu_titles(window)[:2] == ["&File", "&Edit"]
    switch("ru")
    assert menu_titles(window)[:2] == ["&Файл", "&Правка"]
    assert window.tabs.tabText(0) == "Предложения"
    model = window.proposals.model
    assert model.headerData(pm.COL_TITLE, pm.Qt.Orientation.Horizontal) == "Название"
    assert model.index(0, pm.COL_KIND).data() == "Проблема"
    assert model.index(2, pm.COL_DEADLINE).data() == "31.12.2026"
    assert window.saved.text().startswith("Все изменения сохранены в ")
    assert window.proposals.capture.line.text() == "typed, not yet entered"
    assert settings.LANGUAGE.get() == "ru"
    switch("en")
    assert menu_titles(window)[:2] == ["&File", "&Edit"]
    assert model.index(2, pm.COL_DEADLINE).data() == "31/12/2026"


def test_errors_are_translated(window: Any, warnings_shown: list[str]) -> None:
    switch("ru")
    window.proposals.step(+1)
    window.edit_proposal(window.proposals.current().id, {"title": " "})
    assert warnings_shown == ["Поле «название» не может быть пустым."]


def test_preferences_dialog_applies_the_choice(window: Any, qtbot: Any) -> None:
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.accept()
    QApplication.processEvents()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert menu_titles(window)[0] == "&Файл"


def test_translation_is_complete() -> None:
    """Every string in facilitator/ (core included) has a finished Russian translation."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_russian_qm_loads_and_translates(qapp: Any) -> None:
    language.install("ru")
    assert QCoreApplication.translate("Actions", "&File") == "&Файл"


def test_a_missing_qm_is_said_and_the_app_stays_in_english(
    window: Any, tmp_path: Path, monkeypatch: Any, warnings_shown: list[str]
) -> None:
    monkeypatch.setattr(language, "qm_path", lambda lang: tmp_path / "facilitator_ru.qm")
    switch("ru")
    assert len(warnings_shown) == 1
    assert "facilitator_ru.qm cannot be loaded" in warnings_shown[0]
    assert menu_titles(window)[:2] == ["&File", "&Edit"]
    assert language.current() == "en"
