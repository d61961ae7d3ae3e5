"""Small shared widgets: an optional date, a text box that commits on leave, a lazy tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

EMPTY_DATE = QDate(2000, 1, 1)  # the minimum shows as blank: QDateEdit has no empty value


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


class OptionalDateEdit(Retranslating, QWidget):
    """A date picker that may be empty (no deadline), with a button that empties it."""

    editingFinished = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(EMPTY_DATE)
        self.edit.setDate(EMPTY_DATE)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.editingFinished)
        self.edit.calendarWidget().clicked.connect(lambda _date: self.editingFinished.emit())
        self.clear_button.clicked.connect(self._clear)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setSpecialValueText(self.tr("No date"))
        self.clear_button.setToolTip(self.tr("Clear the date"))
        locale = QLocale()  # the default follows the UI language; widgets keep the old one
        self.edit.setLocale(locale)
        self.edit.setDisplayFormat(locale.dateFormat(QLocale.FormatType.ShortFormat))

    def iso(self) -> str:
        date = self.edit.date()
        return "" if date == EMPTY_DATE else date.toString(Qt.DateFormat.ISODate)

    def set_iso(self, iso: str) -> None:
        date = QDate.fromString(iso, Qt.DateFormat.ISODate) if iso else EMPTY_DATE
        self.edit.blockSignals(True)
        self.edit.setDate(date if date.isValid() else EMPTY_DATE)
        self.edit.blockSignals(False)

    def _clear(self) -> None:
        self.set_iso("")
        self.editingFinished.emit()


class LazyTab(QWidget):
    """A tab whose content is made the first time it is shown: start-up stays quick."""

    built = Signal(object)  # the content, once made

    def __init__(self, make: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.make = make
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.content is None:
            self.content = self.make(self)
            self.layout().addWidget(self.content)
            self.built.emit(self.content)
        return self.content

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure()
        super().showEvent(event)
