"""Edits at forum scale: add one proposal to a large session, committed with synchronous=FULL."""

from __future__ import annotations

from pathlib import Path

from bench.common import measure, row
from bench.generate import session_copy
from bench.sizes import Size
from facilitator.services import platforms, proposals
from facilitator.services.results import results_report
from facilitator.store import db, lock
from facilitator.store.db import open_session_file


def _one_writer_checks(path: Path) -> None:
    """What opening gained with the one-writer rule: the lock file, and a separate read-only
    connection for the identity checks (the integrity check itself ran before too)."""
    probe = db._probe(path)
    probe.execute("PRAGMA application_id").fetchone()
    probe.close()
    lock.acquire(path, db.CLI).release()


def run(size: Size, repeat: int = 5) -> list[str]:
    path = session_copy(size)
    opens = measure(lambda: open_session_file(path).close(), repeat)
    added = measure(lambda: _one_writer_checks(path), max(repeat * 10, 10))
    sf = open_session_file(path)
    platform = platforms.list_platforms()[0]
    adds = measure(
        lambda: proposals.add_proposal(sf, platform.id, "Новое предложение"), max(repeat * 10, 10)
    )
    report = measure(lambda: results_report(), max(1, repeat // 2))
    sf.close()
    return [
        row("open a session file (lock, checks, connection, clock)", size.name, opens),
        row(
            "added to opening: the lock and the read-only probe connection",
            size.name,
            added,
            target="≤ 10 ms",
        ),
        row(
            "add one proposal (BEGIN IMMEDIATE, committed, synchronous=FULL)",
            size.name,
            adds,
            target="≤ 15 ms",
        ),
        row(f"results of all votes ({size.ballots:,} ballots)", size.name, report),
    ]
