"""Errors of the export, in the «Export» translation context."""

from __future__ import annotations

from typing import Any

from facilitator.messages import FacilitatorError, Message


def export_error(template: str, **params: Any) -> FacilitatorError:
    """`raise export_error(QT_TRANSLATE_NOOP("Export", "..."), name=...)`.

    `messages.fail` files every message under «Messages»; these are extracted under «Export»,
    so the context has to travel with the message for the translation to be found.
    """
    return FacilitatorError(Message(template, params, context="Export"))


class ExportCancelled(FacilitatorError):
    """The person exporting cancelled: what was written is said in the message."""


def export_cancelled(template: str, **params: Any) -> ExportCancelled:
    return ExportCancelled(Message(template, params, context="Export"))
