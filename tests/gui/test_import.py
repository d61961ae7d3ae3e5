"""Importing a list off the GUI thread: progress, refusal in a dialog, cancel changes nothing."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from facilitator.importing.participants import import_participants
from facilitator.services.participants import list_participants


def write_csv(path: Path, rows: int) -> Path:
    lines = ["ФИО;Организация;Площадка"]
    lines += [f"Участник {n};Завод {n};1" for n in range(rows)]
    path.write_text("\n".join(lines), encoding="cp1251")
    return path


def run_job(window: Any, qtbot: Any, path: Path, function: Any = None) -> Any:
    with qtbot.waitSignal(window.people.start_import(path, function).done, timeout=10_000):
        pass
    return window.people.job


def test_import_runs_in_a_worker_thread(window: Any, qtbot: Any, tmp_path: Path) -> None:
    threads: list[str] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return import_participants(*args, **kwargs)

    run_job(window, qtbot, write_csv(tmp_path / "list.csv", 250), spy)
    assert threads and threads[0] != threading.main_thread().name
    assert len(list_participants(window.platform_id)) == 253  # the GUI thread sees them
    assert window.participants.model.rowCount() == 253
    assert "250 added" in window.statusBar().currentMessage()


def test_bad_file_shows_the_services_message(
    window: Any, qtbot: Any, tmp_path: Path, warnings_shown: list[str]
) -> None:
    bad = tmp_path / "people.csv"
    bad.write_text("Organisation;Position\nPlant;Engineer\n", encoding="utf-8")
    run_job(window, qtbot, bad)
    assert len(warnings_shown) == 1
    assert "people.csv" in warnings_shown[0]
    assert len(list_participants()) == 3


def test_cancel_leaves_nothing_half_done(
    window: Any, qtbot: Any, tmp_path: Path, warnings_shown: list[str]
) -> None:
    calls = {"n": 0}

    def cancel_midway(sf: Any, path: Path, progress: Any, should_cancel: Any) -> Any:
        def counting_progress(done: int, total: int) -> None:
            calls["n"] += 1
            window.people.job.cancel()  # as if the user pressed Cancel now
            progress(done, total)

        return import_participants(sf, path, counting_progress, should_cancel)

    run_job(window, qtbot, write_csv(tmp_path / "big.csv", 3000), cancel_midway)
    assert calls["n"] >= 1
    assert len(list_participants()) == 3
    assert warnings_shown == []
    assert window.statusBar().currentMessage() == "Cancelled: nothing was changed."


def test_an_import_is_one_undo_step(window: Any, qtbot: Any, tmp_path: Path) -> None:
    before = len(list_participants())
    run_job(window, qtbot, write_csv(tmp_path / "people.csv", 30))
    assert len(list_participants()) == before + 30
    window.ops.undo_stack.undo()
    assert len(list_participants()) == before
    window.ops.undo_stack.redo()
    assert len(list_participants()) == before + 30
