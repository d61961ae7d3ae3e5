"""PDF export on Windows and macOS, checked here: LibreOffice found where its installer puts it
(it is not on PATH there), and the conversion's processes ended without POSIX process groups."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from facilitator.export import pdf

WINDOWS_VARIABLES = ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")


@pytest.fixture
def nothing_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACILITATOR_SOFFICE", raising=False)
    monkeypatch.setattr(shutil, "which", lambda *args, **kwargs: None)


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Path]:
    """A fake machine: sys.platform is win32 and the Program Files folders live in tmp_path."""
    monkeypatch.setattr(sys, "platform", "win32")
    folders = {
        "ProgramFiles": tmp_path / "Program Files",
        "ProgramFiles(x86)": tmp_path / "Program Files (x86)",
    }
    for name in WINDOWS_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, folder in folders.items():
        monkeypatch.setenv(name, str(folder))
    return folders


def install_soffice(root: Path) -> Path:
    program = root / "LibreOffice" / "program" / "soffice.exe"
    program.parent.mkdir(parents=True)
    program.write_bytes(b"MZ")
    return program


def test_libreoffice_in_program_files_is_found(
    nothing_on_path: None, windows: dict[str, Path]
) -> None:
    assert pdf.find_soffice() is None
    x86 = install_soffice(windows["ProgramFiles(x86)"])
    assert pdf.find_soffice() == str(x86)
    native = install_soffice(windows["ProgramFiles"])
    assert pdf.find_soffice() == str(native), "the 64-bit LibreOffice first"


def test_program_w6432_names_the_64_bit_folder_to_a_32_bit_process(
    nothing_on_path: None, windows: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ProgramW6432", str(tmp_path / "Program Files 64"))
    native = install_soffice(tmp_path / "Program Files 64")
    assert pdf.find_soffice() == str(native)


def test_without_the_variables_the_standard_folders_are_looked_in(
    nothing_on_path: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    for name in WINDOWS_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    assert pdf.installed_places() == [
        Path("C:\\Program Files", "LibreOffice", "program", "soffice.exe"),
        Path("C:\\Program Files (x86)", "LibreOffice", "program", "soffice.exe"),
    ]


def test_on_linux_only_path_counts(
    nothing_on_path: None, windows: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    install_soffice(windows["ProgramFiles"])
    monkeypatch.setattr(sys, "platform", "linux")
    assert pdf.installed_places() == []
    assert pdf.find_soffice() is None


def test_macos_looks_in_applications(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert pdf.installed_places() == [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]


def test_path_wins_over_program_files(
    windows: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACILITATOR_SOFFICE", raising=False)
    install_soffice(windows["ProgramFiles"])
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: f"D:\\LO\\{name}.exe")
    assert pdf.find_soffice() == "D:\\LO\\soffice.exe"


class FakeProcess:
    pid = 4242

    def __init__(self) -> None:
        self.calls: list[str] = []

    def poll(self) -> int | None:
        return None

    def kill(self) -> None:
        self.calls.append("kill")

    def wait(self) -> int:
        self.calls.append("wait")
        return 1


def test_on_windows_the_conversion_runs_in_its_own_group_and_its_tree_is_ended(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    ran: list[list[str]] = []

    def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        ran.append(command)
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(subprocess, "run", run)
    monkeypatch.setattr(pdf.os, "killpg", None, raising=False)  # not there on Windows
    assert set(pdf._own_group()) == {"creationflags"}
    process = FakeProcess()
    pdf.end_group(process)  # type: ignore[arg-type]
    assert ran == [["taskkill", "/F", "/T", "/PID", "4242"]]
    assert process.calls == ["kill", "wait"]


def test_on_posix_the_conversion_gets_a_session_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert pdf._own_group() == {"start_new_session": True}
