"""Kits and bundles through the app: secretariat → kit → laptop capture → bundle → merge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import by_name
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from facilitator.demo import write_demo
from facilitator.exchange.kit import write_kits
from facilitator.gui import files
from facilitator.gui.controller import Controller
from facilitator.gui.exchange import dialogs
from facilitator.services import platforms, proposals
from facilitator.store.db import open_session_file


def test_a_platform_captures_offline_and_the_secretariat_merges_it(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    master = tmp_path / "master.fsession"
    write_demo(master, filled=True)
    sf = open_session_file(master)
    kits = write_kits(sf, tmp_path)
    sf.close()

    controller = Controller()
    assert controller.open_kit(kits[1], tmp_path / "laptop2.fsession")
    window = controller.window
    actions = window.actions_.by_key
    assert actions["export_bundle"].isVisible() and not actions["import_bundles"].isVisible()
    assert window.exchange.dashboard is None
    window.sidebar.choose(platforms.platform_by_number(2).id)
    line = by_name(window, QLineEdit, "Quick capture")
    line.setText("Предложение с площадки")  # QTest types ASCII only
    qtbot.keyClick(line, Qt.Key.Key_Return)
    bundle = tmp_path / "platform2.fbundle"
    monkeypatch.setattr(files, "save_file", lambda *a, **k: str(bundle))
    actions["export_bundle"].trigger()
    assert bundle.exists()
    controller.close_session()

    assert controller.open_path(str(master))
    window = controller.window
    assert window.exchange.dashboard is not None
    assert window.actions_.by_key["import_bundles"].isVisible()
    monkeypatch.setattr(
        dialogs.MergePreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    window.exchange.import_paths([bundle])
    titles = [r.title for r in proposals.list_proposals(platforms.platform_by_number(2).id)]
    assert "Предложение с площадки" in titles
    window.show_dashboard()
    assert window.tabs.currentWidget() is window.exchange.dashboard
    controller.close_session()


def test_revoking_a_lost_kit_and_writing_its_replacement(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from facilitator.exchange import revoke

    master = tmp_path / "master.fsession"
    write_demo(master, filled=True)
    sf = open_session_file(master)
    write_kits(sf, tmp_path)
    sf.close()
    controller = Controller()
    assert controller.open_path(str(master))
    window = controller.window
    action = window.actions_.by_key["revoke_kits"]
    assert action.isVisible()
    asked: list[list[str]] = []

    def choose(parent: Any, title: str, label: str, items: list[str], *rest: Any) -> Any:
        asked.append(items)
        return items[1], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    replacement = tmp_path / "replacement.fkit"
    monkeypatch.setattr(files, "save_file", lambda *a, **k: str(replacement))
    QTimer.singleShot(  # no passphrase: both fields left empty, Enter
        0, lambda: qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Return)
    )
    action.trigger()
    assert asked and asked[0][1].startswith("2. ")
    assert replacement.exists()
    keys = revoke.revoked(window.exchange.ops.sf)
    assert len(keys) == 1  # platform 2's first kit; the replacement is not revoked
    assert "Replacement kit written" in window.statusBar().currentMessage()
    controller.close_session()
