"""Open, create, migrate and back up a session file (.fsession, SQLite)."""

from __future__ import annotations

import datetime as dt
import socket
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from peewee import DatabaseError, DoesNotExist, Query, SqliteDatabase

from facilitator.clock import HybridClock
from facilitator.messages import QT_TRANSLATE_NOOP, fail
from facilitator.store import migrations
from facilitator.store.models import RECORD_MODELS, Meta, Session, database

EXTENSION = ".fsession"
APPLICATION_ID = 0x46434C54  # "FCLT": marks a SQLite file as ours
SQLITE_HEADER = b"SQLite format 3\x00"
PRAGMAS = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000}


def plain_rows(query: Query) -> Iterable[tuple[Any, ...]]:
    """A select's rows as sqlite3 returns them, without peewee's per-row conversion.

    For reads of many thousand rows of text and integer columns (a tenth of the time).
    """
    return database.execute(query)


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


class SessionFile:
    """An open session: the database, this device's id and its hybrid clock."""

    def __init__(self, path: Path, db: SqliteDatabase, device: str) -> None:
        self.path = path
        self.db = db
        self.device = device
        self.clock = HybridClock(device)
        for model in RECORD_MODELS:
            latest = model.select(model.version).order_by(model.version.desc()).limit(1).scalar()
            self.clock.observe(latest)

    @property
    def session(self) -> Session:
        return Session.select().where(~Session.deleted).get()

    def tick(self) -> str:
        return self.clock.tick()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        with self.db.atomic():
            yield

    def meta(self, key: str, default: str = "") -> str:
        row = Meta.get_or_none(Meta.key == key)
        return row.value if row else default

    def set_meta(self, key: str, value: str) -> None:
        Meta.insert(key=key, value=value).on_conflict_replace().execute()

    def backup(self, reason: str) -> Path:
        """Copy the whole file beside it (folder `<name>.backups/`) before a risky change."""
        return backup_file(self.path, reason, self.db.connection())

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()
        database.initialize(None)


def backup_file(path: Path, reason: str, conn: sqlite3.Connection) -> Path:
    folder = path.with_name(path.name + ".backups")
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}{EXTENSION}"
    with sqlite3.connect(target) as copy:
        conn.backup(copy)
    copy.close()
    return target


def _connect(path: Path) -> SqliteDatabase:
    db = SqliteDatabase(str(path), pragmas=PRAGMAS)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    return db


def create_session_file(path: Path, title: str, **fields: str) -> SessionFile:
    """Make a new, empty session file; refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise fail(QT_TRANSLATE_NOOP("Messages", "{path} already exists."), path=str(path))
    db = _connect(path)
    with db.atomic():
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        _migrate(db, 0)
    device = uuid.uuid4().hex[:8]
    sf = SessionFile(path, db, device)
    with db.atomic():
        sf.set_meta("device", device)
        sf.set_meta("device_name", socket.gethostname())
        sf.set_meta("created_at", utc_now())
        Session.create(title=title, device=device, version=sf.tick(), **fields)
    return sf


def open_session_file(path: Path) -> SessionFile:
    """Open an existing session file, migrating it (after a backup) when it is older."""
    path = Path(path)
    _check_header(path)
    try:
        db = _connect(path)
        _check_identity(path, db)
        version = db.execute_sql("PRAGMA user_version").fetchone()[0]
        if version > migrations.SCHEMA_VERSION:
            raise fail(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} was written by a newer version of Facilitator "
                    "(schema {found}, this version reads up to {known}). Please update.",
                ),
                path=str(path),
                found=version,
                known=migrations.SCHEMA_VERSION,
            )
        if version < migrations.SCHEMA_VERSION:
            backup_file(path, f"before-migration-v{version}", db.connection())
            _migrate(db, version)
        return SessionFile(path, db, Meta.get(Meta.key == "device").value)
    except (DatabaseError, sqlite3.DatabaseError, DoesNotExist):
        database.initialize(None)
        raise _damaged(path) from None


def _check_header(path: Path) -> None:
    if not path.is_file():
        raise fail(QT_TRANSLATE_NOOP("Messages", "{path} does not exist."), path=str(path))
    with path.open("rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _not_a_session(path)


def _check_identity(path: Path, db: SqliteDatabase) -> None:
    if db.execute_sql("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        db.close()
        database.initialize(None)
        raise _not_a_session(path)
    if db.execute_sql("PRAGMA quick_check").fetchone()[0] != "ok":
        db.close()
        raise _damaged(path)


def _migrate(db: SqliteDatabase, version: int) -> None:
    for step_version in range(version, migrations.SCHEMA_VERSION):
        with db.atomic():
            migrations.STEPS[step_version](db)
            db.execute_sql(f"PRAGMA user_version = {step_version + 1}")
            if db.execute_sql("PRAGMA foreign_key_check").fetchall():
                raise DatabaseError("foreign key check failed after migration")


def _not_a_session(path: Path) -> Exception:
    return fail(
        QT_TRANSLATE_NOOP("Messages", "{path} is not a Facilitator session file."), path=str(path)
    )


def _damaged(path: Path) -> Exception:
    return fail(
        QT_TRANSLATE_NOOP(
            "Messages", "{path} is damaged and cannot be opened. Restore it from a backup."
        ),
        path=str(path),
    )
