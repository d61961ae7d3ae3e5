"""Where the app keeps its files: the data folder (the demo) and the log folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from facilitator import logs

APPLICATION = "Facilitator"


def data_folder() -> Path:
    """The platform's data folder for the app: ~/.local/share/Facilitator on Linux,
    %LOCALAPPDATA%\\Facilitator on Windows, ~/Library/Application Support/Facilitator on macOS.

    Built from the generic location so that the organisation and the application, both
    "Facilitator" (QSettings needs both), do not make it Facilitator/Facilitator."""
    location = QStandardPaths.StandardLocation.GenericDataLocation
    return Path(QStandardPaths.writableLocation(location)) / APPLICATION


def log_folder() -> Path:
    """The same folder as the command line's logs (facilitator.logs)."""
    return logs.log_folder()
