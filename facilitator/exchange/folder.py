"""A watched folder: which bundle files in it this session has not imported yet.

Sync tools and copies write a file in steps, so a bundle is read only once it has settled
(the same size and modification time for `settle_s`); temporary names are never read."""

from __future__ import annotations

import fnmatch
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.exchange.files import BUNDLE_SUFFIX, read_file
from facilitator.exchange.incoming import read_bundle
from facilitator.messages import FacilitatorError
from facilitator.store.db import SessionFile
from facilitator.store.exchange_models import ImportLog

# names that sync tools, browsers and editors give to files still being written
TEMPORARY = (".*", "~$*", "*.tmp", "*.part", "*.partial", "*.crdownload", "*.!sync", "*~")
SETTLE_S = 1.0

Signature = tuple[int, int]  # size, modification time in ns


@dataclass(frozen=True)
class Found:
    """A bundle file in the folder: new to this session, or refused (with the reason)."""

    path: Path
    error: FacilitatorError | None = None


@dataclass(frozen=True)
class ScanResult:
    """What one look at the folder found, and whether files are still being written."""

    found: list[Found]
    waiting: list[Path]


def is_temporary(name: str) -> bool:
    """A sync tool's or a copy's temporary name (`.syncthing.x.tmp`, `x.part`, `~$x`...)."""
    return any(fnmatch.fnmatchcase(name.lower(), pattern) for pattern in TEMPORARY)


def bundle_files(folder: Path) -> list[Path]:
    """Bundle files in a folder, oldest first; half-written temporary files are skipped."""
    try:
        files = [
            p
            for p in Path(folder).iterdir()
            if p.suffix == BUNDLE_SUFFIX and not is_temporary(p.name) and p.is_file()
        ]
    except OSError:
        return []
    return sorted(files, key=lambda p: (_mtime(p), p.name))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _signature(path: Path) -> Signature | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def check_bundle(sf: SessionFile, path: Path) -> Found | None:
    """Verify one file: Found (new or refused), or None when the session has it already."""
    try:
        bundle = read_bundle(sf, read_file(path), path.name)
    except FacilitatorError as error:
        return Found(path, error)
    if ImportLog.select().where(ImportLog.digest == bundle.digest).exists():
        return None
    return Found(path)


def scan_folder(sf: SessionFile, folder: Path) -> list[Found]:
    """The bundles in `folder` not yet imported (already imported ones are left out)."""
    checked = (check_bundle(sf, path) for path in bundle_files(folder))
    return [found for found in checked if found is not None]


@dataclass
class FolderScan:
    """Repeated looks at one folder: each settled file is verified once per version.

    A file still changing waits; a refused file is reported once and checked again when it
    changes; a file the session has imported, or that was offered, is not offered again."""

    folder: Path
    settle_s: float = SETTLE_S
    clock: Callable[[], float] = time.time
    _first_seen: dict[Path, tuple[Signature, float]] = field(default_factory=dict)
    _decided: dict[Path, Signature] = field(default_factory=dict)

    def scan(self, sf: SessionFile) -> ScanResult:
        found: list[Found] = []
        waiting: list[Path] = []
        for path in bundle_files(self.folder):
            signature = _signature(path)
            if signature is None or self._decided.get(path) == signature:
                continue
            if not self._settled(path, signature):
                waiting.append(path)
                continue
            self._decided[path] = signature
            result = check_bundle(sf, path)
            if result is not None:
                found.append(result)
        return ScanResult(found, waiting)

    def _settled(self, path: Path, signature: Signature) -> bool:
        now = self.clock()
        seen = self._first_seen.get(path)
        if seen is None or seen[0] != signature:
            seen = (signature, now)
            self._first_seen[path] = seen
        unchanged_since = min(seen[1], signature[1] / 1e9)  # an old file has settled already
        if now - unchanged_since < self.settle_s:
            return False
        del self._first_seen[path]
        return True
