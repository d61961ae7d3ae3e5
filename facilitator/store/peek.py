"""What a session file is, read without opening it as the session: its title and whose it is."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

LAPTOP_KEY = "exchange.platform"  # set on a laptop opened from a platform's kit


@dataclass(frozen=True)
class FileSummary:
    title: str
    platform_number: int | None  # the platform whose laptop this is; None: the secretariat's


def peek(path: Path) -> FileSummary | None:
    """The summary, or None when the file is gone or not a session this version reads.

    Opened read-only and immutable: no lock taken, no WAL or journal file made beside it."""
    if not Path(path).is_file():
        return None
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro&immutable=1"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as db:
            return _summary(db)
    except sqlite3.Error:
        return None


def _summary(db: sqlite3.Connection) -> FileSummary | None:
    session = db.execute("SELECT title FROM session WHERE NOT deleted LIMIT 1").fetchone()
    if session is None:
        return None
    own = db.execute("SELECT value FROM meta WHERE key = ?", (LAPTOP_KEY,)).fetchone()
    number = None
    if own and own[0]:
        row = db.execute("SELECT number FROM platform WHERE id = ?", (own[0],)).fetchone()
        number = int(row[0]) if row else None
    return FileSummary(str(session[0]), number)
