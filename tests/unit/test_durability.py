"""Every acknowledged edit survives a SIGKILL at any moment, and the file stays intact."""

import random
import signal
import subprocess
import sys
import time

import pytest

from facilitator.services import platforms, proposals
from facilitator.store.db import create_session_file, open_session_file

CHILD = """
import sys
from facilitator.services import platforms, proposals
from facilitator.store.db import open_session_file
sf = open_session_file(sys.argv[1])
platform = platforms.list_platforms()[0]
run = sys.argv[2]
print("ready", flush=True)
n = 0
while True:
    proposals.add_proposal(sf, platform.id, f"{run}-{n}", text="x" * (n % 500))
    print(n, flush=True)
    n += 1
"""

ROUNDS = 20


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_acknowledged_edits_survive_sigkill(tmp_path):
    path = tmp_path / "durable.fsession"
    sf = create_session_file(path, "Durability")
    platforms.add_platform(sf, "Only platform")
    sf.close()
    rng = random.Random(7)
    acknowledged: set[str] = set()
    for run in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(run)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.0, 0.25)
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            acknowledged.add(f"{run}-{line.strip()}")
        child.send_signal(signal.SIGKILL)
        # Lines already written before the kill are acknowledged too.
        acknowledged.update(f"{run}-{line.strip()}" for line in child.stdout if line.strip())
        child.wait()
        child.stdout.close()

    sf = open_session_file(path)
    assert sf.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {row.title for row in proposals.list_proposals()}
    sf.close()
    assert len(acknowledged) > ROUNDS
    assert acknowledged <= stored
