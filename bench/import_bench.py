"""CSV import of 20,000 proposals (history included) vs raw sqlite3 executemany of the rows."""

from __future__ import annotations

import csv
import sqlite3
import tempfile
import uuid
from pathlib import Path
from typing import Any

from bench.common import HEADER, measure, row
from bench.sizes import SIZES, Size
from facilitator.importing.proposals import import_proposals
from facilitator.services import platforms
from facilitator.store.db import create_session_file

COLUMNS = ("kind", "title", "text", "presenter", "responsible", "deadline", "tags")


def make_rows(count: int) -> list[tuple[str, ...]]:
    kinds = ("problem", "proposal", "initiative", "resolution item")
    return [
        (
            kinds[i % 4],
            f"Предложение номер {i} о развитии промышленности",
            f"Текст предложения {i}, " * 3,
            f"Докладчик {i % 97}",
            f"Министерство {i % 13}",
            f"2027-{i % 12 + 1:02d}-15",
            "промышленность, Сибирь",
        )
        for i in range(count)
    ]


def write_csv(path: Path, rows: list[tuple[str, ...]]) -> None:
    with path.open("w", encoding="cp1251", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(COLUMNS)
        writer.writerows(rows)


def raw_executemany(path: Path, rows: list[tuple[str, ...]]) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS p (id TEXT PRIMARY KEY, kind, title, text, "
        "presenter, responsible, deadline, tags)"
    )
    with conn:
        conn.executemany(
            "INSERT INTO p VALUES (?,?,?,?,?,?,?,?)", [(uuid.uuid4().hex, *r) for r in rows]
        )
    conn.close()


def run(size: Size = SIZES["L"], repeat: int = 5) -> list[str]:
    count = size.proposals
    rows = make_rows(count)
    folder = Path(tempfile.mkdtemp())
    source = folder / "ideas.csv"
    write_csv(source, rows)
    counter = iter(range(1_000_000))
    current: dict[str, Any] = {}

    def fresh_path() -> None:
        current["path"] = folder / f"s{next(counter)}.fsession"

    def fresh_session() -> None:
        if "sf" in current:
            current["sf"].close()
        fresh_path()
        current["sf"] = create_session_file(current["path"], "Bench")
        current["platform"] = platforms.add_platform(current["sf"], "Bench platform")

    baseline = measure(lambda: raw_executemany(current["path"], rows), repeat, fresh_path)
    timed = measure(
        lambda: import_proposals(current["sf"], current["platform"], source), repeat, fresh_session
    )
    current["sf"].close()
    return [
        row(f"raw sqlite3 executemany, {count:,} rows", size.name, baseline),
        row(
            f"CSV import of {count:,} proposals (cp1251, history)",
            size.name,
            timed,
            baseline,
            "ratio ≤ 5",
        ),
    ]


if __name__ == "__main__":
    print(HEADER)
    print("\n".join(run()))
