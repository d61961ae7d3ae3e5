"""Preferences: the interface language (switched live, nothing lost) and the timer's bell."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from facilitator.gui import language, settings

# Language names are written in their own language, so each reader finds theirs.
CHOICES = (("system", None), ("en", "English"), ("ru", "Русский"))


class PreferencesDialog(QDialog):
    """Applies the chosen language and the timer's sound when accepted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for key, name in CHOICES:
            self.language.addItem(name or self.tr("Same as the system"), key)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.LANGUAGE.get())))
        note = QLabel(self.tr("The language changes at once; nothing you have typed is lost."))
        note.setWordWrap(True)
        self.sound = QCheckBox(self.tr("&Sound a bell when the timer reaches zero"), self)
        self.sound.setChecked(settings.TIMER_SOUND.get())
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.sound)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        settings.TIMER_SOUND.set(self.sound.isChecked())
        apply_language(self.language.currentData())
        super().accept()


def apply_language(choice: str) -> None:
    """Remember the choice and retranslate every open window."""
    settings.LANGUAGE.set(choice)
    language.install_or_warn(language.chosen_language())
