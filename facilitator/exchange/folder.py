"""A watched folder: which bundle files in it this session has not imported yet."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from facilitator.exchange.files import BUNDLE_SUFFIX, read_file
from facilitator.exchange.incoming import read_bundle
from facilitator.messages import FacilitatorError
from facilitator.store.db import SessionFile
from facilitator.store.exchange_models import ImportLog


@dataclass(frozen=True)
class Found:
    """A bundle file in the folder: new to this session, or refused (with the reason)."""

    path: Path
    error: FacilitatorError | None = None


def bundle_files(folder: Path) -> list[Path]:
    """Bundle files in a folder, oldest first; half-written temporary files are skipped."""
    try:
        files = [
            p
            for p in Path(folder).iterdir()
            if p.suffix == BUNDLE_SUFFIX and not p.name.startswith(".") and p.is_file()
        ]
    except OSError:
        return []
    return sorted(files, key=lambda p: (p.stat().st_mtime, p.name))


def scan_folder(sf: SessionFile, folder: Path) -> list[Found]:
    """The bundles in `folder` not yet imported (already imported ones are left out)."""
    found = []
    for path in bundle_files(folder):
        try:
            bundle = read_bundle(sf, read_file(path), path.name)
        except FacilitatorError as error:
            found.append(Found(path, error))
            continue
        if not ImportLog.select().where(ImportLog.digest == bundle.digest).exists():
            found.append(Found(path))
    return found
