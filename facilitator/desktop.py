"""Desktop integration on Linux (freedesktop): the menu entry, the file types and the icons.

`facilitator install-desktop [--user] [--uninstall]` copies the shipped .desktop file, the
shared-mime-info XML and the icons into the XDG data folder, then asks the desktop's tools to
refresh their caches. Nothing here needs Qt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.messages import QT_TRANSLATE_NOOP, fail, os_reason
from facilitator.resources import resource_path

DESKTOP_NAME = "facilitator.desktop"
MIME_NAME = "facilitator-mime.xml"
APP_ICON = "facilitator"
DOCUMENT_ICONS = tuple(f"application-x-facilitator-{kind}" for kind in ("session", "kit", "bundle"))
ICON_SIZES = (16, 32, 48, 64, 128, 256)
EXEC_LINE = "Exec=facilitator-gui %f"
GUI_SCRIPT = "facilitator-gui"
SYSTEM_SHARE = Path("/usr/local/share")


@dataclass
class Outcome:
    """What install or uninstall did: files written or removed, tools run and tools missing."""

    files: list[Path] = field(default_factory=list)
    ran: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def data_home(user: bool) -> Path:
    """~/.local/share (or $XDG_DATA_HOME) for one user; /usr/local/share for everyone."""
    if not user:
        return SYSTEM_SHARE
    configured = os.environ.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def launcher() -> str:
    """How the menu starts the app: the standalone app's own executable; for a pip install
    `facilitator-gui` when it is on PATH, else the script beside this Python (a virtualenv)."""
    if getattr(sys, "frozen", False):
        return sys.executable
    if shutil.which(GUI_SCRIPT):
        return GUI_SCRIPT
    beside = Path(sys.executable).parent / GUI_SCRIPT
    return str(beside) if beside.is_file() else GUI_SCRIPT


def exec_argument(program: str) -> str:
    """One Exec argument quoted by the Desktop Entry rules (a path with spaces and the like)."""
    if not any(ch in program for ch in " \t\n\"'\\><~|&;$*?#()`"):
        return program
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in program)
    return '"' + escaped + '"'


def desktop_entry(program: str) -> str:
    """The shipped .desktop file with its Exec line starting `program`."""
    text = resource_path("desktop", DESKTOP_NAME).read_text(encoding="utf-8")
    line = f"Exec={exec_argument(program)} %f".replace("\\", "\\\\")
    return text.replace(EXEC_LINE, line)


def icon_files() -> dict[Path, Path]:
    """Where each shipped icon goes under share/icons/hicolor → the shipped file."""
    placed: dict[Path, Path] = {}
    for name in (APP_ICON, *DOCUMENT_ICONS):
        context = "apps" if name == APP_ICON else "mimetypes"
        for size in ICON_SIZES:
            folder = f"{size}x{size}"
            placed[Path(folder, context, f"{name}.png")] = resource_path(
                "icons", folder, f"{name}.png"
            )
        placed[Path("scalable", context, f"{name}.svg")] = resource_path(
            "icons", "scalable", f"{name}.svg"
        )
    return placed


def planned(share: Path, program: str) -> dict[Path, bytes]:
    """Every file to install under `share` and its content."""
    files = {
        share / "applications" / DESKTOP_NAME: desktop_entry(program).encode("utf-8"),
        share / "mime" / "packages" / MIME_NAME: resource_path("desktop", MIME_NAME).read_bytes(),
    }
    hicolor = share / "icons" / "hicolor"
    for place, source in icon_files().items():
        files[hicolor / place] = source.read_bytes()
    return files


def refuse_outside_freedesktop() -> None:
    """The XDG folders and tools are a Linux (freedesktop) thing: elsewhere say what does it."""
    if sys.platform in ("win32", "cygwin", "darwin"):
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages",
                "install-desktop is for Linux desktops. On Windows the installer "
                "(facilitator-VERSION-setup.exe) adds the Start menu entry and opens .fsession, "
                ".fkit and .fbundle files by double-click; on macOS there is nothing to install.",
            )
        )


def install(share: Path, program: str | None = None) -> Outcome:
    outcome = Outcome()
    for path, content in planned(share, program or launcher()).items():
        _write(path, content)
        outcome.files.append(path)
    refresh(share, outcome)
    return outcome


def uninstall(share: Path) -> Outcome:
    outcome = Outcome()
    for path in planned(share, GUI_SCRIPT):
        if path.is_file():
            try:
                path.unlink()
            except OSError as error:
                raise _refused(path, error) from error
            outcome.files.append(path)
    if outcome.files:
        refresh(share, outcome)
    return outcome


def refresh(share: Path, outcome: Outcome) -> None:
    """Rebuild the MIME database, the desktop file cache and the icon cache, when present."""
    commands = (
        ("update-mime-database", [str(share / "mime")]),
        ("update-desktop-database", ["-q", str(share / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(share / "icons" / "hicolor")]),
    )
    for tool, arguments in commands:
        found = shutil.which(tool)
        if found is None:
            outcome.missing.append(tool)
            continue
        subprocess.run([found, *arguments], check=False, capture_output=True)
        outcome.ran.append(" ".join([tool, *arguments]))


def _write(path: Path, content: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    except OSError as error:
        raise _refused(path, error) from error


def _refused(path: Path, error: OSError) -> Exception:
    return fail(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{path} cannot be changed ({reason}). Install for yourself only with --user, "
            "or run the command as an administrator.",
        ),
        path=str(path),
        reason=os_reason(error),
    )
