"""Refusals of kits and bundles: each names the file and what is wrong with it."""

from __future__ import annotations

from typing import Any

from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message

CONTEXT = "Exchange"


def problem(template: str, **params: Any) -> Message:
    """A translatable part of a refusal (marked with QT_TRANSLATE_NOOP("Exchange", ...))."""
    return Message(template, params, CONTEXT)


def refuse(template: str, **params: Any) -> FacilitatorError:
    return FacilitatorError(problem(template, **params))


def damaged(file: str) -> FacilitatorError:
    return refuse(
        QT_TRANSLATE_NOOP(
            "Exchange", "{file}: the file is damaged or truncated, or is not a Facilitator file."
        ),
        file=file,
    )


def bad_member(file: str, member: str, reason: Message) -> FacilitatorError:
    return refuse(
        QT_TRANSLATE_NOOP("Exchange", "{file}: {member}: {reason}"),
        file=file,
        member=member,
        reason=reason,
    )


def bad_row(file: str, table: str, row: int, reason: Message) -> FacilitatorError:
    return refuse(
        QT_TRANSLATE_NOOP("Exchange", "{file}: {table}, row {row}: {reason}"),
        file=file,
        table=table,
        row=row,
        reason=reason,
    )
