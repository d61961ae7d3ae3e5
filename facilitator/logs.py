"""The log file: where it lives and how it is started (rotating, INFO unless --debug).

The app and the command line write to the same folder, the platform's standard one for logs
(`~/.local/state/Facilitator/log` on Linux, `%LOCALAPPDATA%\\Facilitator\\Logs` on Windows,
`~/Library/Logs/Facilitator` on macOS), each to its own file so that two processes never
rotate one file. FACILITATOR_LOG_DIR, when set, wins (the tests use it).
"""

from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

APP_NAME = "Facilitator"
LOGGER = "facilitator"  # every module logs under it: logging.getLogger(__name__)
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s [%(process)d] %(name)s: %(message)s"

_handler: RotatingFileHandler | None = None


def log_folder() -> Path:
    pinned = os.environ.get("FACILITATOR_LOG_DIR")
    if pinned:
        return Path(pinned)
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def log_file(face: str) -> Path:
    """The log of one face: `app` or `cli`."""
    return log_folder() / f"facilitator-{face}.log"


def start_logging(face: str, debug: bool = False) -> Path | None:
    """Send the package's log records to the face's rotating file; None when it cannot be
    written (the program still runs, and says so on stderr)."""
    global _handler
    stop_logging()
    path = log_file(face)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        print(f"Facilitator: no log file ({path}: {error.strerror or error})", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.DEBUG if debug else logging.INFO)
    logger.addHandler(handler)
    _handler = handler
    return path


def stop_logging() -> None:
    """Close the file started by start_logging (a second start replaces the first)."""
    global _handler
    if _handler is not None:
        logging.getLogger(LOGGER).removeHandler(_handler)
        _handler.close()
        _handler = None
