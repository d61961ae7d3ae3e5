"""emit(): emit a Qt signal from Python; kept for callers written before immortal.py.

PySide6 6.12.0 returns SignalInstance.emit()'s result (True) without a new reference. Since
facilitator.gui makes None, True and False effectively immortal at import (immortal.py),
plain `signal.emit(...)` is safe; this helper remains so existing imports keep working.
"""

from __future__ import annotations

from typing import Any


def emit(signal: Any, *args: Any) -> None:
    """signal.emit(*args)."""
    signal.emit(*args)


def disconnect(signal: Any, slot: Any) -> None:
    """signal.disconnect(slot)."""
    signal.disconnect(slot)
