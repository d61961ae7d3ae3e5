"""The selection rules: which items the rules propose before anybody decides by hand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.export.selection import SelectionRules
from facilitator.gui.widgets import Retranslating

MAX_TOP = 999
MAX_SCORE = 100_000.0


class RulesPanel(Retranslating, QWidget):
    """Edits SelectionRules; `rulesEdited` carries the new rules after each change."""

    rulesEdited = Signal(object)  # SelectionRules

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.adopted = QCheckBox(self)
        self.problems = QCheckBox(self)
        self.top_n = QSpinBox(self)
        self.top_n.setRange(0, MAX_TOP)  # 0 shows "off"
        self.use_score = QCheckBox(self)
        self.min_score = QDoubleSpinBox(self)
        self.min_score.setRange(-MAX_SCORE, MAX_SCORE)  # a place in a ranking scores -place
        self.min_score.setDecimals(1)
        for spin in (self.top_n, self.min_score):
            spin.setKeyboardTracking(False)  # "12" is one change, not "1" then "12"
        self.keys = QLabel(self)
        self.keys.setWordWrap(True)
        self.keys.setTextFormat(Qt.TextFormat.RichText)
        self._layout()
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a narrow panel: the
        # fields go under their captions and the wordings in the middle keep the width
        form.addRow(self.adopted)
        form.addRow(self.problems)
        self.top_label = QLabel(self)
        self.top_label.setBuddy(self.top_n)
        form.addRow(self.top_label, self.top_n)
        form.addRow(self.use_score, self.min_score)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.explain)
        box.addLayout(form)
        box.addSpacing(12)
        box.addWidget(self.keys)
        box.addStretch(1)

    def _connect(self) -> None:
        for check in (self.adopted, self.problems, self.use_score):
            check.toggled.connect(self._edited)
        self.top_n.valueChanged.connect(self._edited)
        self.min_score.valueChanged.connect(self._edited)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Rules"))
        self.explain.setText(
            self.tr("The rules propose the items; a tick in the list decides for one item.")
        )
        self.adopted.setText(self.tr("&Adopted items"))
        self.problems.setText(self.tr("&Problems the participants note"))
        self.top_label.setText(self.tr("&Top by score per platform:"))
        self.top_n.setSpecialValueText(self.tr("off"))
        self.use_score.setText(self.tr("&Score at least:"))
        self.keys.setText(
            self.tr(
                "<b>Keys in the list</b><br>Space: rules → in → out<br>F2: edit the wording"
                "<br>Ctrl+Up / Ctrl+Down: move within the section"
            )
        )
        names = {
            self.adopted: self.tr("Include adopted items"),
            self.problems: self.tr("Include problems"),
            self.top_n: self.tr("Top items by score per platform"),
            self.use_score: self.tr("Use a minimum score"),
            self.min_score: self.tr("Minimum score"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.top_n.setToolTip(
            self.tr("Besides the adopted items, the N best-scored items of each platform.")
        )
        self.min_score.setToolTip(
            self.tr("Items whose score (votes for, dots, mean rating) is at least this.")
        )

    def rules(self) -> SelectionRules:
        return SelectionRules(
            include_adopted=self.adopted.isChecked(),
            include_problems=self.problems.isChecked(),
            top_n=self.top_n.value() or None,
            min_score=self.min_score.value() if self.use_score.isChecked() else None,
        )

    def set_rules(self, rules: SelectionRules) -> None:
        """Show stored rules without reporting them as an edit."""
        widgets = (self.adopted, self.problems, self.top_n, self.use_score, self.min_score)
        for widget in widgets:
            widget.blockSignals(True)
        self.adopted.setChecked(rules.include_adopted)
        self.problems.setChecked(rules.include_problems)
        self.top_n.setValue(rules.top_n or 0)
        self.use_score.setChecked(rules.min_score is not None)
        if rules.min_score is not None:
            self.min_score.setValue(rules.min_score)
        for widget in widgets:
            widget.blockSignals(False)
        self.min_score.setEnabled(rules.min_score is not None)

    def _edited(self, *_args: Any) -> None:
        self.min_score.setEnabled(self.use_score.isChecked())
        self.rulesEdited.emit(self.rules())
