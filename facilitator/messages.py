"""Messages the core reports: an English template plus data, translated by each face."""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a string for translation without translating it (Qt's lupdate extracts these)."""
    return text


def untranslated(context: str, text: str) -> str:
    """The identity translator: English as written in the code."""
    return text


@dataclass(frozen=True)
class Message:
    """A translatable text: the English template, its context and the values to fill in."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)
    context: str = "Messages"

    def format(self, tr: Translate = untranslated) -> str:
        values = {key: _format_value(value, tr) for key, value in self.params.items()}
        return tr(self.context, self.template).format(**values)

    def __str__(self) -> str:
        return self.format()


def _format_value(value: Any, tr: Translate) -> Any:
    if isinstance(value, Message):
        return value.format(tr)
    if isinstance(value, list | tuple) and all(isinstance(v, Message) for v in value):
        return "\n".join(v.format(tr) for v in value)
    return value


def msg(template: str, **params: Any) -> Message:
    """A message in the default context; `template` must be marked with QT_TRANSLATE_NOOP."""
    return Message(template, params)


class FacilitatorError(Exception):
    """Input or a file refused by the core; what is wrong travels as a Message."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message

    def format(self, tr: Translate = untranslated) -> str:
        return self.message.format(tr)


# What the operating system said, in words each face translates (its own text is English).
OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Messages", "no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("Messages", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Messages", "permission denied"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Messages", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Messages", "a part of the path is not a folder"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("Messages", "the disk is read-only"),
}


def os_reason(error: OSError) -> Message | str:
    """Why a file could not be read or written, translatable where we know the reason."""
    known = OS_REASONS.get(error.errno or 0)
    return msg(known) if known else error.strerror or str(error)


def fail(template: str, **params: Any) -> FacilitatorError:
    """Build an error to raise: `raise fail(QT_TRANSLATE_NOOP(...), path=...)`."""
    return FacilitatorError(msg(template, **params))
