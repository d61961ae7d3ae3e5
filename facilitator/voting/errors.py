"""The refusal raised for bad vote input, carrying its reason as data for translation."""

from __future__ import annotations

from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message

__all__ = ["QT_TRANSLATE_NOOP", "VoteError"]


class VoteError(FacilitatorError):
    """A vote input refused; carries what is wrong as data so each face can translate it."""

    context = "Voting"

    def __init__(self, code: str, template: str, **params: object) -> None:
        self.code = code
        self.template = template
        self.params: dict[str, object] = dict(params)
        super().__init__(Message(template, self.params, self.context))

    def to_dict(self) -> dict[str, object]:
        """A JSON-friendly form for the command line."""
        return {"code": self.code, "message": self.format(), "params": dict(self.params)}
