"""Open, create, migrate and back up a session file (.fsession, SQLite)."""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import sqlite3
import stat
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from peewee import DatabaseError, DoesNotExist, Query, SqliteDatabase

from facilitator.clock import HybridClock
from facilitator.messages import QT_TRANSLATE_NOOP, fail
from facilitator.store import faults, migrations
from facilitator.store.faults import DAMAGED, DISK, READ_ONLY, StorageError
from facilitator.store.lock import SessionHeld, SessionLock, acquire
from facilitator.store.models import RECORD_MODELS, Meta, Session, database

EXTENSION = ".fsession"
APPLICATION_ID = 0x46434C54  # "FCLT": marks a SQLite file as ours
BUSY_SECONDS = 5  # how long a write waits for another writer before it reports "busy"
PRAGMAS: dict[str, int | str] = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}
READ_PRAGMAS: dict[str, int | str] = {"foreign_keys": 1, "query_only": 1}
APP, CLI = "app", "cli"  # who holds a session's lock, for the message others see

log = logging.getLogger(__name__)


class SessionDatabase(SqliteDatabase):
    """Peewee's SQLite database whose transactions take the write lock when they begin
    (BEGIN IMMEDIATE: a transaction that reads, then writes, waits for another writer
    instead of failing), and whose rollback never hides the error that caused it."""

    def __init__(self, database: str, **kwargs: Any) -> None:
        super().__init__(database, lock_type="IMMEDIATE", timeout=BUSY_SECONDS, **kwargs)

    def rollback(self) -> None:
        # SQLite ends the transaction itself on a full disk or an I/O error: nothing to undo
        if self.connection().in_transaction:
            super().rollback()


def plain_rows(query: Query) -> Iterable[tuple[Any, ...]]:
    """A select's rows as sqlite3 returns them, without peewee's per-row conversion.

    For reads of many thousand rows of text and integer columns (a tenth of the time).
    """
    return database.execute(query)


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


class SessionFile:
    """An open session: the database, this device's id and its hybrid clock.

    A writable session holds the file's lock (`lock`) until it is closed; a read-only one
    (`read_only`: the file is open for writing elsewhere, or cannot be written) refuses edits.
    """

    def __init__(
        self,
        path: Path,
        db: SqliteDatabase,
        device: str,
        lock: SessionLock | None = None,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.db = db
        self.device = device
        self.lock = lock
        self.read_only = read_only
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
    def atomic(self) -> Iterator[Any]:
        """One write transaction (or a savepoint inside one), yielded for an explicit rollback.

        It takes the write lock as it begins, so what it reads (the next number, say) is what
        it writes after. SQLite's refusals are reported as a StorageError naming the file,
        and nothing of the block is kept.
        """
        if self.read_only:
            raise StorageError(READ_ONLY, self.path)
        with faults.reported(self.path), self.db.atomic() as transaction:
            yield transaction

    def meta(self, key: str, default: str = "") -> str:
        row = Meta.get_or_none(Meta.key == key)
        return row.value if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.atomic():
            Meta.insert(key=key, value=value).on_conflict_replace().execute()

    def backup(self, reason: str) -> Path:
        """Copy the whole file beside it (folder `<name>.backups/`) before a risky change."""
        return backup_file(self.path, reason, self.db.connection())

    def close(self) -> None:
        try:
            if not self.db.is_closed():
                self.db.close()
        finally:
            database.initialize(None)
            if self.lock is not None:
                self.lock.release()


def backup_file(path: Path, reason: str, conn: sqlite3.Connection) -> Path:
    """A complete copy, or none: a copy that failed (a full disk) is removed, not left empty."""
    folder = path.with_name(path.name + ".backups")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}{EXTENSION}"
    with faults.reported(path):
        folder.mkdir(exist_ok=True)
        _copy_database(conn, target)
    return target


def save_copy(sf: SessionFile, target: Path) -> None:
    """Write a complete copy of the open session to a new file (off a read-only drive, say)."""
    target = Path(target)
    _refuse_existing(target)
    temp = target.with_name(f".{target.name}.{os.getpid()}.part")
    with faults.reported(target):
        _copy_database(sf.db.connection(), temp)
        try:
            _move_into_place(temp, target)
        except BaseException:
            _remove_with_sidecars(temp)
            raise


def _copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """SQLite's online backup into `target`; a copy that failed (a full disk) is removed."""
    try:
        copy = sqlite3.connect(target)
        try:
            conn.backup(copy)
        finally:
            copy.close()
    except BaseException:
        _remove_with_sidecars(target)
        raise


