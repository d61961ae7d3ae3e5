"""Screenshots of the resolution editor and the export dialog, in English and Russian.

QT_QPA_PLATFORM=offscreen python tools/resolution_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.demo import write_demo
from facilitator.export.selection import PROPOSE
from facilitator.gui import language, settings
from facilitator.gui.app import application
from facilitator.gui.operations import Operations
from facilitator.gui.resolution.editor import ResolutionEditor
from facilitator.gui.resolution.export_dialog import ExportDialog
from facilitator.store.db import open_session_file

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1366, 768)


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"resolution_{name}.png"))
    print(OUT / f"resolution_{name}.png")


def wait_for_preview(editor: ResolutionEditor) -> None:
    """Let the debounce timer fire and the worker finish."""
    clock = QElapsedTimer()
    clock.start()
    done: list[str] = []
    editor.previewUpdated.connect(done.append)
    while not done and clock.elapsed() < 30_000:
        QApplication.processEvents()
    QApplication.processEvents()


def show_choices(editor: ResolutionEditor) -> None:
    """A few choices made by hand, so the picture shows each kind of mark."""
    entries = sorted(editor.model.entries(), key=lambda e: (e.row.platform_number, e.order_key))
    on_platform_1 = [e for e in entries if e.row.platform_number == 1]
    first_problem = next(e for e in on_platform_1 if e.row.kind == "problem")
    proposal = next(e for e in on_platform_1 if e.section == PROPOSE)
    editor.edit_entry(first_problem.id, {"included": False})
    editor.edit_entry(proposal.id, {"wording": "Создать в Иркутске центр компетенций"})
    editor.select(proposal.id, 3)


def shoot(path: Path, lang: str) -> None:
    settings.LANGUAGE.set(lang)
    language.install(lang)
    sf = open_session_file(path)
    ops = Operations(sf)
    editor = ResolutionEditor(ops)
    editor.resize(*SIZE)
    editor.show()
    wait_for_preview(editor)
    show_choices(editor)
    wait_for_preview(editor)
    editor.tree.setFocus()
    save(editor, f"editor_{lang}")
    dialog = ExportDialog(sf, editor)
    dialog.show()
    save(dialog, f"export_{lang}")
    dialog.reject()
    editor.shutdown()
    editor.close()
    editor.deleteLater()
    QApplication.processEvents()
    sf.close()


def main() -> int:
    application()
    folder = Path(tempfile.mkdtemp())
    # keep the user's own settings out of it
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("FacilitatorScreenshots")
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "ru"):
        path = folder / f"Промышленный рывок {lang}.fsession"  # a fresh demo for each picture
        write_demo(path, filled=True)
        shoot(path, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
