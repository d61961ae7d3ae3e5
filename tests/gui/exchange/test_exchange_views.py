"""Exchange models (checked by qtmodeltester), dialogs, the watcher and the auto-exporter."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

from exchange_world import World
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from facilitator.exchange import conflicts, kit, laptop
from facilitator.exchange.dashboard import platform_statuses
from facilitator.exchange.merge import merge_files
from facilitator.exchange.similar import find_similar
from facilitator.gui.exchange import dialogs, importing
from facilitator.gui.exchange.conflict_fields import COL_THEIRS
from facilitator.gui.exchange.dashboard import DashboardWidget
from facilitator.gui.exchange.models import (
    ConflictModel,
    DashboardModel,
    SimilarModel,
)
from facilitator.services import proposals


def write_bundle(world: World, n: int, folder: Path, title: str = "") -> Path:
    with world.laptop(n) as sf:
        if title:
            proposals.add_proposal(sf, laptop.local_platform(sf) or "", title)
        return laptop.write_bundle(sf, folder)


def make_conflict(world: World) -> str:
    pid = world.on_laptop(1, lambda sf, p: proposals.add_proposal(sf, p, "Исходное").id)
    world.merge(world.export(1))
    with world.master() as sf:
        proposals.edit_proposal(sf, pid, title="Секретариат")
    world.on_laptop(1, lambda sf, p: proposals.edit_proposal(sf, pid, title="Площадка"))
    world.merge(world.export(1))
    return str(pid)


def test_merge_preview_model_and_dialog(qtbot: Any, qtmodeltester: Any, world: World) -> None:
    path = write_bundle(world, 1, world.folder, "Новое")
    with world.master() as sf:
        report = merge_files(sf, [path], dry_run=True)
        dialog = dialogs.MergePreviewDialog(report)
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.model)
        assert dialog.model.rowCount() == 1 and dialog.apply_button.isEnabled()
        assert dialog.model.index(0, 4).data() == 1  # new
        assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Platform"


def test_import_bundles_previews_then_applies(qtbot: Any, world: World) -> None:
    path = write_bundle(world, 1, world.folder, "Новое")
    seen = []
    with world.master() as sf:
        assert importing.import_bundles(None, sf, [path], lambda r: seen.append(r) or False) is None
        report = importing.import_bundles(None, sf, [path], lambda r: True)
        assert seen[0].dry_run and report is not None and report.bundles[0].new == 1


def test_import_refusal_is_shown(qtbot: Any, world: World, warnings_shown: list[str]) -> None:
    bad = world.folder / "bad.fbundle"
    bad.write_bytes(b"junk")
    with world.master() as sf:
        assert importing.import_bundles(None, sf, [bad], lambda r: True) is None
    assert "bad.fbundle" in warnings_shown[0]


def test_conflicts_dialog_resolves(qtbot: Any, qtmodeltester: Any, world: World) -> None:
    make_conflict(world)
    with world.master() as sf:
        dialog = dialogs.ConflictsDialog(sf)
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.model)
        assert dialog.model.rowCount() == 1
        dialog.view.setCurrentIndex(dialog.model.index(0, 0))
        assert dialog.fields_model.index(0, COL_THEIRS).data() == "Площадка"
        assert dialog.resolve_current(conflicts.THEIRS)
        assert dialog.model.rowCount() == 0 and conflicts.open_conflicts() == []


def test_conflict_settled_field_by_field_with_keys(
    qtbot: Any, qtmodeltester: Any, world: World
) -> None:
    pid = make_conflict(world)
    with world.master() as sf:
        dialog = dialogs.ConflictsDialog(sf)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        fields = dialog.fields_model
        qtmodeltester.check(fields)
        assert [fields.index(0, c).data() for c in range(3)] == [
            "Title", "Секретариат", "Площадка",
        ]  # fmt: skip
        assert "Platform 1" in dialog.origin.text() and "bundle 2" in dialog.origin.text()
        dialog.fields.setFocus()
        qtbot.keyClick(dialog.fields, Qt.Key.Key_Space)  # take the platform's title
        assert fields.values() == {"title": "Площадка"}
        qtbot.keyClick(dialog.fields, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: conflicts.open_conflicts() == [])
        assert proposals.proposal_row(pid).title == "Площадка"
        assert dialog.model.rowCount() == 0 and fields.rowCount() == 0


def test_the_dialog_lists_only_the_fields_changed_on_both_sides(qtbot: Any, world: World) -> None:
    pid = world.on_laptop(1, lambda sf, p: proposals.add_proposal(sf, p, "Исходное").id)
    world.merge(world.export(1))
    with world.master() as sf:
        proposals.edit_proposal(sf, pid, title="Секретариат", responsible="Минпромторг")
    world.on_laptop(
        1, lambda sf, p: proposals.edit_proposal(sf, pid, title="Площадка", text="Подробнее")
    )
    world.merge(world.export(1))
    with world.master() as sf:
        dialog = dialogs.ConflictsDialog(sf)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        fields = dialog.fields_model
        rows = [[fields.index(r, c).data() for c in range(3)] for r in range(fields.rowCount())]
        assert rows == [["Title", "Секретариат", "Площадка"]]  # not Text, not Responsible
        dialog.fields.setFocus()
        qtbot.keyClick(dialog.fields, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.fields, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: conflicts.open_conflicts() == [])
        row = proposals.proposal_row(pid)
        assert (row.title, row.text, row.responsible) == ("Площадка", "Подробнее", "Минпромторг")


def test_conflict_model_alone(qtmodeltester: Any, world: World) -> None:
    make_conflict(world)
    with world.master() as sf:
        model = ConflictModel(conflicts.list_conflicts(sf))
        qtmodeltester.check(model)
    # words, not the file's internal names (proposal, edit, title)
    assert [model.index(0, c).data() for c in (1, 3, 4)] == [
        "Proposal", "Edited on both sides", "Title",
    ]  # fmt: skip


def test_dashboard(qtbot: Any, qtmodeltester: Any, world: World) -> None:
    world.merge(world.export(1))
    with world.master():
        widget = DashboardWidget()
        qtbot.addWidget(widget)
        assert widget.model.rowCount() == 0  # read when shown, not when made
        widget.show()
        qtmodeltester.check(widget.model)
        assert widget.model.rowCount() == 3
        assert widget.model.index(2, 9).data() == "no kit issued; no bundle yet"
        qtmodeltester.check(DashboardModel(platform_statuses()))


def test_similar_dialog_merges_a_group(qtbot: Any, qtmodeltester: Any, world: World) -> None:
    world.on_laptop(1, lambda sf, p: proposals.add_proposal(sf, p, "Подготовка кадров для заводов"))
    world.on_laptop(2, lambda sf, p: proposals.add_proposal(sf, p, "Подготовка кадров для завода"))
    world.merge(world.export(1), world.export(2))
    with world.master() as sf:
        dialog = dialogs.SimilarDialog(sf)
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.model)
        before = dialog.model.rowCount()
        # the best group first (100): the two spellings of one title, one row each
        titles = {dialog.model.group_at(r).proposals[0].title for r in range(2)}
        assert titles == {"Подготовка кадров для заводов"}
        dialog.view.setCurrentIndex(dialog.model.index(0, 0))
        QTimer.singleShot(
            0, lambda: qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Return)
        )
        assert dialog.merge_current() is not None  # after the preview said what it makes
        assert dialog.model.rowCount() == before - 2
        assert all("кадров" not in p.title for g in find_similar() for p in g.proposals)
        model = SimilarModel()
        model.set_groups(find_similar())
        qtmodeltester.check(model)


def test_prepare_kits_into_a_folder(qtbot: Any, world: World) -> None:
    target = world.folder / "kits"
    target.mkdir()
    # no passphrase: both fields left empty, Enter
    QTimer.singleShot(
        0, lambda: qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Return)
    )
    with world.master() as sf:
        paths = dialogs.prepare_kits(None, sf, target)
    assert [p.name for p in paths] == ["platform-01.fkit", "platform-02.fkit", "platform-03.fkit"]
    assert not any(kit.is_protected(p) for p in paths)


def test_watcher_offers_new_bundles_once(qtbot: Any, world: World) -> None:
    inbox = world.folder / "inbox"
    inbox.mkdir()
    path = write_bundle(world, 1, inbox, "Новое")
    later = world.export(2)
    with world.master() as sf:
        watcher = importing.BundleWatcher(sf, inbox)
        with qtbot.waitSignal(watcher.arrived, timeout=5000) as blocker:
            watcher.scan()
        assert [f.path for f in blocker.args[0]] == [path]
        arrived: list[Any] = []
        watcher.arrived.connect(arrived.append)
        with qtbot.waitSignal(watcher.scanned, timeout=5000):
            watcher.scan()
        assert arrived == []
        (inbox / "platform-02.fbundle").write_bytes(later)
        watcher.stop()  # the session closes: no more looks at the folder
        watcher.scan()
        qtbot.wait(300)
        assert arrived == []


def test_a_slow_hostile_file_is_checked_while_the_window_keeps_working(
    qtbot: Any, world: World, monkeypatch: Any
) -> None:
    from facilitator.exchange import folder

    inbox = world.folder / "inbox"
    inbox.mkdir()
    hostile = inbox / "hostile.fbundle"
    hostile.write_bytes(b"PK\x03\x04" + b"\xff" * 1_000_000)
    os.utime(hostile, (time.time() - 60, time.time() - 60))  # settled a minute ago
    real = folder.read_bundle
    checked_in: list[threading.Thread] = []

    def slow(*args: Any) -> Any:  # a file that takes long to check
        checked_in.append(threading.current_thread())
        time.sleep(1.5)
        return real(*args)

    monkeypatch.setattr(folder, "read_bundle", slow)
    ticks: list[float] = []
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    with world.master() as sf:
        watcher = importing.BundleWatcher(sf, inbox)
        refused: list[Any] = []
        watcher.refused.connect(refused.append)
        started = time.monotonic()
        watcher.scan()
        assert time.monotonic() - started < 0.2  # scan() returns at once
        with qtbot.waitSignal(watcher.scanned, timeout=10_000):
            pass
        assert checked_in and checked_in[0] is not threading.main_thread()
        during = [t for t in ticks if started < t < started + 1.5]
        assert len(during) >= 10  # the event loop kept turning while the file was checked
        assert max(b - a for a, b in zip(during, during[1:], strict=False)) < 0.5
        assert [f.path.name for f in refused[0]] == ["hostile.fbundle"]
        assert "hostile.fbundle" in str(refused[0][0].error)
        with qtbot.waitSignal(watcher.scanned, timeout=5000):
            watcher.scan()
        assert len(refused) == 1  # reported once, not at every look
    timer.stop()


def test_watcher_retries_a_bundle_still_being_copied(qtbot: Any, world: World) -> None:
    inbox = world.folder / "inbox"
    inbox.mkdir()
    data = world.export(1)
    path = inbox / "platform-01.fbundle"
    path.write_bytes(data[:200])  # a copy in progress: just written, so not settled
    with world.master() as sf:
        watcher = importing.BundleWatcher(sf, inbox)
        watcher.folder_scan.settle_s = 0.4
        refused: list[Any] = []
        watcher.refused.connect(refused.append)
        with qtbot.waitSignal(watcher.scanned, timeout=5000):
            watcher.scan()
        path.write_bytes(data)  # the copy finished
        with qtbot.waitSignal(watcher.arrived, timeout=10_000) as blocker:
            pass  # looked at again by itself once the file settled
        assert [f.path for f in blocker.args[0]] == [path]
        assert refused == []  # never refused for being half-written


def test_auto_exporter_writes_after_changes(qtbot: Any, world: World) -> None:
    out = world.folder / "usb"
    out.mkdir()
    with world.laptop(1) as sf:
        exporter = importing.AutoExporter(sf, out)
        exporter.DELAY_MS = 10
        exporter._timer.setInterval(10)
        with qtbot.waitSignal(exporter.written, timeout=5000):
            exporter.schedule()
        assert len(list(out.glob("*.fbundle"))) == 1


def test_a_bundle_from_a_clock_a_day_ahead_is_shown_held_and_applied_only_when_accepted(
    qtbot: Any, world: World
) -> None:
    from facilitator.clock import wall_ms
    from facilitator.store.models import Proposal

    with world.laptop(1) as sf:
        sf.clock.now_ms = lambda: wall_ms() + 24 * 3_600_000
        pid = proposals.add_proposal(sf, laptop.local_platform(sf) or "", "Из будущего").id
        path = laptop.write_bundle(sf, world.folder)
    seen = []
    with world.master() as sf:
        assert importing.import_bundles(None, sf, [path], lambda r: seen.append(r) or False) is None
        dialog = dialogs.MergePreviewDialog(seen[0])
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.warning.isVisible() and "hours ahead" in dialog.warning.text()
        assert dialog.apply_button.isEnabled()
        assert Proposal.get_or_none(Proposal.id == pid) is None
        report = importing.import_bundles(None, sf, [path], lambda r: True)
        assert report is not None and report.bundles[0].new == 1
        assert Proposal.get_by_id(pid).title == "Из будущего"


def test_conflicts_dialog_opens_roomy_and_remembers_its_size(qtbot: Any, world: World) -> None:
    make_conflict(world)
    with world.master() as sf:
        first = dialogs.ConflictsDialog(sf)
        qtbot.addWidget(first)
        first.show()
        screen = first.screen().availableGeometry()  # offscreen: 800×600
        assert first.width() == min(900, screen.width())  # not 278×440
        assert first.height() == min(600, screen.height())
        first.resize(700, 500)
        first.reject()
        again = dialogs.ConflictsDialog(sf)
        qtbot.addWidget(again)
        assert (again.width(), again.height()) == (700, 500)
        similar = dialogs.SimilarDialog(sf)
        qtbot.addWidget(similar)
        assert similar.width() == min(900, screen.width())
