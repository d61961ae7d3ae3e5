"""Platforms (площадки): add, rename, reorder, set moderators, delete."""

from __future__ import annotations

from typing import Any

from facilitator.messages import QT_TRANSLATE_NOOP, fail
from facilitator.services import records, validate
from facilitator.store.db import SessionFile
from facilitator.store.models import Platform

PLATFORM_FIELDS = ("title", "moderators", "room", "secretary")
# Set in a session opened from a platform kit: the one platform this laptop captures for.
LOCAL_PLATFORM_KEY = "exchange.platform"
# Set with it: the numbering series of the kit it was opened from (see facilitator.numbering).
LOCAL_SERIES_KEY = "exchange.series"


def check_local(sf: SessionFile, platform_id: str) -> None:
    """On a platform laptop, capture and votes are for its own platform only."""
    local = sf.meta(LOCAL_PLATFORM_KEY)
    if local and platform_id != local:
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This laptop captures for its own platform only (it was opened from that "
                "platform's kit).",
            )
        )


def check_secretariat(sf: SessionFile) -> None:
    """On a platform laptop the session, the platforms and the rules are the secretariat's."""
    if sf.meta(LOCAL_PLATFORM_KEY):
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages",
                "On a platform laptop the session, the platforms and the voting rules are "
                "read-only; the secretariat changes them.",
            )
        )


def check_local_person(sf: SessionFile, platform_id: str | None) -> None:
    """On a platform laptop only its own platform's participants may be added or changed."""
    local = sf.meta(LOCAL_PLATFORM_KEY)
    if local and platform_id != local:
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This laptop changes the participants of its own platform only; guests and "
                "participants of other platforms are changed by the secretariat.",
            )
        )


def list_platforms() -> list[Platform]:
    return list(Platform.select().where(~Platform.deleted).order_by(Platform.number))


def get_platform(platform_id: str) -> Platform:
    platform = Platform.get_or_none((Platform.id == platform_id) & ~Platform.deleted)
    if platform is None:
        raise fail(QT_TRANSLATE_NOOP("Messages", "There is no such platform."))
    return platform


def platform_by_number(number: int) -> Platform:
    platform = Platform.get_or_none((Platform.number == number) & ~Platform.deleted)
    if platform is None:
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "There is no platform number {number} in this session."),
            number=number,
        )
    return platform


def _clean(fields: dict[str, Any]) -> dict[str, str]:
    cleaned = {k: validate.text(k, v) for k, v in fields.items() if k in PLATFORM_FIELDS}
    if "title" in fields:
        cleaned["title"] = validate.required("title", fields["title"])
    return cleaned


def add_platform(sf: SessionFile, title: str, **fields: Any) -> Platform:
    """Add a platform at the end of the list."""
    check_secretariat(sf)
    cleaned = _clean({**fields, "title": title})
    with sf.atomic():
        last = Platform.select(Platform.number).where(~Platform.deleted)
        number = max((p.number for p in last), default=0) + 1
        return records.create(sf, Platform, number=number, **cleaned)


def edit_platform(sf: SessionFile, platform_id: str, **fields: Any) -> dict[str, Any]:
    check_secretariat(sf)
    return records.update(sf, get_platform(platform_id), **_clean(fields))


def delete_platform(sf: SessionFile, platform_id: str) -> None:
    """Tombstone a platform and close the gap in the numbering."""
    check_secretariat(sf)
    with sf.atomic():
        records.set_deleted(sf, get_platform(platform_id), True)
        _renumber(sf, list_platforms())


def restore_platform(sf: SessionFile, platform_id: str, number: int) -> None:
    """Bring a deleted platform back at the given place."""
    check_secretariat(sf)
    with sf.atomic():
        platform = Platform.get_by_id(platform_id)
        records.set_deleted(sf, platform, False)
        others = [p for p in list_platforms() if p.id != platform_id]
        others.insert(max(0, number - 1), platform)
        _renumber(sf, others)


def move_platform(sf: SessionFile, platform_id: str, new_number: int) -> None:
    """Move a platform to another place in the order; the others shift."""
    check_secretariat(sf)
    with sf.atomic():
        order = list_platforms()
        moving = next(p for p in order if p.id == platform_id)
        order.remove(moving)
        order.insert(max(0, min(new_number - 1, len(order))), moving)
        _renumber(sf, order)


def _renumber(sf: SessionFile, order: list[Platform]) -> None:
    for index, platform in enumerate(order, start=1):
        if platform.number != index:
            records.update(sf, platform, number=index)
