"""The detail pane: every field of the selected proposal, each edit committed on confirm."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.gui.date_field import DateField
from facilitator.gui.lineage import origin_text
from facilitator.gui.title_edit import TitleEdit
from facilitator.gui.widgets import CommitTextEdit, Retranslating
from facilitator.services.proposals import ProposalRow
from facilitator.vocabulary import KIND_LABELS, KINDS, STATUS_LABELS, STATUSES

LINE_FIELDS = ("title", "presenter", "organisation", "responsible", "tags")


class DetailPane(Retranslating, QStackedWidget):
    """Shows one ProposalRow; `edited(id, {field: value})` when the user confirms a change."""

    edited = Signal(str, dict)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.row: ProposalRow | None = None
        self.names = QStringListModel(self)
        self.placeholder = QLabel(self)
        self.placeholder.setWordWrap(True)
        self.addWidget(self.placeholder)
        self.form = QWidget(self)
        self.addWidget(self.form)
        self._build_form()
        self.retranslate()
        self.show_row(None)

    def _build_form(self) -> None:
        # the title wraps onto a few lines; the other short fields are single lines
        presenter = QLineEdit(self.form)
        self.lines: dict[str, QLineEdit | TitleEdit] = {"title": TitleEdit(self.form)}
        for name in LINE_FIELDS[1:]:
            self.lines[name] = presenter if name == "presenter" else QLineEdit(self.form)
        self.kind = QComboBox(self.form)
        self.status = QComboBox(self.form)
        for combo in (self.kind, self.status):  # the pane may be narrower than the longest label
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.text = CommitTextEdit(self.form)
        self.text.setTabChangesFocus(True)
        self.deadline = DateField(self.form)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        completer.setFilterMode(completer.filterMode().MatchContains)
        presenter.setCompleter(completer)
        self.layout_ = QFormLayout()
        # captions above their fields: the pane stays narrow, the fields (the title) get its width
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.labels: dict[str, QLabel] = {}
        order = [
            ("title", self.lines["title"]),
            ("kind", self.kind),
            ("status", self.status),
            ("text", self.text),
            ("presenter", self.lines["presenter"]),
            ("organisation", self.lines["organisation"]),
            ("responsible", self.lines["responsible"]),
            ("deadline", self.deadline),
            ("tags", self.lines["tags"]),
        ]
        for name, widget in order:
            self.labels[name] = QLabel(self.form)
            self.labels[name].setBuddy(widget)
            self.layout_.addRow(self.labels[name], widget)
        fields = [widget.focusProxy() or widget for _name, widget in order]
        for before, after in zip(fields, fields[1:], strict=False):
            QWidget.setTabOrder(before, after)  # Tab goes down the form as it is shown
        self.origin = QLabel(self.form)  # where a merged proposal came from
        self.origin.setWordWrap(True)
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self.form)
        box.addLayout(self.layout_)
        box.addWidget(self.origin)
        for name, line in self.lines.items():
            line.editingFinished.connect(lambda name=name: self.commit(name))
        self.text.editingFinished.connect(lambda: self.commit("text"))
        self.deadline.editingFinished.connect(lambda: self.commit("deadline"))
        self.kind.activated.connect(lambda _i: self.commit("kind"))
        self.status.activated.connect(lambda _i: self.commit("status"))

    def retranslate(self) -> None:
        vocabulary = QCoreApplication.translate  # labels come from the vocabulary tables
        captions = {
            "title": self.tr("&Title"),
            "kind": self.tr("&Kind"),
            "status": self.tr("&Status"),
            "text": self.tr("Te&xt"),
            "presenter": self.tr("P&resenter"),
            "organisation": self.tr("Organ&isation"),
            "responsible": self.tr("Responsi&ble"),
            "deadline": self.tr("&Deadline"),
            "tags": self.tr("Ta&gs"),
        }
        for name, caption in self.labels.items():
            caption.setText(captions[name])
            caption.buddy().setAccessibleName(captions[name].replace("&", ""))
        self.lines["tags"].setPlaceholderText(self.tr("comma separated"))
        self.placeholder.setText(self.tr("Select a proposal to see and edit its details."))
        self.setAccessibleName(self.tr("Proposal details"))
        self.origin.setAccessibleName(self.tr("Merged from"))
        for combo, values, labels in (
            (self.kind, KINDS, KIND_LABELS),
            (self.status, STATUSES, STATUS_LABELS),
        ):
            combo.clear()
            for value in values:
                combo.addItem(vocabulary("Vocabulary", labels[value]), value)
        self.show_row(self.row)

    def set_names(self, names: list[str]) -> None:
        """The participants' names offered while typing a presenter."""
        self.names.setStringList(names)

    def show_row(self, row: ProposalRow | None) -> None:
        """Load a proposal's values into the fields (None: nothing selected)."""
        self.row = row
        self.setCurrentWidget(self.form if row else self.placeholder)
        if row is None:
            return
        for name, line in self.lines.items():
            if line.text() != getattr(row, name):
                line.setText(getattr(row, name))
                line.setCursorPosition(0)
        if self.text.toPlainText() != row.text:
            self.text.set_text(row.text)
        self.kind.setCurrentIndex(KINDS.index(row.kind))
        self.status.setCurrentIndex(STATUSES.index(row.status))
        self.deadline.set_iso(row.deadline)
        self.origin.setText(origin_text(row))
        self.origin.setVisible(bool(self.origin.text()))

    def value(self, name: str) -> str:
        if name in self.lines:
            return self.lines[name].text()
        if name == "text":
            return self.text.toPlainText()
        if name == "deadline":
            return self.deadline.iso()
        combo = self.kind if name == "kind" else self.status
        return str(combo.currentData())

    def commit(self, name: str) -> None:
        """Ask for the edit of one field if its value differs from the proposal's."""
        if self.row is not None and self.value(name) != getattr(self.row, name):
            self.edited.emit(self.row.id, {name: self.value(name)})

    def commit_all(self) -> None:
        """Confirm whatever is being typed (before the selection moves or the window closes)."""
        for name in (*LINE_FIELDS, "text", "deadline"):
            self.commit(name)
