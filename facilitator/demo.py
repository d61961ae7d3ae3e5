"""The built-in demo session «Промышленный рывок – заводы развития», made from the seed article."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from facilitator import demo_data as data
from facilitator.demo_votes import add_votes
from facilitator.services import participants, platforms, proposals
from facilitator.store.db import SessionFile, building
from facilitator.store.models import Platform
from facilitator.vocabulary import (
    ADOPTED,
    DRAFT,
    INITIATIVE,
    PROBLEM,
    PROPOSAL,
    RESOLUTION_ITEM,
)

PARTICIPANTS_PER_PLATFORM = 16


def write_demo(path: Path, filled: bool = False) -> None:
    """Write the demo session to a new file; `filled` adds people, attendance and proposals."""
    with building(Path(path), **data.SESSION) as sf:
        build_demo(sf, filled)


def build_demo(sf: SessionFile, filled: bool) -> None:
    with sf.atomic():
        made = [
            platforms.add_platform(
                sf,
                title,
                moderators=data.MODERATORS[i],
                room=data.ROOMS[i],
                secretary=data.SECRETARIES[i],
            )
            for i, title in enumerate(data.PLATFORMS)
        ]
        for number, title, presenter, position, text in data.INITIATIVES:
            platform = made[number - 1]
            proposals.add_proposal(
                sf,
                platform.id,
                title,
                INITIATIVE,
                text=text,
                presenter=presenter,
                organisation=f"Делегация: {data.KUZBASS}",
                status=ADOPTED if filled else DRAFT,
            )
            person = participants.add_participant(
                sf,
                presenter,
                organisation=data.KUZBASS,
                position=position,
                delegation=data.KUZBASS,
                role="Докладчик",
                platform=platform.id,
            )
            if filled:
                participants.set_present(sf, person.id, platform.id, True)
        if filled:
            _fill(sf, made, random.Random(2026))


def _fill(sf: SessionFile, made: list[Platform], rng: random.Random) -> None:
    for name, organisation, position in data.GUESTS:
        participants.add_participant(
            sf, name, organisation=organisation, position=position, role="Почётный гость"
        )
    for number, platform in enumerate(made, start=1):
        _people(sf, platform, rng)
        _proposals(sf, platform, data.CONTENT[number], rng)
        if number in data.EXTRA_INITIATIVES:
            title, organisation = data.EXTRA_INITIATIVES[number]
            proposals.add_proposal(
                sf,
                platform.id,
                title,
                INITIATIVE,
                presenter=_person_name(rng),
                organisation=organisation,
                status=ADOPTED,
            )
        add_votes(sf, platform, rng)


def _people(sf: SessionFile, platform: Platform, rng: random.Random) -> None:
    moderator = participants.add_participant(
        sf,
        platform.moderators,
        role="Модератор",
        platform=platform.id,
        organisation="Секретариат форума",
        delegation="Иркутская область",
    )
    participants.set_present(sf, moderator.id, platform.id, True)
    for _ in range(PARTICIPANTS_PER_PLATFORM):
        person = participants.add_participant(
            sf,
            _person_name(rng),
            organisation=rng.choice(data.ORGANISATIONS),
            position=rng.choice(data.POSITIONS),
            delegation=rng.choice(data.REGIONS),
            role="Участник",
            platform=platform.id,
        )
        if rng.random() < 0.85:
            participants.set_present(sf, person.id, platform.id, True)


def _proposals(
    sf: SessionFile, platform: Platform, content: dict[str, Any], rng: random.Random
) -> None:
    for title in content["problems"]:
        proposals.add_proposal(sf, platform.id, title, PROBLEM, status=DRAFT)
    for title in content["proposals"]:
        proposals.add_proposal(
            sf,
            platform.id,
            title,
            PROPOSAL,
            presenter=_person_name(rng),
            tags="развитие",
            status=DRAFT,
        )
    for title, responsible, deadline in content["items"]:
        proposals.add_proposal(
            sf,
            platform.id,
            title,
            RESOLUTION_ITEM,
            responsible=responsible,
            deadline=deadline,
            status=DRAFT,
        )


def _person_name(rng: random.Random) -> str:
    surname, patronymic = rng.choice(data.SURNAMES), rng.choice(data.PATRONYMICS)
    if rng.random() < 0.5:
        return f"{surname} {rng.choice(data.MALE_NAMES)} {patronymic}ич"
    female = surname[:-2] + "ая" if surname.endswith("ий") else surname + "а"
    return f"{female} {rng.choice(data.FEMALE_NAMES)} {patronymic}на"
