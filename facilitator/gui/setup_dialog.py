"""Session setup: the session's fields and its platforms (added, renamed, reordered)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from facilitator.gui import platform_model as plm
from facilitator.gui.commands import Change
from facilitator.gui.counters import platform_counters
from facilitator.gui.date_field import DateField
from facilitator.gui.operations import Operations

SESSION_TEXT_FIELDS = (
    "title",
    "forum",
    "venue",
    "organiser",
    "chair",
    "chair_position",
    "secretary",
    "secretary_position",
)
NAME_FIELDS = ("chair", "secretary")  # full names: the resolution prints «И. О. Фамилия»


class SetupDialog(QDialog):
    """Every change is an operation (saved at once, undoable); Close just closes."""

    def __init__(self, ops: Operations, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Session setup"))
        self.lines = {name: QLineEdit(self) for name in SESSION_TEXT_FIELDS}
        self.date = DateField(self)
        self.model = plm.PlatformTableModel(self._edit_platform, self)
        self.table = QTableView(self)
        self.buttons = {key: QPushButton(self) for key in ("add", "delete", "up", "down")}
        self._build()
        self._add_undo_actions()
        ops.changed.connect(self._changed)
        self.load()

    def _build(self) -> None:
        form = QFormLayout()
        captions = {
            "title": self.tr("&Title"),
            "forum": self.tr("&Forum"),
            "venue": self.tr("&Venue"),
            "organiser": self.tr("&Organiser"),
            "chair": self.tr("C&hair"),
            "chair_position": self.tr("Chair's &position"),
            "secretary": self.tr("S&ecretary"),
            "secretary_position": self.tr("Secretary's posit&ion"),
        }
        for name, line in self.lines.items():
            line.setAccessibleName(captions[name].replace("&", ""))
            line.editingFinished.connect(lambda name=name: self._edit_session(name))
            form.addRow(captions[name], line)
            if name in NAME_FIELDS:
                line.setPlaceholderText(self.tr("Surname First name Patronymic"))
            if name == "forum":
                form.addRow(self.tr("&Date"), self.date)
        self.date.line.setAccessibleName(self.tr("Date"))
        self.date.editingFinished.connect(lambda: self._edit_session("date"))
        session_box = QGroupBox(self.tr("Session"), self)
        session_box.setLayout(form)
        platforms_box = QGroupBox(self.tr("Platforms"), self)
        box = QVBoxLayout(platforms_box)
        box.addWidget(self._make_table())
        row = QHBoxLayout()
        texts = {
            "add": self.tr("&Add platform"),
            "delete": self.tr("De&lete platform"),
            "up": self.tr("Move &up"),
            "down": self.tr("Move do&wn"),
        }
        for key, button in self.buttons.items():
            button.setText(texts[key])
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.buttons["add"].clicked.connect(self.add_platform)
        self.buttons["delete"].clicked.connect(self.delete_platform)
        self.buttons["up"].clicked.connect(lambda: self.move_platform(-1))
        self.buttons["down"].clicked.connect(lambda: self.move_platform(+1))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(session_box)
        layout.addWidget(platforms_box, 1)
        layout.addWidget(close)
        self.resize(900, 620)

    def _make_table(self) -> QTableView:
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Platforms"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(plm.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(plm.COL_NUMBER, 50)
        self.table.setColumnWidth(plm.COL_MODERATORS, 220)
        self.table.setColumnWidth(plm.COL_SECRETARY, 200)
        self.table.setColumnWidth(plm.COL_ROOM, 120)
        return self.table

    def _add_undo_actions(self) -> None:
        # the main window's shortcuts do not reach a modal dialog: give it its own
        undo = self.ops.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ops.undo_stack.createRedoAction(self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])

    # --- loading -------------------------------------------------------------------------
    def load(self) -> None:
        session = self.ops.sf.session
        for name, line in self.lines.items():
            line.setText(getattr(session, name))
        self.date.set_iso(session.date)
        self._load_platforms()

    def _load_platforms(self, keep: str = "") -> None:
        keep = keep or self.current_id()
        self.model.load(platform_counters(self.ops.sf))
        at = next((i for i, e in enumerate(self.model.entries) if e.id == keep), 0)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(at, plm.COL_TITLE))

    def _changed(self, change: Change) -> None:
        if change.entity == "session":
            self.load()
        elif change.entity == "platform":
            self._load_platforms(change.ids[0] if change.ids else "")

    def current_id(self) -> str:
        index = self.table.currentIndex()
        return self.model.entries[index.row()].id if index.isValid() else ""

    # --- edits ---------------------------------------------------------------------------
    def _edit_session(self, name: str) -> None:
        value = self.date.iso() if name == "date" else self.lines[name].text()
        if value != getattr(self.ops.sf.session, name):
            if not self.ops.edit_session(**{name: value}):
                self.load()

    def _edit_platform(self, platform_id: str, field: str, value: str) -> bool:
        return self.ops.edit_platform(platform_id, **{field: value})

    def add_platform(self) -> None:
        platform_id = self.ops.add_platform(self.tr("New platform"))
        if platform_id:
            index = self.model.index(self.model.rowCount() - 1, plm.COL_TITLE)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def delete_platform(self) -> None:
        if self.current_id():
            self.ops.delete_platform(self.current_id())

    def move_platform(self, delta: int) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            number = self.model.entries[index.row()].number + delta
            if 1 <= number <= self.model.rowCount():
                self.ops.move_platform(self.current_id(), number)

    def done(self, result: int) -> None:
        self.ops.changed.disconnect(self._changed)
        super().done(result)

    def keyPressEvent(self, event: Any) -> None:
        # Enter edits a cell instead of closing the dialog
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.table.edit(self.table.currentIndex())
            return
        super().keyPressEvent(event)
