"""Storage faults get a clear message and change nothing: read-only files and folders, a full
disk, foreign and too-new files, a run killed midway, another program writing."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.exchange import kit, laptop
from facilitator.exchange.merge import merge_files
from facilitator.messages import FacilitatorError
from facilitator.services import platforms, proposals
from facilitator.store import migrations
from facilitator.store.db import create_session_file, open_session_file
from facilitator.store.faults import FULL, READ_ONLY, StorageError
from facilitator.store.lock import holder_of, lock_path
from facilitator.store.models import database

POSIX_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _session(path: Path, title: str = "Already there") -> Path:
    sf = create_session_file(path, "Faults")
    first = platforms.add_platform(sf, "First")
    proposals.add_proposal(sf, first.id, title)
    sf.close()
    return path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args], capture_output=True, text=True, timeout=60
    )


# --- read-only -------------------------------------------------------------------------
@pytest.fixture
def read_only_file(tmp_path: Path) -> Iterator[Path]:
    path = _session(tmp_path / "forum.fsession")
    path.chmod(0o444)
    yield path
    path.chmod(0o644)


def test_a_read_only_file_is_refused_for_writing_and_read_for_reading(
    read_only_file: Path, tmp_path: Path
) -> None:
    before = _snapshot(tmp_path)
    with pytest.raises(StorageError) as refused:
        open_session_file(read_only_file)
    assert refused.value.kind == READ_ONLY and "is read-only" in str(refused.value)
    sf = open_session_file(read_only_file, read_only=True)
    assert [p.title for p in proposals.list_proposals()] == ["Already there"]
    sf.close()
    table = tmp_path / "more.csv"
    table.write_text("title\nMore\n", encoding="utf-8")
    imported = _cli("proposals", "import", str(read_only_file), "--platform", "1", str(table))
    assert imported.returncode == 1 and "is read-only" in imported.stderr
    assert "Traceback" not in imported.stderr
    assert _cli("info", str(read_only_file)).returncode == 0
    table.unlink()
    assert _snapshot(tmp_path) == before  # not a byte, not a lock file, not a backup


def test_a_read_only_folder_is_refused_for_writing(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = _session(folder / "forum.fsession")
    folder.chmod(0o555)
    try:
        with pytest.raises(StorageError, match="is read-only"):
            open_session_file(path)
        sf = open_session_file(path, read_only=True)
        assert sf.read_only
        with pytest.raises(StorageError, match="is read-only"):
            proposals.add_proposal(sf, platforms.list_platforms()[0].id, "Refused")
        sf.close()
    finally:
        folder.chmod(0o755)


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """A real read-only file system (a write-protected stick): bind-mounted read-only."""
    source, mounted = tmp_path / "source", tmp_path / "mounted"
    source.mkdir()
    mounted.mkdir()
    _session(source / "forum.fsession")
    if not POSIX_ROOT or shutil.which("mount") is None:
        pytest.skip("needs root and mount (CI runs as root)")
    done = subprocess.run(["mount", "--bind", str(source), str(mounted)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"mount not allowed here: {done.stderr!r}")
    subprocess.run(["mount", "-o", "remount,bind,ro", str(mounted)], check=True)
    yield mounted / "forum.fsession"
    subprocess.run(["umount", "-l", str(mounted)], check=True)


def test_a_session_on_a_read_only_file_system_is_read_not_damaged(read_only_mount: Path):
    with pytest.raises(StorageError, match="is read-only"):
        open_session_file(read_only_mount)
    sf = open_session_file(read_only_mount, read_only=True)
    assert [p.title for p in proposals.list_proposals()] == ["Already there"]
    sf.close()
    exported = _cli(
        "export", str(read_only_mount), "-o", str(read_only_mount.parent.parent / "r.docx")
    )
    assert exported.returncode == 0, exported.stderr


# --- a full disk -----------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "small"
    folder.mkdir()
    if not POSIX_ROOT:
        pytest.skip("needs root to mount a small tmpfs (CI runs as root)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"mount not allowed here: {done.stderr!r}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=True)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_says_so_keeps_what_was_saved_and_recovers(small_disk: Path) -> None:
    path = _session(small_disk / "forum.fsession")
    sf = open_session_file(path)
    first = platforms.list_platforms()[0]
    filler = _fill(small_disk)
    saved, refusal = ["Already there"], None
    for n in range(200):  # the WAL may have room left from before: write until it is full
        try:
            proposals.add_proposal(sf, first.id, f"Entry {n}", text="x" * 20000)
        except StorageError as error:
            refusal = error
            break
        saved.append(f"Entry {n}")
    assert refusal is not None and refusal.kind == FULL
    assert "is full" in str(refusal) and "cannot rollback" not in str(refusal)
    backups = path.with_name(path.name + ".backups")
    with pytest.raises(StorageError, match="is full"):
        sf.backup("before-import")
    assert not backups.exists() or not any(p.stat().st_size == 0 for p in backups.iterdir())
    assert not backups.exists() or list(backups.iterdir()) == []

    filler.unlink()  # space freed: the same open session goes on
    proposals.add_proposal(sf, first.id, "After freeing space")
    sf.close()
    sf = open_session_file(path)
    assert sf.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    titles = [p.title for p in proposals.list_proposals()]
    sf.close()
    assert titles == [*saved, "After freeing space"]


# --- files that are not ours, or too new -----------------------------------------------
def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "contacts.fsession"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE person (name TEXT)")
    conn.commit()
    conn.close()
    before = _snapshot(tmp_path)
    with pytest.raises(FacilitatorError, match="not a Facilitator session"):
        open_session_file(foreign)
    assert _snapshot(tmp_path) == before  # still journal mode "delete", no WAL, no lock file
    assert database.obj is None


def _open_descriptors_of(path: Path) -> list[str]:
    fds = Path("/proc/self/fd")
    if not fds.exists():
        pytest.skip("needs /proc")
    found = []
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


def test_a_too_new_file_is_refused_and_left_closed(session_path: Path) -> None:
    path = _session(session_path)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(FacilitatorError, match="newer version"):
        open_session_file(path)
    assert _open_descriptors_of(path) == []
    assert database.obj is None and holder_of(path) is None


# --- runs killed midway ----------------------------------------------------------------
KIT_OPEN_SLOWLY = """
import sys, time
from facilitator.exchange import kit
real = kit._insert_all
def slowly(sf, tables):
    real(sf, tables)
    print("inserted", flush=True)
    time.sleep(30)
