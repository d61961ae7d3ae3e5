"""The standalone app's one entry: the desktop app or the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from facilitator import launch


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo"],
        ["--debug"],
        ["session.fsession"],
        ["--debug", "/a/b/Forum.FSESSION"],
        ["platform-03.fkit"],
        ["/media/stick/platform-03-laptop.FBUNDLE"],
    ],
)
def test_the_app_starts_without_a_command(argv: list[str]) -> None:
    assert launch.wants_gui(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["--version"],
        ["demo", "x.fsession"],
        ["export", "x.fsession", "-o", "r.docx"],
        ["info", "x.fsession"],
        ["--lang", "ru", "x.fsession"],
        ["notes.txt"],
    ],
)
def test_commands_go_to_the_command_line(argv: list[str]) -> None:
    assert not launch.wants_gui(argv)


def test_a_command_runs_without_loading_qt(tmp_path) -> None:
    script = (
        "import sys\n"
        "from facilitator.launch import main\n"
        f"assert main(['demo', {str(tmp_path / 'd.fsession')!r}]) == 0\n"
        "assert 'PySide6' not in sys.modules, 'Qt was loaded for a command'\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Demo session written" in result.stdout
