"""The dialog that adds or edits one participant."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from facilitator.services.participants import PARTICIPANT_FIELDS, ParticipantRow


class ParticipantDialog(QDialog):
    """Asks for a participant's name, organisation, position, delegation and role."""

    def __init__(self, row: ParticipantRow | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit participant") if row else self.tr("Add participant"))
        self.lines = {name: QLineEdit(self) for name in PARTICIPANT_FIELDS}
        captions = {
            "full_name": self.tr("&Full name"),
            "organisation": self.tr("&Organisation"),
            "position": self.tr("&Position"),
            "delegation": self.tr("&Delegation / region"),
            "role": self.tr("&Role"),
        }
        form = QFormLayout()
        for name, line in self.lines.items():
            line.setAccessibleName(captions[name].replace("&", ""))
            line.setMinimumWidth(320)
            if row is not None:
                line.setText(getattr(row, name))
            form.addRow(captions[name], line)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {name: line.text() for name, line in self.lines.items()}
