"""Merging seven platforms' bundles (3,000 proposals each, with their votes) into a fresh master."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path
from typing import Any

from bench.common import HEADER, measure, row
from bench.sizes import SIZES, Size
from facilitator.exchange import kit, laptop
from facilitator.exchange.merge import merge
from facilitator.services import platforms, records
from facilitator.store.db import SessionFile, create_session_file, open_session_file, utc_now
from facilitator.store.models import Attendance, Participant, Proposal, Tally, Vote

PLATFORMS, PROPOSALS, ITEMS_PER_VOTE = 7, 3_000, 20
PRESENT = 40  # people present at each platform: the dots counted are possible (merge checks)


def fill_laptop(sf: SessionFile, platform: str, count: int) -> None:
    """Bulk rows as a busy platform would have them: proposals, dot votes, one tally per item."""
    now = utc_now()
    ids = [uuid.uuid4().hex for _ in range(count)]
    proposals = [
        {
            "id": pid,
            "device": sf.device,
            "version": sf.tick(),
            "platform": platform,
            "number": i + 1,
            "kind": "proposal",
            "title": f"Предложение {i} о развитии заводов",
            "text": "Текст предложения " * 5,
            "created_at": now,
            "updated_at": now,
        }
        for i, pid in enumerate(ids)
    ]
    people = [uuid.uuid4().hex for _ in range(PRESENT)]
    participants = [
        {"id": key, "device": sf.device, "version": sf.tick(), "platform": platform,
         "full_name": f"Участник {i}"}
        for i, key in enumerate(people)
    ]  # fmt: skip
    attendance = [
        {"id": uuid.uuid5(uuid.NAMESPACE_OID, f"{key}/{platform}").hex, "device": sf.device,
         "version": sf.tick(), "participant": key, "platform": platform, "since": now}
        for key in people
    ]  # fmt: skip
    votes, tallies = [], []
    for start in range(0, count, ITEMS_PER_VOTE):
        items = ids[start : start + ITEMS_PER_VOTE]
        vote = uuid.uuid4().hex
        votes.append(
            {
                "id": vote,
                "device": sf.device,
                "version": sf.tick(),
                "platform": platform,
                "method": "dots",
                "items": json.dumps(items),
                "settings": '{"dots": 10}',  # 40 present × 10 ≥ 20 items × 16 dots
                "opened_at": now,
            }
        )
        tallies += [
            {
                "id": uuid.uuid5(uuid.NAMESPACE_OID, f"{vote}/{p}").hex,
                "device": sf.device,
                "version": sf.tick(),
                "vote": vote,
                "proposal": p,
                "figures": json.dumps({"dots": n % 17}),
            }
            for n, p in enumerate(items)
        ]
    with sf.atomic():
        records.insert_rows(sf, Participant, participants)
        records.insert_rows(sf, Attendance, attendance)
        records.insert_rows(sf, Proposal, proposals)
        records.insert_rows(sf, Vote, votes)
        records.insert_rows(sf, Tally, tallies)


def make_bundles(folder: Path, count: int) -> tuple[Path, list[bytes]]:
    """A master with seven platforms and kits, and one bundle from each platform's laptop."""
    master = folder / "master.fsession"
    sf = create_session_file(master, "Bench")
    for n in range(PLATFORMS):
        platforms.add_platform(sf, f"Площадка {n + 1}")
    for n in range(1, PLATFORMS + 1):
        kit.write_kit(sf, n, folder / f"p{n}.fkit")
    sf.close()
    bundles = []
    for n in range(1, PLATFORMS + 1):
        lsf = kit.open_kit(folder / f"p{n}.fkit", folder / f"l{n}.fsession")
        fill_laptop(lsf, laptop.local_platform(lsf) or "", count)
        bundles.append(laptop.make_bundle(lsf))
        if n == 1:  # the same state exported again: a new sequence, nothing changed
            again = laptop.make_bundle(lsf)
        lsf.close()
    return master, [*bundles, again]


def raw_baseline(path: Path, bundles_rows: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS p (id TEXT PRIMARY KEY, device, version, deleted, "
        "platform, number, kind, title, text, created_at, updated_at)"
    )
    rows = [
        (
            uuid.uuid4().hex,
            "dev",
            f"{i:013d}-00000-dev",
            0,
            "p",
            i,
            "proposal",
            f"Предложение {i} о развитии заводов",
            "Текст предложения " * 5,
            "t",
            "t",
        )
        for i in range(bundles_rows)
    ]
    with conn:
        conn.executemany("INSERT INTO p VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.close()


def run(size: Size = SIZES["L"], repeat: int = 5) -> list[str]:
    """Seven bundles of 3,000 proposals at every size: the issue's figure (size names the row)."""
    folder = Path(tempfile.mkdtemp())
    master, bundles = make_bundles(folder, PROPOSALS)
    bundles, reexported = bundles[:-1], bundles[-1]
    total = PLATFORMS * PROPOSALS
    state: dict[str, Any] = {"n": 0}

    def fresh_master() -> None:
        close(state)
        state["n"] += 1
        state["path"] = folder / f"m{state['n']}.fsession"
        shutil.copy(master, state["path"])
        state["sf"] = open_session_file(state["path"])

    def fresh_raw() -> None:
        state["n"] += 1
        state["raw"] = folder / f"raw{state['n']}.db"

    def merge_all() -> None:
        merge(state["sf"], [(f"b{i}", b) for i, b in enumerate(bundles)])

    baseline = measure(lambda: raw_baseline(state["raw"], total), repeat, fresh_raw)
    merged = measure(merge_all, repeat, fresh_master)
    again = measure(lambda: merge(state["sf"], [("b0", bundles[0])]), repeat)

    def merged_master() -> None:
        fresh_master()
        merge_all()

    unchanged = measure(lambda: merge(state["sf"], [("r", reexported)]), repeat, merged_master)
    close(state)
    shutil.rmtree(folder, ignore_errors=True)
    votes = PROPOSALS // ITEMS_PER_VOTE
    return [
        row(f"raw sqlite3 executemany, {total:,} proposal rows", size.name, baseline),
        row(
            f"merge 7 bundles × {PROPOSALS:,} proposals (+{votes} votes, {PROPOSALS:,} "
            "tallies each), backup included",
            size.name,
            merged,
            baseline,
            "< 1 s",
        ),
        row(
            "re-import of an unchanged bundle (already imported)", size.name, again, None, "< 0.1 s"
        ),
        row(
            f"re-exported unchanged bundle ({PROPOSALS:,} proposals, all unchanged, "
            "backup included)",
            size.name,
            unchanged,
        ),
    ]


def close(state: dict[str, Any]) -> None:
    if "sf" in state:
        state.pop("sf").close()


if __name__ == "__main__":
    print(HEADER)
    print("\n".join(run(repeat=3)))
