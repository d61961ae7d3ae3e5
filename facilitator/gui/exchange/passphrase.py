"""A kit's passphrase in the app: asked once to open a protected kit, and (optionally) set,
typed twice, when the secretariat writes kits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.exchange import sealing
from facilitator.gui.language import refusal
from facilitator.messages import FacilitatorError


def password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class OpenPassphraseDialog(QDialog):
    """The passphrase of a protected kit; shows why the last one did not open it."""

    def __init__(self, kit: Path, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protected kit"))
        self.field = password_field(self)
        label = QLabel(
            self.tr(
                "The kit {kit} is protected. Enter the passphrase the secretariat gave:"
            ).format(kit=kit.name),
            self,
        )
        label.setWordWrap(True)
        label.setBuddy(self.field)
        self.problem = QLabel(problem, self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (label, self.field, self.problem, buttons):
            layout.addWidget(widget)

    def passphrase(self) -> str:
        return self.field.text()


def ask_to_open(parent: QWidget | None, kit: Path, problem: str = "") -> str | None:
    """The passphrase typed, or None when the user cancels."""
    dialog = OpenPassphraseDialog(kit, problem, parent)
    try:
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class NewPassphraseDialog(QDialog):
    """An optional passphrase for the kits about to be written, typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the kits"))
        self.first, self.second = password_field(self), password_field(self)
        intro = QLabel(
            self.tr(
                "A passphrase protects the signing key and the data of the participants on "
                "the stick; the laptop asks for it once when the kit is opened. Leave both fields "
                "empty to write the kits without one. A lost passphrase cannot be recovered: "
                "you would issue a new kit."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Closes only on two equal passphrases long enough, or on two empty fields."""
        problem = self._problem()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self.first.setFocus()
            return
        super().accept()

    def passphrase(self) -> str | None:
        return self.first.text() or None

    def _problem(self) -> str:
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ: type the same one twice.")
        if not self.first.text():
            return ""
        try:
            sealing.check_passphrase(self.first.text())
        except FacilitatorError as err:
            return refusal(err)
        return ""


def ask_new(parent: QWidget | None) -> tuple[bool, str | None]:
    """Whether to go on writing kits, and the passphrase to protect them with (None: none)."""
    dialog = NewPassphraseDialog(parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return accepted, dialog.passphrase() if accepted else None
    finally:
        dialog.deleteLater()
