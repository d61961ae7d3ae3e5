"""Per-platform numbers for the sidebar: participants, present, proposals by kind."""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.services.info import session_summary
from facilitator.services.platforms import list_platforms
from facilitator.store.db import SessionFile


@dataclass
class PlatformCounters:
    id: str
    number: int
    title: str
    moderators: str
    room: str
    participants: int = 0
    present: int = 0
    proposals: dict[str, int] = field(default_factory=dict)
    secretary: str = ""  # who keeps and signs the platform's protocol


def platform_counters(sf: SessionFile) -> list[PlatformCounters]:
    """One entry per live platform, in order; a few grouped queries whatever the size."""
    # the summary lists the platforms in list_platforms() order but without their ids
    ids = [platform.id for platform in list_platforms()]
    return [
        PlatformCounters(
            platform_id,
            p["number"],
            p["title"],
            p["moderators"],
            p["room"],
            p["participants"],
            p["present"],
            dict(p["proposals"]),
            p["secretary"],
        )
        for platform_id, p in zip(ids, session_summary(sf)["platforms"], strict=True)
    ]
