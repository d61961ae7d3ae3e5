"""What SQLite's failures mean to a user: busy, read-only, disk full, disk error, damaged."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import DatabaseError

from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, msg

BUSY, READ_ONLY, FULL, DISK, DAMAGED = "busy", "read-only", "full", "disk", "damaged"

# SQLite's primary result codes (the low byte of an extended code)
_KINDS = {5: BUSY, 6: BUSY, 8: READ_ONLY, 10: DISK, 11: DAMAGED, 13: FULL, 14: DISK, 26: DAMAGED}

_OS_KINDS = {
    errno.ENOSPC: FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
}

_TEMPLATES = {
    BUSY: QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is busy: another program is writing to it. Nothing was changed; "
        "try again in a moment.",
    ),
    READ_ONLY: QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is read-only: changes cannot be saved to it, and nothing was changed. "
        "Save a copy in a folder you can write to, or make the file writable.",
    ),
    FULL: QT_TRANSLATE_NOOP(
        "Messages",
        "The disk holding {path} is full: the change was not saved. Free some space, "
        "then try again; everything saved before is intact.",
    ),
    DISK: QT_TRANSLATE_NOOP(
        "Messages",
        "{path} could not be read or written (a disk error): the change was not saved. "
        "Check the drive (is the USB stick still in?), then try again.",
    ),
    DAMAGED: QT_TRANSLATE_NOOP(
        "Messages", "{path} is damaged and cannot be opened. Restore it from a backup."
    ),
}


class StorageError(FacilitatorError):
    """The session file refused a read or a write; `kind` says why (BUSY, FULL, …)."""

    def __init__(self, kind: str, path: Path) -> None:
        super().__init__(msg(_TEMPLATES[kind], path=str(path)))
        self.kind = kind
        self.path = path


def kind_of(error: BaseException) -> str | None:
    """BUSY, READ_ONLY, … for an error from SQLite (raw or wrapped by peewee), else None."""
    for candidate in _causes(error):
        if isinstance(candidate, OSError):
            return _OS_KINDS.get(candidate.errno or 0, DISK)
        if isinstance(candidate, sqlite3.Error):
            code = getattr(candidate, "sqlite_errorcode", None)
            if code is not None:
                return _KINDS.get(code & 0xFF)
            return _kind_from_text(str(candidate))
    return None


def _causes(error: BaseException) -> Iterator[BaseException]:
    seen: BaseException | None = error
    for _ in range(8):  # peewee wraps sqlite3's error as its first argument
        if seen is None:
            return
        yield seen
        inner = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = inner or seen.__cause__ or seen.__context__


def _kind_from_text(text: str) -> str | None:
    text = text.lower()
    for needle, kind in (
        ("locked", BUSY),
        ("readonly", READ_ONLY),
        ("disk is full", FULL),
        ("disk i/o", DISK),
        ("malformed", DAMAGED),
    ):
        if needle in text:
            return kind
    return None


def storage_error(error: BaseException, path: Path) -> StorageError | None:
    kind = kind_of(error)
    return StorageError(kind, path) if kind else None


@contextmanager
def reported(path: Path) -> Iterator[None]:
    """Turn SQLite's failures inside the block into a StorageError naming the file."""
    try:
        yield
    except (DatabaseError, sqlite3.Error, OSError) as error:
        mapped = storage_error(error, path)
        if mapped is None:
            raise
        raise mapped from error
