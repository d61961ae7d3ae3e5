"""Participants and their attendance at platforms."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from facilitator.messages import QT_TRANSLATE_NOOP, fail
from facilitator.services import records, validate
from facilitator.services.platforms import check_local, check_local_person
from facilitator.store.db import SessionFile, plain_rows, utc_now
from facilitator.store.models import Attendance, Participant, Platform

PARTICIPANT_FIELDS = ("full_name", "organisation", "position", "delegation", "role")


@dataclass(slots=True)
class ParticipantRow:
    """A participant as lists show it: flat values, attendance at their platform."""

    id: str
    full_name: str
    organisation: str
    position: str
    delegation: str
    role: str
    platform_id: str | None
    present: bool


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {
        k: validate.text(k, v) for k, v in fields.items() if k in PARTICIPANT_FIELDS
    }
    if "full_name" in fields:
        cleaned["full_name"] = validate.required("full_name", fields["full_name"])
    if "platform" in fields:
        cleaned["platform"] = fields["platform"] or None
    return cleaned


def get_participant(participant_id: str) -> Participant:
    person = Participant.get_or_none((Participant.id == participant_id) & ~Participant.deleted)
    if person is None:
        raise fail(QT_TRANSLATE_NOOP("Messages", "There is no such participant."))
    return person


def add_participant(sf: SessionFile, full_name: str, **fields: Any) -> Participant:
    cleaned = _clean({**fields, "full_name": full_name})
    check_local_person(sf, cleaned.get("platform"))
    return records.create(sf, Participant, **cleaned)


def edit_participant(sf: SessionFile, participant_id: str, **fields: Any) -> dict[str, Any]:
    person = get_participant(participant_id)
    cleaned = _clean(fields)
    check_local_person(sf, person.platform_id)
    if "platform" in cleaned:
        check_local_person(sf, cleaned["platform"])
    return records.update(sf, person, **cleaned)


def delete_participant(sf: SessionFile, participant_id: str) -> None:
    person = get_participant(participant_id)
    check_local_person(sf, person.platform_id)
    records.set_deleted(sf, person, True)


def set_many_deleted(sf: SessionFile, participant_ids: list[str], deleted: bool) -> None:
    """Tombstone (or bring back) many participants in one step: undo of an import."""
    with sf.atomic():
        for person in Participant.select().where(Participant.id.in_(participant_ids)):
            check_local_person(sf, person.platform_id)
            records.set_deleted(sf, person, deleted)


def restore_participant(sf: SessionFile, participant_id: str) -> None:
    person = Participant.get_by_id(participant_id)
    check_local_person(sf, person.platform_id)
    records.set_deleted(sf, person, False)


def list_participants(platform_id: str | None = None) -> list[ParticipantRow]:
    """Participants (of one platform, or all) with their attendance, in name order."""
    present = present_ids(platform_id)
    query = Participant.select(
        Participant.id,
        Participant.full_name,
        Participant.organisation,
        Participant.position,
        Participant.delegation,
        Participant.role,
        Participant.platform,
    ).where(~Participant.deleted)
    if platform_id is not None:
        query = query.where(Participant.platform == platform_id)
    return [
        ParticipantRow(
            key,
            name,
            organisation,
            position,
            delegation,
            role,
            platform,
            (key, platform) in present,
        )
        for key, name, organisation, position, delegation, role, platform in plain_rows(
            query.order_by(Participant.full_name)
        )
    ]


def present_ids(platform_id: str | None = None) -> set[tuple[str, str]]:
    """(participant id, platform id) of everyone marked present (at one platform, or all)."""
    marks = Attendance.select(Attendance.participant, Attendance.platform).where(
        Attendance.present & ~Attendance.deleted
    )
    if platform_id is not None:
        marks = marks.where(Attendance.platform == platform_id)
    return {(participant, platform) for participant, platform in plain_rows(marks)}


def participant_names() -> list[str]:
    """The distinct names of the live participants, sorted (what a presenter field offers)."""
    query = (
        Participant.select(Participant.full_name)
        .where(~Participant.deleted)
        .distinct()
        .order_by(Participant.full_name)
    )
    return [name for (name,) in plain_rows(query)]


def set_present(sf: SessionFile, participant_id: str, platform_id: str, present: bool) -> None:
    """Mark a participant present (or absent) at a platform, remembering since when."""
    get_participant(participant_id)
    if Platform.get_or_none(Platform.id == platform_id) is None:
        raise fail(QT_TRANSLATE_NOOP("Messages", "There is no such platform."))
    check_local(sf, platform_id)
    with sf.atomic():
        row = Attendance.get_or_none(
            (Attendance.participant == participant_id) & (Attendance.platform == platform_id)
        )
        if row is None:
            records.create(
                sf,
                Attendance,
                id=records.fact_id("attendance", participant_id, platform_id),
                participant=participant_id,
                platform=platform_id,
                present=present,
                since=utc_now(),
            )
        elif row.present != present or row.deleted:
            records.update(sf, row, present=present, since=utc_now(), deleted=False)


def present_count(platform_id: str) -> int:
    return (
        Attendance.select()
        .join(Participant)
        .where(
            (Attendance.platform == platform_id)
            & Attendance.present
            & ~Attendance.deleted
            & ~Participant.deleted
        )
        .count()
    )
