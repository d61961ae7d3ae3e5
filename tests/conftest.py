"""Test configuration: headless Qt, English, GUI tests marked, a fresh session file per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.ooxml import problems

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["FACILITATOR_LANG"] = "en"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in item.path.as_posix():
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def log_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Log files go to a temporary folder, never to the user's."""
    folder = tmp_path_factory.mktemp("logs")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACILITATOR_LOG_DIR", str(folder))
        yield folder


WRITTEN: list[Path] = []  # every Word file the export wrote in this run, in order


def pytest_configure(config: pytest.Config) -> None:
    """Note each .docx the export writes, so that every one of them is checked (below)."""
    from facilitator.export import docx_writer

    original = docx_writer.save

    def save(document: object, out: Path) -> Path:
        written = original(document, out)
        WRITTEN.append(Path(written))
        return written

    docx_writer.save = save  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def word_files_are_valid() -> Iterator[None]:
    """Every Word file written during a test (or by a session fixture before it) is
    schema-valid, with parts of the right types: a file Word would "repair" fails the test."""
    yield
    while WRITTEN:
        path = WRITTEN.pop(0)
        if path.exists():  # a test may have removed it
            found = problems(path)
            assert not found, f"{path} is not a valid Word file:\n" + "\n".join(found[:20])


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    return tmp_path / "session.fsession"


@pytest.fixture
def sf(session_path: Path) -> Iterator[object]:
    """An open, empty session file with two platforms."""
    from facilitator.services import platforms
    from facilitator.store.db import create_session_file

    handle = create_session_file(session_path, "Test session", forum="Test forum")
    platforms.add_platform(handle, "First platform", moderators="Ivanova A.")
    platforms.add_platform(handle, "Second platform")
    yield handle
    handle.close()
