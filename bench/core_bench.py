"""Edits at forum scale: add one proposal to a large session, committed with synchronous=FULL."""

from __future__ import annotations

from bench.common import measure, row
from bench.generate import session_copy
from bench.sizes import Size
from facilitator.services import platforms, proposals
from facilitator.services.results import results_report
from facilitator.store.db import open_session_file


def run(size: Size, repeat: int = 5) -> list[str]:
    sf = open_session_file(session_copy(size))
    platform = platforms.list_platforms()[0]
    adds = measure(
        lambda: proposals.add_proposal(sf, platform.id, "Новое предложение"), max(repeat * 10, 10)
    )
    report = measure(lambda: results_report(), max(1, repeat // 2))
    sf.close()
    return [
        row("add one proposal (committed, synchronous=FULL)", size.name, adds, target="≤ 15 ms"),
        row(f"results of all votes ({size.ballots:,} ballots)", size.name, report),
    ]
