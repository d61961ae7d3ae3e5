"""The refusal raised for bad vote input, carrying its reason as data for translation."""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for Qt's lupdate (which looks for calls of this name); return it unchanged."""
    return text


def _untranslated(context: str, text: str) -> str:
    return text


class VoteError(Exception):
    """A vote input refused; carries what is wrong as data so each face can translate it."""

    context = "Voting"

    def __init__(self, code: str, template: str, **params: object) -> None:
        self.code = code
        self.template = template
        self.params: dict[str, object] = dict(params)
        super().__init__(self.format())

    def format(self, tr: Translate = _untranslated) -> str:
        """The message, its template translated by `tr(context, text)`, then filled in."""
        return tr(self.context, self.template).format(**self.params)

    def __str__(self) -> str:
        return self.format()

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly form for the command line."""
        return {"code": self.code, "message": self.format(), "params": dict(self.params)}
