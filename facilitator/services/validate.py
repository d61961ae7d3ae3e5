"""Checks of user input shared by all services; each failure names the field and the value."""

from __future__ import annotations

import datetime as dt
import re

from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, fail, msg
from facilitator.vocabulary import FIELD_LABELS, KIND_ALIASES, KINDS, STATUS_ALIASES, STATUSES

MAX_TEXT = 1_000_000  # characters in one field: what a results bundle may carry, too
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y")


def field_label(name: str) -> Message:
    """The translatable name of a field, for messages."""
    return Message(FIELD_LABELS.get(name, name), context="Vocabulary")


def clean(value: object) -> str:
    """Text as stored: control characters dropped, outer whitespace trimmed."""
    text = value if isinstance(value, str) else "" if value is None else str(value)
    if text.isprintable():  # fast path: no control characters (newlines are not printable)
        return text.strip()
    return _CONTROL.sub("", text).strip()


def text(field: str, value: object) -> str:
    """A text field as stored (see `clean`), refused when over MAX_TEXT characters."""
    cleaned = clean(value)
    if len(cleaned) > MAX_TEXT:
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The {field} is too long: {length} characters, at most {limit} are kept.",
            ),
            field=field_label(field),
            length=len(cleaned),
            limit=MAX_TEXT,
        )
    return cleaned


def required(field: str, value: object) -> str:
    cleaned = text(field, value)
    if not cleaned:
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "The {field} must not be empty."),
            field=field_label(field),
        )
    return cleaned


def date(field: str, value: object) -> str:
    """An ISO date (YYYY-MM-DD) from ISO or Russian (DD.MM.YYYY) input; empty stays empty."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = clean(value)
    if not text:
        return ""
    if _ISO_DATE.fullmatch(text):  # the common case, without strptime's cost
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    raise fail(
        QT_TRANSLATE_NOOP(
            "Messages", "The {field} “{value}” is not a date (expected YYYY-MM-DD or DD.MM.YYYY)."
        ),
        field=field_label(field),
        value=text,
    )


def kind(value: object) -> str:
    text = clean(value).lower()
    if text in KINDS:
        return text
    if text in KIND_ALIASES:
        return KIND_ALIASES[text]
    raise fail(
        QT_TRANSLATE_NOOP(
            "Messages", "“{value}” is not a kind of proposal (expected one of: {known})."
        ),
        value=clean(value),
        known=msg(QT_TRANSLATE_NOOP("Messages", "problem, proposal, initiative, resolution_item")),
    )


def status(value: object) -> str:
    text = clean(value).lower()
    if text in STATUSES:
        return text
    if text in STATUS_ALIASES:
        return STATUS_ALIASES[text]
    raise fail(
        QT_TRANSLATE_NOOP("Messages", "“{value}” is not a status (expected one of: {known})."),
        value=clean(value),
        known=msg(
            QT_TRANSLATE_NOOP("Messages", "draft, voting, adopted, rejected, withdrawn, merged")
        ),
    )


YES = ("да", "+", "1", "yes", "y", "true", "д", "x", "х", "присутствует", "present")
NO = ("нет", "-", "−", "–", "0", "no", "n", "false", "н", "отсутствует", "absent")


def presence(value: object) -> bool | None:
    """Attendance as tables write it (да/нет, +/−, 1/0, yes/no); empty means not stated."""
    text = clean(value).casefold()
    if not text:
        return None
    if text in YES:
        return True
    if text in NO:
        return False
    raise fail(
        QT_TRANSLATE_NOOP(
            "Messages", "“{value}” is not a presence mark (write да or нет, + or −, 1 or 0)."
        ),
        value=clean(value),
    )


def positive_int(field: str, value: object) -> int:
    try:
        number = int(clean(value))
    except ValueError:
        number = 0
    if number <= 0:
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "The {field} “{value}” is not a positive whole number."),
            field=field_label(field),
            value=clean(value),
        )
    return number


__all__ = [
    "FacilitatorError",
    "clean",
    "field_label",
    "date",
    "kind",
    "positive_int",
    "presence",
    "required",
    "status",
    "text",
]
