"""One writer per session file: an OS lock on `<name>.fsession.lock`, held while it is open.

SQLite's own locks are POSIX record locks on the session file, and POSIX drops all of a
process's locks on a file when *any* descriptor of that file is closed (a file dialog guessing
its type is enough). The lock here lives on a separate file that nothing else opens, is taken
with `flock` (per open file, not per process) on POSIX and `msvcrt.locking` on Windows, and is
released by the OS when the process dies, so a stale lock of a dead process is simply taken over.
The file also says who holds it, for the message another program shows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, Message, msg

LOCK_SUFFIX = ".lock"
INFO_OFFSET = 1  # Windows locks byte 0 against reading too: the holder's note follows it
INFO_LIMIT = 4096

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass(frozen=True)
class Holder:
    """Who has a session open for writing: shown to whoever else tries."""

    host: str = ""
    user: str = ""
    pid: int = 0
    since: str = ""  # local time, ISO, minutes
    program: str = ""  # "app" or "cli"

    @classmethod
    def here(cls, program: str) -> Holder:
        return cls(
            host=socket.gethostname(),
            user=_user(),
            pid=os.getpid(),
            since=dt.datetime.now().isoformat(sep=" ", timespec="minutes"),
            program=program,
        )


class SessionHeld(FacilitatorError):
    """The session is open for writing elsewhere; `holder` says where, when it could be read."""

    def __init__(self, path: Path, holder: Holder) -> None:
        super().__init__(held_message(path, holder))
        self.path = path
        self.holder = holder


def held_message(path: Path, holder: Holder) -> Message:
    if not holder.host:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "{path} is open in another Facilitator window or command. Close it there "
            "(or wait until the command finishes), then try again.",
        )
    elif holder.program == "app":
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "{path} is open in the Facilitator app on {host} (user {user}, since {since}). "
            "Close it there, then try again.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "{path} is being changed by a Facilitator command on {host} (user {user}, "
            "since {since}). Wait until it finishes, then try again.",
        )
    return msg(
        template, path=str(path), host=holder.host, user=holder.user or "?", since=holder.since
    )


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


class SessionLock:
    """A held lock; `release` (or the process ending) frees it."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            with contextlib.suppress(OSError):  # a read-only descriptor has no note to clear
                os.ftruncate(fd, INFO_OFFSET)  # no holder any more: a stale note misleads
            _unlock(fd)
        finally:
            os.close(fd)


def acquire(path: Path, program: str) -> SessionLock:
    """Take the session's lock at once, or raise SessionHeld naming who has it.

    OSError (a read-only folder, say) is left to the caller.
    """
    target = lock_path(Path(path))
    fd, noted = _open_lock_file(target)
    taken = False
    try:
        taken = _try_lock(fd)
        if not taken:
            raise SessionHeld(Path(path), _read_holder(fd))
        if noted:
            with contextlib.suppress(OSError):  # a full disk: the lock holds without its note
                _write_holder(fd, Holder.here(program))
    except BaseException:
        if taken:
            _unlock(fd)
        os.close(fd)
        raise
    return SessionLock(target, fd)


def _open_lock_file(target: Path) -> tuple[int, bool]:
    """The lock file, and whether we may write our note into it. Made writable for everyone
    (within the umask): a shared folder's other users must be able to lock it too; where it
    is another user's and not writable to us, a read-only descriptor still takes the lock."""
    binary = getattr(os, "O_BINARY", 0)
    try:
        return os.open(target, os.O_RDWR | os.O_CREAT | binary, 0o666), True
    except PermissionError:
        if not target.exists():
            raise
        return os.open(target, os.O_RDONLY | binary), False


def holder_of(path: Path) -> Holder | None:
    """Who holds the session now, or None when nobody does (or it cannot be told)."""
    try:
        fd = os.open(lock_path(Path(path)), os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
        return _read_holder(fd)
    finally:
        os.close(fd)


def _write_holder(fd: int, holder: Holder) -> None:
    data = b" " + json.dumps(asdict(holder), ensure_ascii=False).encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)


def _read_holder(fd: int) -> Holder:
    try:
        os.lseek(fd, INFO_OFFSET, os.SEEK_SET)
        data = json.loads(os.read(fd, INFO_LIMIT).decode("utf-8"))
        return Holder(**{k: data[k] for k in Holder.__dataclass_fields__ if k in data})
    except (OSError, ValueError, TypeError):
        return Holder()  # being written just now, or not ours: say "another program"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