kit._insert_all = slowly
kit.open_kit(sys.argv[1], sys.argv[2])
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kit_open_killed_midway_leaves_no_session(tmp_path: Path) -> None:
    sf = create_session_file(tmp_path / "secretariat.fsession", "Forum")
    platforms.add_platform(sf, "First")
    kit_file = kit.write_kit(sf, 1, tmp_path / "first.fkit")
    sf.close()
    target = tmp_path / "laptop.fsession"
    child = subprocess.Popen(
        [sys.executable, "-c", KIT_OPEN_SLOWLY, str(kit_file), str(target)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "inserted"
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    child.stdout.close()
    assert not target.exists()
    opened = kit.open_kit(kit_file, target)  # the moderator simply tries again
    assert laptop.require_laptop(opened)[0].number == 1
    opened.close()


# --- another program writing -----------------------------------------------------------
LONG_WRITE = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("writing", flush=True)
time.sleep(1.0)
conn.execute("COMMIT")
"""


def test_merge_waits_for_another_writer_instead_of_failing(tmp_path: Path) -> None:
    sf = create_session_file(tmp_path / "secretariat.fsession", "Forum")
    platforms.add_platform(sf, "First")
    kit_file = kit.write_kit(sf, 1, tmp_path / "first.fkit")
    sf.close()
    moderator = kit.open_kit(kit_file, tmp_path / "laptop.fsession")
    proposals.add_proposal(moderator, platforms.list_platforms()[0].id, "From the table")
    bundle = laptop.export_bundle(moderator, tmp_path / "first.fbundle")
    moderator.close()

    sf = open_session_file(tmp_path / "secretariat.fsession")
    writer = subprocess.Popen(
        [sys.executable, "-c", LONG_WRITE, str(sf.path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
    started = time.monotonic()
    merge_files(sf, [bundle])
    waited = time.monotonic() - started
    writer.wait(10)
    writer.stdout.close()
    assert [p.title for p in proposals.list_proposals()] == ["From the table"]
    sf.close()
    assert waited > 0.3  # it waited for the other writer rather than failing at once


def test_the_lock_file_stays_beside_the_session(session_path: Path) -> None:
    _session(session_path)
    assert lock_path(session_path).exists()  # kept: removing it would race a newcomer


def test_a_new_session_that_cannot_be_written_leaves_nothing_behind(small_disk: Path) -> None:
    from facilitator.demo import write_demo

    filler = _fill(small_disk)
    filler.write_bytes(b"\0" * (filler.stat().st_size - 40_000))  # room for a start, no more
    with pytest.raises(StorageError) as refused:
        write_demo(small_disk / "demo.fsession", filled=True)
    assert refused.value.kind == FULL
    assert "demo.fsession" in str(refused.value) and ".part" not in str(refused.value)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
    assert database.obj is None  # no handle left on a half-made file
    filler.unlink()
    write_demo(small_disk / "demo.fsession")  # with room again, it simply works
    assert (small_disk / "demo.fsession").exists()


KEEP_IN_WAL = """
import os, sys
from facilitator.services import platforms, proposals
from facilitator.store.db import open_session_file
sf = open_session_file(sys.argv[1])
sf.db.execute_sql("PRAGMA wal_autocheckpoint = 0")
proposals.add_proposal(sf, platforms.list_platforms()[0].id, "Only in the WAL")
os._exit(0)  # the laptop's battery died: the WAL is not folded in
"""


def test_saved_changes_in_a_wal_on_a_read_only_drive_are_never_silently_missed(
    tmp_path: Path,
) -> None:
    source, mounted = tmp_path / "source", tmp_path / "mounted"
    source.mkdir()
    mounted.mkdir()
    path = _session(source / "forum.fsession")
    subprocess.run([sys.executable, "-c", KEEP_IN_WAL, str(path)], check=True)
    path.with_name(path.name + "-shm").unlink()  # a copy of the stick without its index
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    if not POSIX_ROOT:
        pytest.skip("needs root and mount (CI runs as root)")
    if subprocess.run(["mount", "--bind", str(source), str(mounted)]).returncode != 0:
        pytest.skip("mount not allowed here")
    subprocess.run(["mount", "-o", "remount,bind,ro", str(mounted)], check=True)
    try:
        with pytest.raises(FacilitatorError) as refused:
            open_session_file(mounted / "forum.fsession", read_only=True)
        assert "forum.fsession-wal" in str(refused.value) and "Copy both files" in str(
            refused.value
        )
    finally:
        subprocess.run(["umount", "-l", str(mounted)], check=True)
    sf = open_session_file(path, read_only=True)  # on a writable drive it is all there
    assert "Only in the WAL" in {p.title for p in proposals.list_proposals()}
    sf.close()
