"""Resolution GUI fixtures: a copy of the filled demo per test, and Operations on it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator.demo import write_demo
from facilitator.gui.operations import Operations
from facilitator.store.db import SessionFile, open_session_file


@pytest.fixture(scope="session")
def demo_original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The filled demo, written once (about a second) and copied for each test."""
    path = tmp_path_factory.mktemp("demo") / "demo.fsession"
    write_demo(path, filled=True)
    return path


@pytest.fixture
def demo(demo_original: Path, tmp_path: Path) -> Iterator[SessionFile]:
    path = tmp_path / "Промышленный рывок.fsession"
    shutil.copy(demo_original, path)
    sf = open_session_file(path)
    yield sf
    sf.close()


@pytest.fixture
def demo_ops(demo: SessionFile) -> Operations:
    return Operations(demo)


@pytest.fixture
def messages_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every QMessageBox.warning/critical text, instead of a modal box."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def fake(_parent: Any, _title: str, text: str, *args: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(fake))
    return shown
