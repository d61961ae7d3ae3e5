"""The log file: what the command line writes there, where it lives, and --debug."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from facilitator import logs
from facilitator.cli import main


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACILITATOR_LOG_DIR", str(tmp_path / "logs"))
    return tmp_path / "logs"


def run(*args: object) -> int:
    return main([str(a) for a in args])


def test_commands_log_sessions_exports_and_refusals(folder: Path, tmp_path: Path) -> None:
    session = tmp_path / "demo.fsession"
    assert run("demo", session, "--filled") == 0
    assert run("export", session, "-o", tmp_path / "r.docx") == 0
    assert run("export", session, "--platform", "1", "-o", tmp_path / "p.docx") == 0
    assert run("export", session, "--platform", "99", "-o", tmp_path / "x.docx") == 1
    text = (folder / "facilitator-cli.log").read_text(encoding="utf-8")
    assert f"session created: {session}" in text
    assert f"session opened for reading: {session}" in text  # export only reads
    assert f"exported the resolution: {tmp_path / 'r.docx'}" in text
    assert f"exported platform 1's protocol: {tmp_path / 'p.docx'}" in text
    assert "WARNING" in text and "refused: " in text and "99" in text
    assert " INFO " in text and " DEBUG " not in text


def test_imports_and_merges_are_logged(folder: Path, tmp_path: Path) -> None:
    session = tmp_path / "s.fsession"
    people = tmp_path / "people.csv"
    people.write_text("ФИО;Организация\nПетров П.;Завод\n", encoding="utf-8")
    assert run("new", session, "--title", "S") == 0
    assert run("participants", "import", session, people) == 0
    text = (folder / "facilitator-cli.log").read_text(encoding="utf-8")
    assert "participants imported from people.csv: 1 added, 0 skipped" in text


def test_debug_lowers_the_level(folder: Path, tmp_path: Path) -> None:
    assert run("--debug", "demo", tmp_path / "d.fsession") == 0
    assert logging.getLogger(logs.LOGGER).level == logging.DEBUG
    assert run("demo", tmp_path / "e.fsession") == 0
    assert logging.getLogger(logs.LOGGER).level == logging.INFO


def test_the_file_rotates(folder: Path) -> None:
    path = logs.start_logging("cli")
    try:
        assert path == folder / "facilitator-cli.log"
        for _ in range(1 + logs.MAX_BYTES // 1000):
            logging.getLogger("facilitator.test").info("x" * 1000)
    finally:
        logs.stop_logging()
    assert (folder / "facilitator-cli.log.1").is_file()
    assert path.stat().st_size < logs.MAX_BYTES


def test_an_unwritable_log_folder_does_not_stop_a_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv("FACILITATOR_LOG_DIR", str(blocker / "logs"))
    assert run("demo", tmp_path / "d.fsession") == 0
    assert "no log file" in capsys.readouterr().err


def test_the_standard_folder_is_the_platforms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACILITATOR_LOG_DIR")
    folder = logs.log_folder()
    assert "Facilitator" in folder.parts
    assert folder.parts.count("Facilitator") == 1
    assert folder.is_relative_to(Path.home())
