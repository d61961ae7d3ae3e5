"""The export dialog's remembered choices (machine-local QSettings keys, declared once here)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from facilitator.gui.settings import Setting

EXPORT_FOLDER = Setting("export/folder", "")  # where the last export went
EXPORT_TEMPLATE = Setting("export/template", "")  # "" = the default template
EXPORT_PDF = Setting("export/pdf", False)
EXPORT_OPEN = Setting("export/open_when_done", True)

# Characters Windows refuses in file names; the document's name is Russian text otherwise.
UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def export_folder() -> Path:
    """The folder of the last export, else the user's Documents folder."""
    remembered = Path(EXPORT_FOLDER.get())
    if EXPORT_FOLDER.get() and remembered.is_dir():
        return remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def file_name(session_title: str, platform_number: int | None) -> str:
    """«Резолюция — <session>.docx» or «Протокол площадки № 3 — <session>.docx»."""
    what = "Резолюция" if platform_number is None else f"Протокол площадки № {platform_number}"
    title = UNSAFE.sub("_", session_title).strip(" .") or "сессия"
    return f"{what} — {title}.docx"
