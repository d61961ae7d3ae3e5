"""Small shared widgets: a text box that commits on leave, a lazy tab, a table with a hint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class Retranslating:
    """Mixin for widgets: re-set texts when the application language changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate(self) -> None:
        raise NotImplementedError


class CommitTextEdit(QPlainTextEdit):
    """Multi-line text whose edit is confirmed when the focus leaves it."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.editingFinished.emit()

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self.document().setModified(False)


class HintTableView(QTableView):
    """A table that says what to do next while it shows no rows."""

    def __init__(self, hint: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = hint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(area, int(flags) | int(Qt.TextFlag.TextWordWrap), self.hint())
        painter.end()


class LazyTab(QWidget):
    """A tab whose content is made the first time it is shown: start-up stays quick."""

    built = Signal(object)  # the content, once made

    def __init__(self, make: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.make = make
        self.content: QWidget | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.content is None:
            self.content = self.make(self)
            self.box.addWidget(self.content)
            self.built.emit(self.content)
        return self.content

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure()
        super().showEvent(event)


def find_field(tab: QWidget) -> QLineEdit | None:
    """The find box a tab offers as `search`, if it has one (a lazy tab's content counts)."""
    if isinstance(tab, LazyTab):
        tab = tab.ensure()
    field = getattr(tab, "search", None)
    return field if isinstance(field, QLineEdit) else None
