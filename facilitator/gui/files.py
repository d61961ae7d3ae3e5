"""File dialogs that never open the files they list.

Qt's own dialog guesses each listed file's type by reading its first bytes (an unknown
extension such as .fsession), and a desktop's native dialog may do the same in this process.
Closing such a read drops every POSIX lock this process holds on that file, SQLite's
included, and another program could then fold away and delete the open session's WAL. So on
POSIX systems our dialogs are Qt's widget dialogs with an icon provider that goes by the name.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

from facilitator.messages import QT_TRANSLATE_NOOP

NATIVE_IS_SAFE = sys.platform == "win32"  # Windows locks belong to handles, not processes
SIZE = (960, 600)

TYPE_NAMES = {
    "fsession": QT_TRANSLATE_NOOP("Files", "Facilitator session"),
    "fkit": QT_TRANSLATE_NOOP("Files", "Platform kit"),
    "fbundle": QT_TRANSLATE_NOOP("Files", "Results bundle"),
    "docx": QT_TRANSLATE_NOOP("Files", "Word document"),
    "pdf": QT_TRANSLATE_NOOP("Files", "PDF document"),
    "xlsx": QT_TRANSLATE_NOOP("Files", "Excel workbook"),
    "csv": QT_TRANSLATE_NOOP("Files", "CSV table"),
}


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from a file's name and kind alone, never from its content."""

    def icon(self, what: Any) -> QIcon:
        style = QApplication.style()
        if isinstance(what, QFileInfo):
            folder = what.isDir()
        else:
            folder = what != QAbstractFileIconProvider.IconType.File
        pixmap = QStyle.StandardPixmap.SP_DirIcon if folder else QStyle.StandardPixmap.SP_FileIcon
        return style.standardIcon(pixmap)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("Files", "Folder")
        suffix = info.suffix().lower()
        if suffix in TYPE_NAMES:
            return QCoreApplication.translate("Files", TYPE_NAMES[suffix])
        if not suffix:
            return QCoreApplication.translate("Files", "File")
        return QCoreApplication.translate("Files", "{suffix} file").format(suffix=suffix.upper())


_ICONS: list[NameOnlyIcons] = []  # one for the app's lifetime: dialogs keep a pointer to it


def _dialog(parent: QWidget | None, caption: str, directory: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory, filters)
    if not NATIVE_IS_SAFE:
        if not _ICONS:
            _ICONS.append(NameOnlyIcons())
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setIconProvider(_ICONS[0])
        _roomy(dialog)
    return dialog


def _roomy(dialog: QFileDialog) -> None:
    """Wide enough for long Russian file names and the type column, within the screen."""
    screen = (dialog.parentWidget() or dialog).screen().availableGeometry()
    dialog.resize(min(SIZE[0], screen.width() * 9 // 10), min(SIZE[1], screen.height() * 8 // 10))


def _run(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() else []
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, caption: str, directory: str = "", filters: str = "") -> str:
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return next(iter(_run(dialog)), "")


def open_files(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> list[str]:
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def save_file(parent: QWidget | None, caption: str, directory: str = "", filters: str = "") -> str:
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return next(iter(_run(dialog)), "")


def folder(parent: QWidget | None, caption: str, directory: str = "") -> str:
    dialog = _dialog(parent, caption, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return next(iter(_run(dialog)), "")
