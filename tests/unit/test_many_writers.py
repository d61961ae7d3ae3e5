"""Several processes writing one session at once: nothing acknowledged is lost or doubled,
numbers stay unique, the file stays intact.

The OS lock keeps a second Facilitator from writing; these writers go around it, as two
machines would on a network share that does not pass locks on, so that the transactions
themselves are what is tested.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from facilitator.exchange import kit, laptop
from facilitator.services import platforms, proposals
from facilitator.store.db import create_session_file, open_session_file

AROUND_THE_LOCK = """
import sys, time, types
import facilitator.store.db as db
db.acquire = lambda path, program: types.SimpleNamespace(release=lambda: None)
path, role, name, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
end = time.monotonic() + seconds
"""

ADDER = (
    AROUND_THE_LOCK
    + """
from facilitator.services import platforms, proposals
from facilitator.store.faults import StorageError
sf = db.open_session_file(path)
first = platforms.platform_by_number(1)
n = 0
while time.monotonic() < end:
    title = f"{name}-{n}"
    n += 1
    try:
        proposals.add_proposal(sf, first.id, title)
    except StorageError as error:
        assert error.kind == "busy", error
        continue
    print(title, flush=True)  # acknowledged: the call returned
sf.close()
"""
)

IMPORTER = (
    AROUND_THE_LOCK
    + """
import contextlib, io
from pathlib import Path
from facilitator.cli import main
n = 0
while time.monotonic() < end:
    titles = [f"{name}-{n}-{i}" for i in range(50)]
    n += 1
    table = Path(path).with_name(f"{name}.csv")
    table.write_text("title\\n" + "\\n".join(titles) + "\\n", encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):  # the command's own report
        done = main(["proposals", "import", path, "--platform", "1", str(table)]) == 0
    if done:
        print("\\n".join(titles), flush=True)
"""
)

MERGER = (
    AROUND_THE_LOCK
    + """
from facilitator.exchange.merge import merge_files
sf = db.open_session_file(path)
while time.monotonic() < end:
    merge_files(sf, [sys.argv[5]])
    print("merged", flush=True)
sf.close()
"""
)

SECONDS = 4.0


@pytest.fixture
def forum(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """A secretariat session, and a bundle from platform 2's laptop with 30 proposals."""
    path = tmp_path / "forum.fsession"
    sf = create_session_file(path, "Many writers")
    platforms.add_platform(sf, "First")
    platforms.add_platform(sf, "Second")
    kit_file = kit.write_kit(sf, 2, tmp_path / "second.fkit")
    sf.close()
    laptop_sf = kit.open_kit(kit_file, tmp_path / "laptop.fsession")
    second = platforms.platform_by_number(2)
    from_laptop = [f"laptop-{i}" for i in range(30)]
    for title in from_laptop:
        proposals.add_proposal(laptop_sf, second.id, title)
    bundle = laptop.export_bundle(laptop_sf, tmp_path / "second.fbundle")
    laptop_sf.close()
    return path, bundle, from_laptop


def _start(script: str, path: Path, name: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, str(path), "writer", name, str(SECONDS), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_writers_at_once_lose_nothing_and_share_no_number(forum: tuple[Path, Path, list[str]]):
    path, bundle, from_laptop = forum
    writers = [
        _start(ADDER, path, "app-a"),
        _start(ADDER, path, "app-b"),
        _start(IMPORTER, path, "cli-a"),
        _start(IMPORTER, path, "cli-b"),
        _start(MERGER, path, "merge", str(bundle)),
    ]
    acknowledged: list[str] = []
    merged = False
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        lines = [line for line in out.splitlines() if line]
        merged = merged or "merged" in lines
        acknowledged += [line for line in lines if line != "merged"]

    assert merged
    assert len([t for t in acknowledged if t.startswith("app-")]) > 20
    assert any(t.startswith("cli-a") for t in acknowledged)
    assert any(t.startswith("cli-b") for t in acknowledged)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    sf = open_session_file(path)
    live = proposals.list_proposals()
    sf.close()
    stored = Counter(row.title for row in live)
    wrong = {t: stored[t] for t in acknowledged if stored[t] != 1}
    assert not wrong, f"lost or doubled: {sorted(wrong.items())[:10]} of {len(acknowledged)}"
    assert all(stored[title] == 1 for title in from_laptop)
    codes = Counter(row.code for row in live)
    assert [code for code, n in codes.items() if n > 1] == []
