"""The refusal raised for bad vote input, carrying its reason as data for translation."""

from __future__ import annotations

from collections.abc import Callable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for Qt's lupdate (which looks for calls of this name); return it unchanged."""
    return text


Translate = Callable[[str, str], str]


class VoteError(Exception):
    """A vote input refused; carries what is wrong as data so each face can translate it."""

    context = "Voting"

    def __init__(self, code: str, template: str, **params: object) -> None:
        self.code = code
        self.template = template
        self.params: dict[str, object] = dict(params)
        super().__init__(self.message())

    def message(self, translate: Translate | None = None) -> str:
        """The message, its template first passed through `translate(context, text)` if given."""
        template = translate(self.context, self.template) if translate else self.template
        return template.format(**self.params)

    def __str__(self) -> str:
        return self.message()

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly form for the command line."""
        return {"code": self.code, "message": self.message(), "params": dict(self.params)}
