"""Choosing a vote's method and rules before it starts, defaults from the session's rules."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from facilitator.gui.voting import texts
from facilitator.gui.voting.criteria_editor import CriteriaEditor
from facilitator.gui.voting.entries import BALLOTS, ENTRY_KEY, TALLIES
from facilitator.gui.widgets import Retranslating
from facilitator.services.votes import default_settings
from facilitator.store.db import SessionFile
from facilitator.voting import MAJORITY_TITLES, METHOD_TITLES, as_fraction


class VoteSetup(Retranslating, QWidget):
    """The method and the rules it takes; `config()` gives what start_vote expects."""

    def __init__(self, sf: SessionFile, parent: Any = None) -> None:
        super().__init__(parent)
        self.sf = sf
        self.method = self._named(QComboBox(self), "vote method")
        self.majority = self._named(QComboBox(self), "majority")
        self.fraction = self._named(QLineEdit(self), "majority fraction")
        self.quorum = self._named(QSpinBox(self), "quorum share")
        self.quorum.setRange(0, 100)
        self.quorum.setSuffix(" %")
        self.secret = self._named(QCheckBox(self), "secret vote")
        self.dots = self._named(QSpinBox(self), "dots per participant")
        self.dots.setRange(1, 50)
        self.cap = self._named(QSpinBox(self), "dots cap")
        self.cap.setRange(0, 50)
        self.low = self._named(QSpinBox(self), "scale low")
        self.high = self._named(QSpinBox(self), "scale high")
        for box in (self.low, self.high):
            box.setRange(0, 100)
        self.criteria = self._named(CriteriaEditor(self), "criteria editor")
        self.entry = self._named(QComboBox(self), "entry at start")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.setMaximumWidth(640)  # a form, not a banner: keep the fields near their labels
        self.labels: list[QLabel] = []
        fields = (self.method, self.majority, self.fraction, self.quorum, self.secret,
                  self.dots, self.cap, self.criteria, self.low, self.high,
                  self.entry)  # fmt: skip
        for widget in fields:
            label = QLabel(self)
            label.setBuddy(widget)  # the label's &-shortcut focuses its field
            self.labels.append(label)
            self.form.addRow(label, widget)
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())
        self.majority.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.retranslate()

    def _named(self, widget: Any, name: str) -> Any:
        widget.setAccessibleName(name)
        return widget

    def retranslate(self) -> None:
        method = self.method.currentData()
        majority = self.majority.currentData()
        self.method.blockSignals(True)
        self.method.clear()
        for key, title in METHOD_TITLES.items():
            self.method.addItem(texts.voting(title), str(key))
        self.majority.clear()
        for key, title in MAJORITY_TITLES.items():
            self.majority.addItem(texts.voting(title), key)
        self.method.blockSignals(False)
        self.fraction.setPlaceholderText(self.tr("e.g. 3/5 or 0.6"))
        self.secret.setText(self.tr("Secret ballot (numbers, no names)"))
        self.cap.setSpecialValueText(self.tr("no limit"))
        self.entry.clear()  # filled again, translated, as the method is set
        titles = (
            self.tr("&Method:"), self.tr("Ma&jority:"), self.tr("Share of votes cast:"),
            self.tr("&Quorum:"), "", self.tr("&Dots per participant:"),
            self.tr("Most dots on one item:"), self.tr("&Criteria:"), self.tr("Scale from:"),
            self.tr("Scale to:"), self.tr("&Entered as:"),
        )  # fmt: skip
        for label, title in zip(self.labels, titles, strict=True):
            label.setText(title)
        self.set_method(method or "count", majority)

    def set_method(self, method: str, majority: str | None = None) -> None:
        self.method.setCurrentIndex(max(0, self.method.findData(method)))
        self._load_defaults(majority)

    def _method_changed(self) -> None:
        self._load_defaults()

    def _fill_entry(self) -> None:
        """Per item or per participant: the words differ for dots and ratings."""
        chosen = self.entry.currentData()
        self.entry.clear()
        panel = "VotePanel"  # the same words as the vote panel's switch
        if self.method.currentData() == "rating":
            self.entry.addItem(QCoreApplication.translate(panel, "Averages per item"), TALLIES)
        else:
            self.entry.addItem(QCoreApplication.translate(panel, "Totals per item"), TALLIES)
        self.entry.addItem(QCoreApplication.translate(panel, "Sheet per participant"), BALLOTS)
        self.entry.setCurrentIndex(max(0, self.entry.findData(chosen)))

    def _load_defaults(self, majority: str | None = None) -> None:
        method = self.method.currentData()
        config = default_settings(self.sf, method)
        rules = config.get("rules", {})
        kind = majority or rules.get("majority", {}).get("kind", "simple")
        self.majority.setCurrentIndex(max(0, self.majority.findData(kind)))
        self.fraction.setText(str(rules.get("majority", {}).get("fraction", "")))
        share = as_fraction(str(rules.get("quorum_share", "1/2")))
        self.quorum.setValue(round(share * 100))
        self.secret.setChecked(bool(config.get("secret", False)))
        self.dots.setValue(int(config.get("dots", 3)))
        self.cap.setValue(int(config.get("cap") or 0))
        self.low.setValue(int(config.get("low", 0)))
        self.high.setValue(int(config.get("high", 10)))
        self.criteria.set_criteria(texts.criteria_of(config), config.get("titles"))
        self._fill_entry()
        self._show_rows()

    def _show_rows(self) -> None:
        method = self.method.currentData()
        decides = method in ("count", "named")
        shown = {
            self.majority: decides,
            self.fraction: decides and self.majority.currentData() == "custom",
            self.quorum: decides,
            self.secret: method == "named",
            self.dots: method == "dots",
            self.cap: method == "dots",
            self.criteria: method == "rating",
            self.low: method == "rating",
            self.high: method == "rating",
            self.entry: method in ("dots", "rating"),
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)

    def config(self) -> dict[str, Any]:
        method = self.method.currentData()
        if method in ("count", "named"):
            majority: dict[str, Any] = {"kind": self.majority.currentData()}
            if majority["kind"] == "custom":
                majority.update(fraction=self.fraction.text().strip() or "0", base="cast")
            share = str(Fraction(self.quorum.value(), 100))
            return {
                "rules": {"majority": majority, "quorum_share": share},
                "secret": method == "named" and self.secret.isChecked(),
            }
        entry = {ENTRY_KEY: self.entry.currentData() or TALLIES}
        if method == "dots":
            return {"dots": self.dots.value(), "cap": self.cap.value() or None, **entry}
        if method == "rating":
            titles = self.criteria.titles()
            return {
                "criteria": self.criteria.criteria(),
                "low": self.low.value(),
                "high": self.high.value(),
                **entry,
                **({"titles": titles} if titles else {}),
            }
        return {}