# --- creating ----------------------------------------------------------------------------
def create_session_file(path: Path, title: str, program: str = CLI, **fields: str) -> SessionFile:
    """Make a new, empty session file and open it; refuses to overwrite an existing file."""
    with building(path, title, **fields):
        pass
    return open_session_file(path, program=program)


@contextmanager
def building(path: Path, title: str, **fields: str) -> Iterator[SessionFile]:
    """A new session built in a temporary file beside `path`, moved into place only when the
    block has finished: a run killed midway leaves no file (or the whole one), never half."""
    path = Path(path)
    _refuse_existing(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    sf: SessionFile | None = None
    try:
        with faults.reported(path):  # named as the user's file, not the hidden one
            _remove_with_sidecars(temp)
            sf = _create(temp, title, fields)
        yield sf
        sf.close()  # the last connection: SQLite folds the WAL into the file and removes it
        with faults.reported(path):
            _move_into_place(temp, path)
        log.info("session created: %s", path)
    except BaseException:
        if sf is not None:
            sf.close()
        elif database.obj is not None and not database.is_closed():
            database.close()
        database.initialize(None)
        _remove_with_sidecars(temp)
        raise


def _create(path: Path, title: str, fields: dict[str, str]) -> SessionFile:
    db = _connect(str(path), PRAGMAS)
    with db.atomic():
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        _migrate(db, 0)
    device = uuid.uuid4().hex[:8]
    sf = SessionFile(path, db, device)  # a temporary name nobody else knows: no lock needed
    with sf.atomic():
        sf.set_meta("device", device)
        sf.set_meta("device_name", socket.gethostname())
        sf.set_meta("created_at", utc_now())
        Session.create(title=title, device=device, version=sf.tick(), **fields)
    return sf


def _refuse_existing(path: Path) -> None:
    if path.exists():
        raise fail(QT_TRANSLATE_NOOP("Messages", "{path} already exists."), path=str(path))


def _move_into_place(temp: Path, path: Path) -> None:
    """Rename without ever replacing a file that appeared meanwhile."""
    try:
        os.link(temp, path)  # fails if `path` exists
    except FileExistsError:
        _refuse_existing(path)
    except OSError:  # no hard links here (FAT on a USB stick, some shares)
        _refuse_existing(path)
        os.rename(temp, path)
    else:
        temp.unlink()
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable (a power cut right after must not lose the file)."""
    if os.name == "nt":  # NTFS journals renames; folders cannot be opened for fsync there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


# --- opening -----------------------------------------------------------------------------
def open_session_file(path: Path, read_only: bool = False, program: str = CLI) -> SessionFile:
    """Open an existing session file for writing, holding its lock while it is open, and
    migrate it (after a backup) when it is older; SessionHeld when it is open for writing
    elsewhere. With `read_only`, open it for reading (beside a writer, or where it cannot be
    written), taking the lock only to upgrade an older file first.
    """
    path = Path(path)
    if not path.is_file():
        raise fail(QT_TRANSLATE_NOOP("Messages", "{path} does not exist."), path=str(path))
    version = _check_identity(path)  # first: nothing, not even a lock, beside a foreign file
    lock = None  # a reader takes no lock (the app may open it meanwhile) unless it must upgrade
    if not read_only or version < migrations.SCHEMA_VERSION:
        lock = _take_lock(path, program, read_only)
    try:
        if lock is None:
            return _open_for_reading(path, version)
        return _open_for_writing(path, version, lock)
    except BaseException:
        database.initialize(None)
        if lock is not None:
            lock.release()
        raise


def _take_lock(path: Path, program: str, read_only: bool) -> SessionLock | None:
    if not writable(path):
        if read_only:
            return None
        raise StorageError(READ_ONLY, path)
    try:
        return acquire(path, program)
    except SessionHeld:
        if read_only:
            return None
        raise
    except OSError as error:
        if read_only:
            return None
        raise faults.storage_error(error, path) or error from None


def writable(path: Path) -> bool:
    """Can the file, and the folder that holds its WAL and lock, be written? File mode bits
    count even for an administrator, who would otherwise write a file marked read-only."""
    folder = path.parent
    return all(os.access(p, os.W_OK) and p.stat().st_mode & stat.S_IWUSR for p in (path, folder))


def _check_identity(path: Path) -> int:
    """The file's schema version, read without changing the file; refuses a file that is not
    ours (before anything is written to it), a damaged one, and one from a newer version."""
    try:
        probe = _probe(path)
    except sqlite3.Error as error:
        if _has_wal(path) and not writable(path):
            raise _unreadable_wal(path) from None
        raise _refusal(error, path) from None
    try:
        if probe.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise _not_a_session(path)
        if probe.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StorageError(DAMAGED, path)
        version = int(probe.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error as error:
        raise _refusal(error, path) from None
    finally:
        probe.close()
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
    return version


def _probe(path: Path) -> sqlite3.Connection:
    """A read-only connection to check the file with (see `_read_options`)."""
    options = _read_options(path)
    probe = sqlite3.connect(_uri(path, options[0]), uri=True)
    try:
        probe.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError:
        probe.close()
        if len(options) == 1:
            raise
        probe = sqlite3.connect(_uri(path, options[1]), uri=True)
    return probe


def _read_options(path: Path) -> tuple[str, ...]:
    """How to read the file without writing to it. Beside a writer, "mode=ro" shares its WAL
    index. Where nothing can write, "immutable=1" reads without making WAL side files, which
    SQLite could not make (a write-protected stick) or would leave behind (a read-only file);
    but never while a WAL holds saved changes, which "immutable=1" would not see."""
    if _has_wal(path):
        return ("mode=ro",)
    if writable(path):
        return ("mode=ro", "immutable=1")
    return ("immutable=1",)


def _has_wal(path: Path) -> bool:
    wal = _sidecar(path, "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _refusal(error: sqlite3.Error, path: Path) -> Exception:
    if getattr(error, "sqlite_errorcode", 0) & 0xFF == 26:  # SQLITE_NOTADB
        return _not_a_session(path)
    return StorageError(faults.kind_of(error) or DISK, path)


def _unreadable_wal(path: Path) -> Exception:
    return fail(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{path} has saved changes that are not yet folded into the file (they are in "
            "{wal}), and this drive cannot be written, so they cannot be read here. Copy both "
            "files to a folder you can write to, then open the copy.",
        ),
        path=str(path),
        wal=_sidecar(path, "-wal").name,
    )


def _open_for_writing(path: Path, version: int, lock: SessionLock) -> SessionFile:
    db = _connect(str(path), PRAGMAS)
    try:
        with faults.reported(path):
            if version < migrations.SCHEMA_VERSION:
                _upgrade(path, db, version)
            opened = SessionFile(path, db, _device(path), lock)
        log.info("session opened for writing: %s", path)
        return opened
    except BaseException:
        db.close()
        raise


def _open_for_reading(path: Path, version: int) -> SessionFile:
    if version < migrations.SCHEMA_VERSION:
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} was written by an older version of Facilitator and must be upgraded "
                "before it can be read. Open it for writing once (in the app, on a drive "
                "you can write to).",
            ),
            path=str(path),
        )
    db = _reader(path)
    try:
        with faults.reported(path):
            opened = SessionFile(path, db, _device(path), read_only=True)
        log.info("session opened for reading: %s", path)
        return opened
    except BaseException:
        db.close()
        raise


def _reader(path: Path) -> SqliteDatabase:
    *first, last = _read_options(path)
    for options in first:
        db = _connect(_uri(path, options), READ_PRAGMAS, uri=True)
        try:
            db.execute_sql("PRAGMA schema_version")
            return db
        except DatabaseError:
            db.close()
    return _connect(_uri(path, last), READ_PRAGMAS, uri=True)


def _device(path: Path) -> str:
    try:
        return str(Meta.get(Meta.key == "device").value)
    except DoesNotExist:
        raise StorageError(DAMAGED, path) from None


def _connect(name: str, pragmas: dict[str, int | str], uri: bool = False) -> SqliteDatabase:
    db = SessionDatabase(name, pragmas=pragmas, uri=uri)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
    except BaseException:
        database.initialize(None)
        raise
    return db


def _uri(path: Path, options: str) -> str:
    """A SQLite URI for any spelling of a path: spaces, Cyrillic, "#", "?", "%", a drive
    letter, a Windows share (\\\\server\\share: an empty authority, then //server/…)."""
    name = os.path.abspath(path).replace(os.sep, "/")
    if not name.startswith("/"):
        name = "/" + name  # C:/x → /C:/x
    if name.startswith("//"):
        name = "//" + name  # a UNC path: an empty authority, then //server/share/…
    return f"file:{quote(name, safe='/:')}?{options}"


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _upgrade(path: Path, db: SqliteDatabase, version: int) -> None:
    backup = backup_file(path, f"before-migration-v{version}", db.connection())
    try:
        _migrate(db, version)
    except DatabaseError as error:
        if faults.kind_of(error):
            raise
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} could not be upgraded to this version of Facilitator ({reason}). "
                "The file is unchanged; a copy was kept at {backup}.",
            ),
            path=str(path),
            reason=str(error),
            backup=str(backup),
        ) from None


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
