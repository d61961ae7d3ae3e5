"""Desktop integration: the shipped .desktop file and MIME XML pass freedesktop's own tools,
and `facilitator install-desktop` puts them (and the icons) where the desktop looks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitator import desktop
from facilitator.cli import main
from facilitator.resources import resource_path

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
TYPES = {
    "application/x-facilitator-session": "*.fsession",
    "application/x-facilitator-kit": "*.fkit",
    "application/x-facilitator-bundle": "*.fbundle",
}
ROOT = Path(__file__).resolve().parents[2]


def need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed (Debian: see .ci/run's package list)")
    return found


def validate_desktop_file(path: Path) -> None:
    result = subprocess.run(
        [need("desktop-file-validate"), str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


def test_the_shipped_desktop_file_passes_desktop_file_validate() -> None:
    validate_desktop_file(resource_path("desktop", desktop.DESKTOP_NAME))


def test_the_mime_xml_declares_the_three_types_by_name_only() -> None:
    tree = ET.parse(resource_path("desktop", desktop.MIME_NAME))
    found = {}
    for mime_type in tree.getroot().iter(f"{MIME_NS}mime-type"):
        name = mime_type.get("type")
        assert mime_type.find(f"{MIME_NS}magic") is None, f"{name} must not be read for magic"
        assert mime_type.find(f"{MIME_NS}icon").get("name") == name.replace("/", "-")
        found[name] = mime_type.find(f"{MIME_NS}glob").get("pattern")
    assert found == TYPES


def test_update_mime_database_accepts_the_xml(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(resource_path("desktop", desktop.MIME_NAME), packages)
    subprocess.run([need("update-mime-database"), str(tmp_path / "mime")], check=True)
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    for name, pattern in TYPES.items():
        assert f"{name}:{pattern}" in globs
    assert "facilitator" not in (tmp_path / "mime" / "magic").read_text(errors="replace")


def test_every_icon_is_shipped_in_every_size() -> None:
    from PySide6.QtGui import QImage

    for place, source in desktop.icon_files().items():
        assert source.is_file(), source
        if source.suffix == ".png":
            size = int(place.parts[0].split("x")[0])
            image = QImage(str(source))
            assert (image.width(), image.height()) == (size, size), source


def test_the_committed_icons_match_their_drawing() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_desktop_user_installs_everything(
    share: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["install-desktop", "--user"]) == 0
    out = capsys.readouterr().out
    entry = share / "applications" / "facilitator.desktop"
    assert f"Installed: {entry}" in out
    validate_desktop_file(entry)
    assert (share / "mime" / "packages" / "facilitator-mime.xml").is_file()
    for size in desktop.ICON_SIZES:
        icons = share / "icons" / "hicolor" / f"{size}x{size}"
        assert (icons / "apps" / "facilitator.png").is_file()
        assert (icons / "mimetypes" / "application-x-facilitator-kit.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/facilitator.svg").is_file()
    if shutil.which("update-mime-database"):
        assert f"Ran: update-mime-database {share / 'mime'}" in out
        assert "application/x-facilitator-bundle:*.fbundle" in (share / "mime/globs2").read_text()


def test_install_desktop_says_which_tools_are_missing(
    share: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", "")
    assert main(["install-desktop", "--user"]) == 0
    out = capsys.readouterr().out
    assert "update-mime-database is not installed, so its cache was not refreshed" in out
    assert "gtk-update-icon-cache is not installed" in out


def test_uninstall_removes_what_install_put_there(
    share: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = share / "applications" / "other.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\n")
    assert main(["install-desktop", "--user"]) == 0
    assert main(["install-desktop", "--user", "--uninstall"]) == 0
    out = capsys.readouterr().out
    assert f"Removed: {share / 'applications' / 'facilitator.desktop'}" in out
    left = [p for p in share.rglob("*") if p.is_file() and "facilitator" in p.name]
    assert left == [] and mine.is_file()
    assert main(["install-desktop", "--user", "--uninstall"]) == 0
    assert f"Nothing to remove in {share}." in capsys.readouterr().out


def test_a_folder_that_cannot_be_written_is_refused_with_advice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(desktop, "SYSTEM_SHARE", blocker / "share")
    assert main(["install-desktop"]) == 1
    err = capsys.readouterr().err
    assert "cannot be changed" in err and "--user" in err


def test_the_system_install_goes_to_usr_local_share(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "/elsewhere")
    assert desktop.data_home(user=False) == Path("/usr/local/share")
    assert desktop.data_home(user=True) == Path("/elsewhere")
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop.data_home(user=True) == Path.home() / ".local" / "share"


def test_the_standalone_app_is_started_by_its_own_path(
    share: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/My Apps/Facilitator/facilitator")
    desktop.install(share)
    entry = share / "applications" / "facilitator.desktop"
    assert 'Exec="/opt/My Apps/Facilitator/facilitator" %f\n' in entry.read_text()
    validate_desktop_file(entry)


def test_a_pip_install_is_started_by_facilitator_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/bin/{name}")
    assert desktop.launcher() == "facilitator-gui"
    assert "Exec=facilitator-gui %f\n" in desktop.desktop_entry(desktop.launcher())


def test_the_desktop_sees_the_types_and_the_app_after_install(share: Path) -> None:
    """What a file manager asks: the type of a .fkit (through Qt's shared-mime-info reader,
    in a fresh process) and which app opens it (xdg-mime)."""
    desktop.install(share)
    need("update-mime-database")
    kit = share.parent / "laptop.fkit"
    kit.write_bytes(b"not read")
    probe = textwrap.dedent(
        f"""
        from PySide6.QtCore import QMimeDatabase
        found = QMimeDatabase().mimeTypeForFile({str(kit)!r})
        print(found.name(), found.iconName())
        """
    )
    env = {**os.environ, "XDG_DATA_HOME": str(share)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.split() == [
        "application/x-facilitator-kit",
        "application-x-facilitator-kit",
    ]
    query = need("xdg-mime")
    default = subprocess.run(
        [query, "query", "default", "application/x-facilitator-kit"],
        capture_output=True,
        text=True,
        env={**env, "XDG_CURRENT_DESKTOP": "", "DE": ""},
    )
    assert default.stdout.strip() == "facilitator.desktop"


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_install_desktop_elsewhere_than_linux_says_what_to_do_instead(
    share: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert main(["install-desktop", "--user"]) == 1
    err = capsys.readouterr().err
    assert "install-desktop is for Linux desktops" in err and "installer" in err
    assert not share.exists() or not any(share.rglob("*")), "nothing written"
