"""The app's icon, and the app started with a kit or a bundle (a double-click in the file
manager): it asks before doing anything, then opens the kit or previews the merge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QMessageBox

from facilitator.demo import write_demo
from facilitator.exchange import laptop as laptop_exchange
from facilitator.exchange.kit import open_kit, write_kits
from facilitator.gui import files
from facilitator.gui.app import application, start
from facilitator.gui.exchange import dialogs
from facilitator.services import platforms, proposals
from facilitator.store.db import open_session_file


def test_the_window_icon_is_the_app_icon_in_every_size() -> None:
    icon = application().windowIcon()
    assert not icon.isNull()
    sizes = icon.availableSizes()
    for size in (16, 32, 48, 64, 128, 256):
        assert QSize(size, size) in sizes
    corner = icon.pixmap(QSize(256, 256)).toImage().pixelColor(128, 50)
    assert corner.name() == "#ffd35c"  # the far seat of the round table


def kit_and_bundle(tmp_path: Path) -> tuple[Path, list[Path], Path]:
    """The secretariat's session, its kits, and platform 2's bundle with one new proposal."""
    master = tmp_path / "master.fsession"
    write_demo(master, filled=True)
    sf = open_session_file(master)
    kits = write_kits(sf, tmp_path)
    sf.close()
    laptop = open_kit(kits[1], tmp_path / "laptop2.fsession")
    proposals.add_proposal(laptop, platforms.platform_by_number(2).id, "Предложение с площадки")
    bundle = laptop_exchange.export_bundle(laptop, tmp_path / "platform2.fbundle")
    laptop.close()
    return master, kits, bundle


class Answers:
    """The questions asked (patched QMessageBox.question) and the answer to give."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, parent: Any, title: str, text: str, *rest: Any) -> Any:
        self.asked.append(text)
        return self.answer


def test_a_double_clicked_kit_asks_then_opens_on_this_laptop(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, kits, _ = kit_and_bundle(tmp_path)
    answers = Answers(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answers)
    saved_as: list[str] = []

    def save_file(parent: Any, caption: str, directory: str, filters: str) -> str:
        saved_as.append(directory)
        return str(tmp_path / "my-laptop")  # the suffix is added

    monkeypatch.setattr(files, "save_file", save_file)
    controller = start(kits[2], demo=False)
    assert answers.asked[0].startswith("Open this platform kit on this laptop?")
    assert str(kits[2]) in answers.asked[0]
    assert saved_as == [str(kits[2].with_suffix(".fsession"))]
    assert controller.sf is not None and controller.sf.path == tmp_path / "my-laptop.fsession"
    assert controller.window is not None
    assert controller.window.platform_id == platforms.platform_by_number(3).id
    controller.close_session()


def test_a_kit_refused_at_the_question_writes_nothing(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, kits, _ = kit_and_bundle(tmp_path)
    monkeypatch.setattr(QMessageBox, "question", Answers(QMessageBox.StandardButton.No))
    monkeypatch.setattr(files, "save_file", lambda *a: pytest.fail("no save dialog after No"))
    controller = start(kits[0], demo=False)
    assert controller.sf is None and controller.welcome is not None
    assert controller.welcome.isVisible()
    assert sorted(p.name for p in tmp_path.glob("*.fsession")) == [
        "laptop2.fsession",
        "master.fsession",
    ]
    controller.welcome.close()


def test_a_double_clicked_bundle_is_merged_after_the_preview(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    master, _, bundle = kit_and_bundle(tmp_path)
    answers = Answers(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answers)
    monkeypatch.setattr(files, "open_file", lambda *a: str(master))
    previews: list[Any] = []

    def preview(dialog: Any) -> QDialog.DialogCode:
        previews.append(dialog.model.rowCount())  # one row per bundle previewed
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.MergePreviewDialog, "exec", preview)
    controller = start(bundle, demo=False)
    assert answers.asked[0].startswith("Merge this results bundle into the secretariat")
    assert previews == [1]
    assert controller.sf is not None and controller.sf.path == master
    titles = [r.title for r in proposals.list_proposals(platforms.platform_by_number(2).id)]
    assert "Предложение с площадки" in titles
    controller.close_session()


def test_a_bundle_whose_preview_is_cancelled_changes_nothing(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    master, _, bundle = kit_and_bundle(tmp_path)
    monkeypatch.setattr(QMessageBox, "question", Answers(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(files, "open_file", lambda *a: str(master))
    monkeypatch.setattr(
        dialogs.MergePreviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected
    )
    controller = start(bundle, demo=False)
    titles = [r.title for r in proposals.list_proposals(platforms.platform_by_number(2).id)]
    assert "Предложение с площадки" not in titles
    controller.close_session()


@pytest.fixture(autouse=True)
def no_window_left_open() -> Any:
    """Each test closes what it opened, so that later tests see only their own windows."""
    yield
    from PySide6.QtWidgets import QApplication

    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert left == [], left
