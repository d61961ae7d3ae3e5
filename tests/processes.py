"""Seeing processes from a test (the PDF export must leave none of LibreOffice's behind)."""

from __future__ import annotations

from pathlib import Path


def running(pid: int) -> bool:
    """A process that runs (a zombie waiting to be reaped has ended); reads /proc."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in ("Z", "X")
