"""Refusing hostile 1 MB files at the secretariat: time and peak memory (target ≤ 0.2 s, 50 MB)."""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

from bench.common import measure, memory_row, row
from bench.sizes import SIZES, Size
from facilitator.exchange import kit, laptop
from facilitator.exchange.incoming import read_bundle
from facilitator.exchange.manifest import MANIFEST, SIGNATURE
from facilitator.messages import FacilitatorError
from facilitator.services import platforms, proposals
from facilitator.store.db import SessionFile, create_session_file, open_session_file

MB = 1024 * 1024


def deflated(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def hostile_files(genuine: bytes) -> dict[str, bytes]:
    """~1 MB files: not a ZIP, a huge manifest, a real manifest with bombs unsigned or forged."""
    with zipfile.ZipFile(io.BytesIO(genuine)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    big = json.dumps({"x": [{"a": [1] * 8} for _ in range(40_000)]}).encode()
    bombs = {f"records/{t}.json": b"[" * (120 * MB) for t in ("proposal", "vote", "tally")}
    bombs["records/ballot.json"] = os.urandom(MB // 2).hex().encode()[: MB - 400_000]
    unsigned = {n: d for n, d in members.items() if n != SIGNATURE}
    return {
        "a 1 MB file of nested JSON": b"[" * MB,
        "a 1 MB manifest, stored": deflated({MANIFEST: big[:MB]}, zipfile.ZIP_STORED),
        "a 64 kB manifest of 30,000 values": deflated({**members, MANIFEST: b"[" + b"1," * 30_000}),
        "a 64 kB manifest nested 60,000 deep": deflated({**members, MANIFEST: b"[" * 60_000}),
        "an unsigned bundle with 360 MB of deflate bombs": deflated({**unsigned, **bombs}),
        "a forged signature with 360 MB of deflate bombs": deflated(
            {**members, SIGNATURE: bytes(64), **bombs}
        ),
    }


def make_master(folder: Path) -> tuple[Path, bytes]:
    master = folder / "master.fsession"
    sf = create_session_file(master, "Сессия")
    platforms.add_platform(sf, "Площадка")
    kit.write_kit(sf, 1, folder / "p1.fkit")
    sf.close()
    lap = kit.open_kit(folder / "p1.fkit", folder / "laptop.fsession")
    proposals.add_proposal(lap, laptop.local_platform(lap) or "", "Предложение")
    genuine = laptop.make_bundle(lap)
    lap.close()
    return master, genuine


def refuse(sf: SessionFile, data: bytes) -> None:
    try:
        read_bundle(sf, data, "hostile.fbundle")
    except FacilitatorError:
        return
    raise AssertionError("a hostile file was accepted")


def peak_mb(run: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1] / MB
    finally:
        tracemalloc.stop()


def run(size: Size = SIZES["L"], repeat: int = 5) -> list[str]:
    folder = Path(tempfile.mkdtemp())
    master, genuine = make_master(folder)
    sf = open_session_file(master)
    lines = []
    try:
        for name, data in hostile_files(genuine).items():
            label = f"refuse {name} ({len(data) / MB:.2f} MB file)"
            times = measure(lambda d=data: refuse(sf, d), repeat)  # type: ignore[misc]
            lines.append(row(label, size.name, times, None, "≤ 0.2 s"))
            memory = [peak_mb(lambda d=data: refuse(sf, d)) for _ in range(repeat)]  # type: ignore[misc]
            lines.append(memory_row(f"peak memory: {label}", size.name, memory, None, "≤ 50 MB"))
    finally:
        sf.close()
        shutil.rmtree(folder, ignore_errors=True)
    return lines


if __name__ == "__main__":
    from bench.common import HEADER

    print(HEADER)
    for line in run():
        print(line)
