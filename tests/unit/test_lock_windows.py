"""The session lock's Windows branch (msvcrt.locking), run here with a stand-in msvcrt that
behaves as Windows does: a byte range locked through one handle refuses every other handle."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

import facilitator.store.lock as posix_lock


class FakeMsvcrt(ModuleType):
    """msvcrt.locking(fd, mode, nbytes) from the file position, non-blocking, per handle."""

    LK_NBLCK, LK_UNLCK = 2, 0

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int], int] = {}  # (file, first byte) → the holding fd
        self.calls: list[tuple[str, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert nbytes == 1
        key = (os.fstat(fd).st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == self.LK_NBLCK:
            if key in self.held:
                raise PermissionError(13, "Permission denied")  # what Windows raises
            self.held[key] = fd
            self.calls.append(("lock", key[1]))
        else:
            assert self.held.pop(key) == fd, "unlocked by another handle"
            self.calls.append(("unlock", key[1]))


@pytest.fixture
def windows_lock(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """facilitator/store/lock.py loaded as on Windows, beside the real one."""
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(sys, "platform", "win32")
    spec = importlib.util.spec_from_file_location("lock_on_windows", posix_lock.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # dataclasses look it up
    spec.loader.exec_module(module)
    monkeypatch.setattr(sys, "platform", "linux")
    assert not hasattr(module, "fcntl"), "the Windows branch was loaded"
    return SimpleNamespace(module=module, msvcrt=fake)


def test_one_holder_on_windows_and_the_next_one_is_told_who(
    windows_lock: SimpleNamespace, tmp_path: Path
) -> None:
    lock, fake = windows_lock.module, windows_lock.msvcrt
    session = tmp_path / "forum.fsession"
    held = lock.acquire(session, "app")
    assert fake.calls == [("lock", 0)], "byte 0 is the lock; the note starts at byte 1"
    with pytest.raises(lock.SessionHeld) as refused:
        lock.acquire(session, "cli")
    assert refused.value.holder.program == "app" and refused.value.holder.pid == os.getpid()
    assert lock.holder_of(session).program == "app"
    held.release()
    assert fake.held == {}
    assert lock.holder_of(session) is None
    again = lock.acquire(session, "cli")
    assert again.held
    again.release()
