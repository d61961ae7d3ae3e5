"""Reading and writing exchange files: size-limited reads, atomic writes (temp file + rename)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from facilitator.exchange import archive
from facilitator.exchange.errors import refuse
from facilitator.messages import QT_TRANSLATE_NOOP, os_reason

KIT_SUFFIX, BUNDLE_SUFFIX = ".fkit", ".fbundle"


def read_file(path: Path) -> bytes:
    """The whole file, refused when it is larger than any kit or bundle may be."""
    try:
        size = path.stat().st_size
        if size > archive.MAX_ARCHIVE:
            raise refuse(
                QT_TRANSLATE_NOOP("Exchange", "{file}: the file is too large ({size} bytes)."),
                file=path.name,
                size=size,
            )
        return path.read_bytes()
    except OSError as error:
        raise refuse(
            QT_TRANSLATE_NOOP("Exchange", "{file}: cannot be read ({reason})."),
            file=path.name,
            reason=os_reason(error),
        ) from None


def write_atomically(path: Path, data: bytes) -> Path:
    """Write beside the target, flush to disk, then rename over it: readers never see half."""
    path = Path(path)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise refuse(
            QT_TRANSLATE_NOOP("Exchange", "{file}: cannot be written ({reason})."),
            file=path.name,
            reason=os_reason(error),
        ) from None
    return path
