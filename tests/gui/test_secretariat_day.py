"""The secretariat's desk at a 1366×768 laptop, keys only: open the session, merge two bundles,
settle a conflict field by field, merge two similar proposals after the preview, export."""

from __future__ import annotations

import sqlite3
import threading
import zipfile
from pathlib import Path
from typing import Any

from gui_helpers import back_to, press, type_path, type_text, when_shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from facilitator.exchange import kit, laptop
from facilitator.gui.controller import Controller
from facilitator.gui.exchange import dialogs, importing
from facilitator.services import platforms, proposals
from facilitator.store.db import create_session_file, open_session_file

CTRL, ALT, SHIFT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
)
SIMILAR = ("Подготовка кадров для заводов региона", "Подготовка кадров для завода региона")


def figures(path: Path) -> dict[str, Any]:
    """What the session file holds now, read beside the app as any other reader would."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:

        def one(sql: str) -> Any:
            return conn.execute(sql).fetchone()[0]

        return {
            "proposals": one("SELECT count(*) FROM proposal WHERE NOT deleted"),
            "imports": one("SELECT count(*) FROM exchange_import"),
            "open conflicts": one("SELECT count(*) FROM exchange_conflict WHERE resolution = ''"),
            "merged": one("SELECT count(*) FROM proposal WHERE status = 'merged'"),
            "lineage": one("SELECT count(*) FROM exchange_lineage"),
        }
    finally:
        conn.close()


def forum_with_two_bundles(tmp_path: Path) -> tuple[Path, str, Path]:
    """A session of two platforms; each laptop sends a bundle. Platform 1's laptop and the
    secretariat both edited one proposal: the title on both sides, the text there, the
    responsible body here. The two laptops each captured one of two similar proposals."""
    master = tmp_path / "forum.fsession"
    sf = create_session_file(master, "Forum day", forum="Forum")
    one = platforms.add_platform(sf, "Industry")
    platforms.add_platform(sf, "Skills")
    shared = proposals.add_proposal(sf, one.id, "Roads to the park").id
    kits = [kit.write_kit(sf, n, tmp_path / f"p{n}.fkit") for n in (1, 2)]
    proposals.edit_proposal(
        sf, shared, title="Roads to the industrial park", responsible="Ministry"
    )
    sf.close()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number, made in zip((1, 2), kits, strict=True):
        local = kit.open_kit(made, tmp_path / f"laptop{number}.fsession")
        platform = laptop.local_platform(local) or ""
        proposals.add_proposal(local, platform, SIMILAR[number - 1])
        if number == 1:
            proposals.edit_proposal(local, shared, title="Roads and rail", text="Two lanes")
        laptop.write_bundle(local, inbox)
        local.close()
    return master, shared, inbox


def test_a_secretariats_day_by_keyboard(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    master, shared, inbox = forum_with_two_bundles(tmp_path)
    bundles = sorted(p.name for p in inbox.iterdir())
    assert len(bundles) == 2
    progress: list[tuple[bool, int, int, bool]] = []
    real_merge = importing.merge_files

    def watched(sf: Any, paths: Any, dry_run: bool, ahead: bool, step: Any, cancel: Any) -> Any:
        def told(done: int, total: int) -> None:  # observed only: the merge runs as always
            worker = threading.current_thread() is not threading.main_thread()
            progress.append((dry_run, done, total, worker))
            step(done, total)

        return real_merge(sf, paths, dry_run, ahead, told, cancel)

    monkeypatch.setattr(importing, "merge_files", watched)
    done: list[str] = []

    # open the session: Alt+O on the welcome window, its path typed into the file dialog
    controller = Controller()
    controller.show_welcome()
    welcome = controller.welcome
    qtbot.waitUntil(lambda: QApplication.activeWindow() is welcome)

    when_shown(QFileDialog, lambda d: type_path(qtbot, d, str(master)), done)
    press(qtbot, Qt.Key.Key_O, ALT)
    qtbot.waitUntil(lambda: controller.window is not None)
    window = controller.window
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert figures(master) == {
        "proposals": 1, "imports": 0, "open conflicts": 0, "merged": 0, "lineage": 0,
    }  # fmt: skip

    # merge both bundles: Ctrl+Shift+I, the folder and both names typed, the preview, Apply
    def choose_bundles(dialog: QFileDialog) -> None:
        when_shown(dialogs.MergePreviewDialog, lambda p: press(qtbot, Qt.Key.Key_Return), done)
        type_path(qtbot, dialog, " ".join(f'"{inbox / name}"' for name in bundles))

    when_shown(QFileDialog, choose_bundles, done)
    press(qtbot, Qt.Key.Key_I, CTRL | SHIFT)
    qtbot.waitUntil(lambda: figures(master)["imports"] == 2)
    assert done == ["QFileDialog", "QFileDialog", "MergePreviewDialog"]
    assert (True, 2, 2, True) in progress and (False, 2, 2, True) in progress  # off the GUI thread
    assert figures(master) == {
        "proposals": 3, "imports": 2, "open conflicts": 1, "merged": 0, "lineage": 0,
    }  # fmt: skip
    row = proposals.proposal_row(shared)
    # one-sided edits merged already: the platform's text, our responsible body
    assert (row.title, row.text, row.responsible) == (
        "Roads to the industrial park",
        "Two lanes",
        "Ministry",
    )

    # settle the conflict: Exchange (Alt+N) → Conflicts (C); Space takes the title, Alt+A
    def settle(dialog: dialogs.ConflictsDialog) -> None:
        fields = dialog.fields_model
        assert [fields.index(r, 0).data() for r in range(fields.rowCount())] == ["Title"]
        dialog.fields.setFocus()  # the choices' table, reached as a person would with Tab
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_A, ALT)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
        press(qtbot, Qt.Key.Key_Escape)

    when_shown(dialogs.ConflictsDialog, settle, done)
    back_to(qtbot, window)
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_C)
    qtbot.waitUntil(lambda: figures(master)["open conflicts"] == 0)
    row = proposals.proposal_row(shared)
    assert (row.title, row.text, row.responsible) == ("Roads and rail", "Two lanes", "Ministry")

    # merge the two similar proposals: Exchange → Similar (S), Home, Alt+M, the preview, Enter
    previews: list[str] = []

    def merge_group(dialog: dialogs.SimilarDialog) -> None:
        assert dialog.model.rowCount() == 2  # one group: a row per proposal
        dialog.view.setFocus()
        press(qtbot, Qt.Key.Key_Home)

        def answer(box: QMessageBox) -> None:
            previews.append(box.text())
            press(qtbot, Qt.Key.Key_Return)

        when_shown(QMessageBox, answer, done)
        press(qtbot, Qt.Key.Key_M, ALT)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
        back_to(qtbot, dialog)
        press(qtbot, Qt.Key.Key_Escape)

    when_shown(dialogs.SimilarDialog, merge_group, done)
    back_to(qtbot, window)
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_S)
    qtbot.waitUntil(lambda: figures(master)["merged"] == 2)
    assert SIMILAR[0] in previews[0] and "No votes yet." in previews[0]
    assert figures(master) == {
        "proposals": 4, "imports": 2, "open conflicts": 0, "merged": 2, "lineage": 2,
    }  # fmt: skip

    # export the resolution: Ctrl+Shift+E, (Alt+O: not opened after), Alt+S to the file name,
    # typed over, Alt+E, then Esc
    target = tmp_path / "out" / "resolution.docx"
    target.parent.mkdir()

    def export(dialog: Any) -> None:
        if dialog.open_after.isChecked():  # no Word on this machine: do not open it after
            press(qtbot, Qt.Key.Key_O, ALT)
            qtbot.waitUntil(lambda: not dialog.open_after.isChecked())  # a mnemonic's click
        press(qtbot, Qt.Key.Key_S, ALT)
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, str(target))
        press(qtbot, Qt.Key.Key_E, ALT)
        qtbot.waitUntil(target.exists, timeout=30_000)
        qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
        press(qtbot, Qt.Key.Key_Escape)

    from facilitator.gui.resolution.export_dialog import ExportDialog

    when_shown(ExportDialog, export, done)
    back_to(qtbot, window)
    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    with zipfile.ZipFile(target) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "Forum day" in body or "FORUM DAY" in body.upper()
    assert done[-2:] == ["SimilarDialog", "ExportDialog"]
    back_to(qtbot, window)
    press(qtbot, Qt.Key.Key_W, CTRL)  # close the session
    qtbot.waitUntil(lambda: controller.window is None)
    assert figures(master)["proposals"] == 4
    open_session_file(master).close()  # the app let go of the file
