"""A date typed as people write it, with a calendar on Alt+Down or F4; it may be empty."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.gui.widgets import Retranslating

EARLIEST = QDate(2000, 1, 1)
LATEST = QDate(2099, 12, 31)
ALT = Qt.KeyboardModifier.AltModifier
NO_KEYS = Qt.KeyboardModifier.NoModifier
INVALID_LOOK = "QLineEdit { border: 2px solid #c0392b; }"


def shown_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year (31/12/2026, 31.12.2026)."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def typed_formats(locale: QLocale) -> list[str]:
    """What a person may type: the locale's order, 31.12.2026, 2026-12-31; short years too."""
    own = shown_format(locale).replace("dd", "d").replace("MM", "M")
    full = [own, "d.M.yyyy", "yyyy-M-d"]
    short_years = [f.replace("yyyy", "yy") for f in full if not f.startswith("yyyy")]
    return list(dict.fromkeys(full + short_years))


def parse_date(text: str, locale: QLocale) -> QDate | None:
    """The date in `text`, or None when it is not one (31.02.2026 is not)."""
    text = text.strip()
    for form in typed_formats(locale):
        date = QDate.fromString(text, form)
        if date.isValid():
            # Qt reads a two-digit year as 19xx; a deadline is in this century
            return date.addYears(100) if "yyyy" not in form and date.year() < 2000 else date
    return None


class DateField(Retranslating, QWidget):
    """Empty (no date) or one date; an impossible date is shown as refused and never kept."""

    editingFinished = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.value = QDate()  # a null date: empty
        self.line = QLineEdit(self)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("\u25be")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("\u00d7")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self.popup: QCalendarWidget | None = None
        self._layout()
        self.setFocusProxy(self.line)
        self.setFocusPolicy(self.line.focusPolicy())  # a label's Alt+letter focuses only these
        self.line.installEventFilter(self)
        self.line.editingFinished.connect(self._typed)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.clear_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.error)

    def retranslate(self) -> None:
        self.line.setPlaceholderText(self.tr("No date"))
        example = QDate(2026, 12, 31).toString(shown_format(QLocale()))
        self.line.setToolTip(
            self.tr("Type a date such as {example}; Alt+Down or F4 opens a calendar").format(
                example=example
            )
        )
        self.calendar_button.setToolTip(self.tr("Choose in a calendar (Alt+Down)"))
        self.clear_button.setToolTip(self.tr("Clear the date (Delete)"))
        if not self.line.isModified():
            self._show()

    # --- the value -----------------------------------------------------------------------
    def iso(self) -> str:
        """The accepted date as YYYY-MM-DD, "" when empty; refused typing is not a value."""
        return self.value.toString(Qt.DateFormat.ISODate) if self.value.isValid() else ""

    def set_iso(self, iso: str) -> None:
        """Show a stored date (no signal); anything not a date shows as empty."""
        date = QDate.fromString(iso, Qt.DateFormat.ISODate) if iso else QDate()
        self.value = date if date.isValid() else QDate()
        self._show()

    def is_refused(self) -> bool:
        return not self.error.isHidden()

    def clear(self) -> None:
        self._accept(QDate())

    def _show(self) -> None:
        shown = self.value.toString(shown_format(QLocale())) if self.value.isValid() else ""
        self.line.setText(shown)
        self._set_error("")

    def _accept(self, date: QDate) -> None:
        self.value = date
        self._show()
        self.editingFinished.emit()

    def _typed(self) -> None:
        text = self.line.text().strip()
        if not text:
            self._accept(QDate())
            return
        date = parse_date(text, QLocale())
        if date is None:
            self._set_error(self._not_a_date(text))
        elif not EARLIEST <= date <= LATEST:
            self._set_error(self._out_of_range(date))
        else:
            self._accept(date)

    def _not_a_date(self, text: str) -> str:
        example = QDate(2026, 12, 31).toString(shown_format(QLocale()))
        return self.tr("«{text}» is not a date; type it as {example}. Not saved.").format(
            text=text, example=example
        )

    def _out_of_range(self, date: QDate) -> str:
        form = shown_format(QLocale())
        return self.tr(
            "{date} is out of range: type a date from {first} to {last}. Not saved."
        ).format(
            date=date.toString(form), first=EARLIEST.toString(form), last=LATEST.toString(form)
        )

    def _set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.line.setStyleSheet(INVALID_LOOK if message else "")
        self.line.setAccessibleDescription(message)

    # --- keys and the calendar -----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 and mods == NO_KEYS or key == Qt.Key.Key_Down and mods == ALT:
            self.open_calendar()
            return True
        if key == Qt.Key.Key_Delete and mods == NO_KEYS and not self.line.isModified():
            self.clear()  # the shown date as a whole; while typing Delete edits the text
            return True
        return False

    def open_calendar(self) -> QCalendarWidget:
        popup = QCalendarWidget(self)
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.setLocale(QLocale())
        popup.setDateRange(EARLIEST, LATEST)
        typed = parse_date(self.line.text(), QLocale())
        start = typed if typed is not None else self.value
        popup.setSelectedDate(start if start.isValid() else QDate.currentDate())
        popup.activated.connect(self._chosen)
        popup.clicked.connect(self._chosen)
        self._place(popup)
        popup.destroyed.connect(self._popup_gone)
        self.popup = popup
        popup.show()
        popup.setFocus(Qt.FocusReason.PopupFocusReason)
        return popup

    def _place(self, popup: QWidget) -> None:
        """Below the field, or above it near the bottom of the screen; never off the screen."""
        size = popup.sizeHint()
        screen = self.screen().availableGeometry()
        top_left = self.line.mapToGlobal(QPoint(0, 0))
        x = max(screen.left(), min(top_left.x(), screen.right() - size.width()))
        y = top_left.y() + self.line.height()
        if y + size.height() > screen.bottom():
            y = max(screen.top(), top_left.y() - size.height())
        popup.setGeometry(x, y, size.width(), size.height())

    def _chosen(self, date: QDate) -> None:
        if self.popup is not None:
            self.popup.close()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
        self._accept(date)

    def _popup_gone(self) -> None:
        self.popup = None
