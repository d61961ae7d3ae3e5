"""One writer per session: the lock file, the command line beside the app, stale locks."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.services import platforms, proposals
from facilitator.store.db import create_session_file, open_session_file
from facilitator.store.faults import StorageError
from facilitator.store.lock import SessionHeld, holder_of, lock_path

HOLD = """
import sys
from facilitator.store.db import open_session_file
sf = open_session_file(sys.argv[1], program=sys.argv[2])
print("ready", flush=True)
sys.stdin.readline()
sf.close()
"""


def _session(path: Path) -> Path:
    sf = create_session_file(path, "Held")
    first = platforms.add_platform(sf, "First")
    proposals.add_proposal(sf, first.id, "Already there")
    sf.close()
    return path


class Holding:
    """Another process with the session open for writing, as the app keeps it."""

    def __init__(self, path: Path, program: str = "app") -> None:
        self.child = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(path), program],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.child.stdout is not None
        assert self.child.stdout.readline().strip() == "ready"

    def stop(self) -> None:
        assert self.child.stdin is not None and self.child.stdout is not None
        self.child.stdin.close()
        self.child.wait(10)
        self.child.stdout.close()

    def kill(self) -> None:
        self.child.send_signal(signal.SIGKILL)
        self.child.wait(10)
        assert self.child.stdin is not None and self.child.stdout is not None
        self.child.stdin.close()
        self.child.stdout.close()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args], capture_output=True, text=True, timeout=60
    )


def test_the_command_line_refuses_to_write_to_a_session_the_app_holds(tmp_path: Path) -> None:
    path = _session(tmp_path / "forum.fsession")
    table = tmp_path / "proposals.csv"
    table.write_text("title\nFrom the command line\n", encoding="utf-8")
    holder = Holding(path)
    try:
        refused = cli("proposals", "import", str(path), "--platform", "1", str(table))
        info = cli("info", str(path), "--json")
        export = cli("export", str(path), "-o", str(tmp_path / "resolution.docx"))
    finally:
        holder.stop()
    assert refused.returncode == 1
    assert f"is open in the Facilitator app on {socket.gethostname()}" in refused.stderr
    assert "since" in refused.stderr and "Traceback" not in refused.stderr
    # reading goes on beside the app: info and export
    assert info.returncode == 0 and json.loads(info.stdout)["platforms"][0]["proposals"]
    assert export.returncode == 0, export.stderr
    sf = open_session_file(path)
    assert [p.title for p in proposals.list_proposals()] == ["Already there"]
    sf.close()
    # once the app has closed it, the same command writes
    assert cli("proposals", "import", str(path), "--platform", "1", str(table)).returncode == 0


def test_the_holder_is_named_in_russian(tmp_path: Path) -> None:
    path = _session(tmp_path / "forum.fsession")
    holder = Holding(path)
    try:
        refused = cli("--lang", "ru", "bundle", str(path), "-o", str(tmp_path / "b.fbundle"))
    finally:
        holder.stop()
    assert refused.returncode == 1
    assert "открыт в приложении Facilitator на компьютере" in refused.stderr


def test_a_second_opening_in_one_process_is_refused_too(session_path: Path) -> None:
    path = _session(session_path)
    sf = open_session_file(path)
    try:
        with pytest.raises(SessionHeld) as refused:
            open_session_file(path)
        assert refused.value.holder.pid == os.getpid()
        assert holder_of(path) is not None
    finally:
        sf.close()
    assert holder_of(path) is None  # released on close
    open_session_file(path).close()


def test_a_stale_lock_of_a_dead_process_is_taken_over(session_path: Path) -> None:
    path = _session(session_path)
    holder = Holding(path)
    assert holder_of(path) is not None
    holder.kill()
    assert lock_path(path).exists()  # the file stays; the OS lock went with the process
    assert holder_of(path) is None
    sf = open_session_file(path)
    assert [p.title for p in proposals.list_proposals()] == ["Already there"]
    sf.close()


def test_a_read_only_opening_sees_the_holders_saved_edits(session_path: Path) -> None:
    path = _session(session_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_AND_ADD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "added"
    try:
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 0  # the new entry is only in the holder's WAL
        reader = open_session_file(path, read_only=True)
        titles = {p.title for p in proposals.list_proposals()}
        with pytest.raises(StorageError, match="read-only"):
            proposals.add_proposal(reader, platforms.list_platforms()[0].id, "Not allowed")
        reader.close()
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(10)
        holder.stdout.close()
    assert titles == {"Already there", "Saved a moment ago"}


HOLD_AND_ADD = """
import sys
from facilitator.services import platforms, proposals
from facilitator.store.db import open_session_file
sf = open_session_file(sys.argv[1], program="app")
sf.db.execute_sql("PRAGMA wal_autocheckpoint = 0")  # keep it in the WAL, as between checkpoints
proposals.add_proposal(sf, platforms.list_platforms()[0].id, "Saved a moment ago")
print("added", flush=True)
sys.stdin.readline()
sf.close()
"""


def test_a_reader_does_not_keep_the_app_from_opening_the_session(session_path: Path) -> None:
    path = _session(session_path)
    reader = open_session_file(path, read_only=True)  # e.g. a long `facilitator export`
    try:
        assert holder_of(path) is None
        holder = Holding(path)  # the app opens it for writing meanwhile: no refusal
        assert holder_of(path) is not None
        assert [p.title for p in proposals.list_proposals()] == ["Already there"]
        holder.stop()
    finally:
        reader.close()


def test_a_command_holding_the_session_is_named_as_a_command(tmp_path: Path) -> None:
    path = _session(tmp_path / "forum.fsession")
    holder = Holding(path, program="cli")
    try:
        refused = cli("merge", str(path), str(tmp_path / "none.fbundle"))
    finally:
        holder.stop()
    assert refused.returncode == 1
    assert "is being changed by a Facilitator command on" in refused.stderr
    assert "Wait until it finishes" in refused.stderr
