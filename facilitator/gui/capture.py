"""Quick capture: type a title, press Enter, and it is a new proposal of the shown kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from facilitator.gui.widgets import Retranslating
from facilitator.vocabulary import KIND_LABELS, KINDS, PROPOSAL


class QuickCapture(Retranslating, QWidget):
    """The capture line and its kind; `submitted(title, kind)` on Enter."""

    submitted = Signal(str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = PROPOSAL
        self.kind_button = QPushButton(self)
        self.kind_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+K from the line instead
        self.line = QLineEdit(self)
        self.line.setClearButtonEnabled(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_button)
        layout.addWidget(self.line, 1)
        self.setFocusProxy(self.line)
        self.kind_button.clicked.connect(self.cycle_kind)
        self.line.returnPressed.connect(self._submit)
        self.retranslate()

    def retranslate(self) -> None:
        label = QCoreApplication.translate("Vocabulary", KIND_LABELS[self.kind])
        self.kind_button.setText(label)
        self.kind_button.setAccessibleName(self.tr("Kind of the new entry"))
        self.kind_button.setToolTip(self.tr("Kind of the new entry (Ctrl+K changes it)"))
        self.line.setPlaceholderText(
            self.tr("New {kind}: type a title and press Enter").format(kind=label.lower())
        )
        self.line.setAccessibleName(self.tr("Quick capture"))

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.retranslate()

    def cycle_kind(self) -> None:
        self.set_kind(KINDS[(KINDS.index(self.kind) + 1) % len(KINDS)])

    def _submit(self) -> None:
        title = self.line.text().strip()
        if title:  # the receiver clears the line once the entry is saved
            self.submitted.emit(title, self.kind)
