"""A summary of the open session: per platform, participants, attendance and proposals."""

from __future__ import annotations

from typing import Any

from peewee import SQL, fn

from facilitator.services.platforms import list_platforms
from facilitator.store.db import SessionFile
from facilitator.store.models import Attendance, Participant, Proposal
from facilitator.vocabulary import KINDS


def _counts(query: Any) -> dict[Any, int]:
    return {key: count for key, count in query.tuples()}


def session_summary(sf: SessionFile) -> dict[str, Any]:
    """The session's fields and per-platform counts, as plain JSON-ready data."""
    session = sf.session
    participants = _counts(
        Participant.select(Participant.platform, fn.COUNT(SQL("*")))
        .where(~Participant.deleted)
        .group_by(Participant.platform)
    )
    present = _counts(
        Attendance.select(Attendance.platform, fn.COUNT(SQL("*")))
        .join(Participant)
        .where(Attendance.present & ~Attendance.deleted & ~Participant.deleted)
        .group_by(Attendance.platform)
    )
    kinds: Any = (
        Proposal.select(Proposal.platform, Proposal.kind, fn.COUNT(SQL("*")))
        .where(~Proposal.deleted)
        .group_by(Proposal.platform, Proposal.kind)
        .tuples()
    )
    by_kind = {(platform, kind): count for platform, kind, count in kinds}
    platforms = [
        {
            "id": p.id,
            "number": p.number,
            "title": p.title,
            "moderators": p.moderators,
            "room": p.room,
            "secretary": p.secretary,
            "participants": participants.get(p.id, 0),
            "present": present.get(p.id, 0),
            "proposals": {kind: by_kind.get((p.id, kind), 0) for kind in KINDS},
        }
        for p in list_platforms()
    ]
    return {
        "session": {
            "id": session.id,
            "title": session.title,
            "forum": session.forum,
            "date": session.date,
            "venue": session.venue,
            "organiser": session.organiser,
            "chair": session.chair,
            "chair_position": session.chair_position,
            "secretary": session.secretary,
            "secretary_position": session.secretary_position,
        },
        "platforms": platforms,
        "totals": _totals(platforms),
    }


def _totals(platforms: list[dict[str, Any]]) -> dict[str, Any]:
    """The session's figures: platforms, participants, present, proposals by kind and in all."""
    by_kind = {kind: sum(p["proposals"][kind] for p in platforms) for kind in KINDS}
    return {
        "platforms": len(platforms),
        "participants": sum(p["participants"] for p in platforms),
        "present": sum(p["present"] for p in platforms),
        "proposals": {**by_kind, "all": sum(by_kind.values())},
    }
