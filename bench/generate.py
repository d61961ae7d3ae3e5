"""A deterministic generator of sessions at forum scale (S, M, L), written with bulk inserts."""

from __future__ import annotations

import atexit
import dataclasses
import json
import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

from bench.sizes import Size
from facilitator.services.records import insert_rows
from facilitator.services.votes import close_vote, fact_id
from facilitator.store.db import SessionFile, create_session_file, utc_now
from facilitator.store.models import Attendance, Ballot, Participant, Platform, Proposal, Vote
from facilitator.vocabulary import ADOPTED, DRAFT, KINDS, RESOLUTION_ITEM

WORDS = (
    "развитие промышленности кластер технологии инфраструктура кадры образование город "
    "энергетика транспорт авиация цифровизация экспорт инвестиции наука производство "
    "модернизация сырьё переработка логистика моногород малый бизнес поддержка"
).split()


def make_session(path: Path, size: Size, seed: int = 7) -> Path:
    """Write a session of the given size to `path` (which must not exist)."""
    rng = random.Random(seed)
    sf = create_session_file(path, f"Bench session {size.name}", forum="Bench forum")
    try:
        with sf.atomic():
            platform_ids = _platforms(sf, size)
            people = _participants(sf, size, platform_ids, rng)
            items = _proposals(sf, size, platform_ids, rng)
            _votes(sf, size, platform_ids, people, items, rng)
            _close_all_but_one(sf)
    finally:
        sf.close()
    return path


def _close_all_but_one(sf: SessionFile) -> None:
    """As after a forum day: every vote closed (its result locked in), one still open."""
    open_votes = Vote.select(Vote.id).where(Vote.status == "open").order_by(Vote.id)
    for vote in list(open_votes)[1:]:
        close_vote(sf, vote.id)


def session_copy(size: Size) -> Path:
    """A fresh copy of the session of this size, generated once per process."""
    source = _GENERATED.get(size)
    if source is None:
        source = make_session(_scratch() / f"{size.name}.fsession", size)
        _GENERATED[size] = source
    copy = _scratch() / source.name
    shutil.copy(source, copy)
    return copy


def _scratch() -> Path:
    """A temporary folder, removed when the process ends (an L session is 60 MB)."""
    folder = tempfile.mkdtemp(prefix="bench-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return Path(folder)


def one_platform(size: Size) -> Size:
    """The same forum with every proposal on one platform (a table of all of them)."""
    return dataclasses.replace(size, platforms=1)


_GENERATED: dict[Size, Path] = {}


def _base(sf: SessionFile, key: str | None = None) -> dict[str, Any]:
    return {"id": key or Platform.id.default(), "device": sf.device, "version": sf.tick()}


def _platforms(sf: SessionFile, size: Size) -> list[str]:
    rows = [
        {
            **_base(sf),
            "number": n,
            "title": f"Площадка {n}: {WORDS[n % len(WORDS)]}",
            "moderators": f"Модератор {n}",
            "room": f"Зал {n}",
        }
        for n in range(1, size.platforms + 1)
    ]
    insert_rows(sf, Platform, rows)
    return [r["id"] for r in rows]


def _participants(
    sf: SessionFile, size: Size, platform_ids: list[str], rng: random.Random
) -> dict[str, list[str]]:
    people: dict[str, list[str]] = {p: [] for p in platform_ids}
    rows, attendance, now = [], [], utc_now()
    for n in range(size.participants):
        platform = platform_ids[n % len(platform_ids)]
        row = {
            **_base(sf),
            "full_name": f"Участник {n:05d}",
            "organisation": f"Организация {n % 97}",
            "position": "Эксперт",
            "delegation": "Регион",
            "role": "",
            "platform": platform,
        }
        rows.append(row)
        if rng.random() < 0.85:
            people[platform].append(row["id"])
            attendance.append(
                {
                    **_base(sf, fact_id("attendance", row["id"], platform)),
                    "participant": row["id"],
                    "platform": platform,
                    "present": True,
                    "since": now,
                }
            )
    insert_rows(sf, Participant, rows)
    insert_rows(sf, Attendance, attendance)
    return people


def _proposals(
    sf: SessionFile, size: Size, platform_ids: list[str], rng: random.Random
) -> dict[str, list[str]]:
    items: dict[str, list[str]] = {p: [] for p in platform_ids}
    rows, now = [], utc_now()
    for n in range(size.proposals):
        platform = platform_ids[n % len(platform_ids)]
        kind = KINDS[n % len(KINDS)]
        title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
        row = {
            **_base(sf),
            "platform": platform,
            "number": len(items[platform]) + 1,
            "kind": kind,
            "title": title,
            "text": title + ". " + title,
            "tags": rng.choice(WORDS),
            "status": ADOPTED if rng.random() < 0.3 else DRAFT,
            "presenter": f"Участник {rng.randrange(size.participants):05d}",
            "organisation": "",
            "responsible": "Министерство" if kind == RESOLUTION_ITEM else "",
            "deadline": "2027-06-30" if kind == RESOLUTION_ITEM else "",
            "created_at": now,
            "updated_at": now,
        }
        rows.append(row)
        items[platform].append(row["id"])
    insert_rows(sf, Proposal, rows)
    return items


def _votes(
    sf: SessionFile,
    size: Size,
    platform_ids: list[str],
    people: dict[str, list[str]],
    items: dict[str, list[str]],
    rng: random.Random,
) -> None:
    """Dot votes over slices of each platform's proposals; every present voter casts a ballot."""
    votes, ballots, now = [], [], utc_now()
    per_platform = size.ballots // len(platform_ids)
    for platform in platform_ids:
        voters = people[platform]
        for round_items in _slices(items[platform], -(-per_platform // len(voters))):
            vote = {
                **_base(sf),
                "platform": platform,
                "method": "dots",
                "round": 1,
                "items": json.dumps(round_items),
                "settings": json.dumps({"dots": 3}),
                "status": "open",
                "opened_at": now,
            }
            votes.append(vote)
            for voter in voters:
                choice = rng.choice(round_items)
                key = fact_id("ballot", vote["id"], voter)
                ballots.append(
                    {
                        **_base(sf, key),
                        "vote": vote["id"],
                        "voter": voter,
                        "choices": json.dumps({choice: 3}),
                    }
                )
    insert_rows(sf, Vote, votes)
    insert_rows(sf, Ballot, ballots)


def _slices(items: list[str], count: int) -> list[list[str]]:
    step = max(1, len(items) // max(1, count))
    return [items[i : i + step] for i in range(0, step * count, step) if items[i : i + step]]
