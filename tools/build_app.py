"""Build the standalone app with PyInstaller: `dist/facilitator/`, one folder, no Python needed.

python tools/build_app.py           # build, then report the time and the folder's size
python tools/build_app.py --check   # build, then run the built app in a clean environment

The executable `dist/facilitator/facilitator` starts the desktop app with no arguments (or a
session file) and runs every command otherwise (`facilitator demo …`, `export …`).
The same command builds on Windows (`dist\\facilitator\\facilitator.exe`), with the icon and a
version resource; `iscc tools\\windows\\facilitator.iss` then makes the installer (docs/windows.md).

python tools/build_app.py --windows-files  # only write build/windows/ (icons, version resource)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # facilitator from this checkout, as PyInstaller gets it (--paths)

from facilitator import version  # noqa: E402
from facilitator.desktop import APP_ICON, DOCUMENT_ICONS, ICON_SIZES  # noqa: E402

ENTRY = ROOT / "packaging" / "facilitator_app.py"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "facilitator"
# Not used by the app; PyInstaller would otherwise pull some of them in through optional imports
# (openpyxl tries Pillow for pictures in a sheet). Pillow, PyYAML and Jinja2 come with the app
# extra, for the Windows icons and version resource: build tools, not part of the app (16 MB).
EXCLUDED = (
    "tkinter", "matplotlib", "IPython", "pytest", "hypothesis", "docx2python", "mypy",
    "PIL", "yaml", "jinja2", "pyinstaller_versionfile",
)  # fmt: skip

# Windows: the .ico files, the version resource and the installer's defines are generated here
# at build time from the committed PNG icons and the package's version (one source for each).
WINDOWS = ROOT / "build" / "windows"
ICONS = ROOT / "facilitator" / "resources" / "icons"
PRODUCT = "Facilitator"
COMPANY = "The Facilitator authors"  # as in LICENSE
DESCRIPTION = "Facilitator: strategic sessions offline"
COPYRIGHT = "Copyright (c) 2026 The Facilitator authors. MIT License."


def ico_name(icon: str) -> str:
    """facilitator → facilitator.ico; application-x-facilitator-kit → facilitator-kit.ico."""
    return icon.replace("application-x-", "") + ".ico"


def write_ico(icon: str, target: Path) -> Path:
    """One .ico holding every committed PNG size (16 to 256 px) of the named icon."""
    from PIL import Image

    images = []
    for size in ICON_SIZES:  # each size as drawn for it, not scaled down from the largest
        with Image.open(ICONS / f"{size}x{size}" / f"{icon}.png") as png:
            images.append(png.convert("RGBA"))
    images[-1].save(
        target, format="ICO", sizes=[(size, size) for size in ICON_SIZES],
        append_images=images[:-1],
    )  # fmt: skip
    return target


def version_numbers(text: str) -> tuple[int, int, int, int]:
    """0.1.0 → (0, 1, 0, 0): a Windows version is four numbers; a suffix (.dev1, rc2) is dropped."""
    leading = re.match(r"\d+(\.\d+)*", text)
    if leading is None:
        sys.exit(f"the package's version '{text}' has no numbers (is facilitator installed?)")
    numbers = [int(part) for part in leading.group().split(".")][:4]
    first, second, third, fourth = numbers + [0] * (4 - len(numbers))
    return first, second, third, fourth


def write_version_file(target: Path, text: str) -> Path:
    """The Windows version resource (Properties → Details) for PyInstaller's --version-file."""
    import pyinstaller_versionfile

    pyinstaller_versionfile.create_versionfile(
        output_file=str(target),
        version=".".join(map(str, version_numbers(text))),
        company_name=COMPANY,
        file_description=DESCRIPTION,
        internal_name=NAME,
        legal_copyright=COPYRIGHT,
        original_filename=f"{NAME}.exe",
        product_name=PRODUCT,
    )
    return target


def write_installer_defines(target: Path, text: str) -> Path:
    """The version and names for tools/windows/facilitator.iss, which #includes this file."""
    lines = [
        f'#define AppVersion "{text}"',
        f'#define AppVersionNumbers "{".".join(map(str, version_numbers(text)))}"',
        f'#define AppName "{PRODUCT}"',
        f'#define AppPublisher "{COMPANY}"',
        f'#define AppExe "{NAME}.exe"',
    ]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def windows_files(folder: Path = WINDOWS, text: str | None = None) -> dict[str, Path]:
    """Write the Windows-only build inputs into `folder`: the app's and each document's .ico,
    the version resource and the installer's defines. Runs anywhere (the tests run it on Linux)."""
    text = version() if text is None else text
    (folder / "icons").mkdir(parents=True, exist_ok=True)
    made = {
        icon: write_ico(icon, folder / "icons" / ico_name(icon))
        for icon in (APP_ICON, *DOCUMENT_ICONS)
    }
    made["version"] = write_version_file(folder / "version.txt", text)
    made["defines"] = write_installer_defines(folder / "version.iss", text)
    return made


def windows_args(made: dict[str, Path]) -> list[str]:
    """PyInstaller's Windows options: the icon, the version resource, and the console window
    hidden when the exe was double-clicked (a command typed in a console keeps its console)."""
    return [
        "--icon", str(made[APP_ICON]), "--version-file", str(made["version"]),
        "--hide-console", "hide-early",
    ]  # fmt: skip


def pyinstaller_args(windows: bool = os.name == "nt", windows_folder: Path = WINDOWS) -> list[str]:
    args = [str(ENTRY), "--name", NAME, "--onedir", "--noconfirm", "--clean"]
    args += ["--distpath", str(DIST), "--workpath", str(WORK), "--specpath", str(WORK)]
    args += ["--paths", str(ROOT)]  # the package from this checkout (an editable install hides it)
    # The CLI's command modules are imported by name; the template and translations are data;
    # the version comes from the package metadata; python-docx reads its own default parts.
    args += ["--collect-submodules", "facilitator", "--collect-data", "facilitator"]
    args += ["--copy-metadata", "facilitator", "--collect-data", "docx"]
    # Qt's own Russian (message box buttons, file dialogs), where the app looks for it
    qt_ru = Path(PySide6.__file__).parent / "Qt" / "translations" / "qtbase_ru.qm"
    args += ["--add-data", f"{qt_ru}{os.pathsep}PySide6/Qt/translations"]
    for module in EXCLUDED:
        args += ["--exclude-module", module]
    if windows:
        args += windows_args(windows_files(windows_folder))
    return args


def build() -> Path:
    import PyInstaller.__main__

    started = time.monotonic()
    PyInstaller.__main__.run(pyinstaller_args())
    folder = DIST / NAME
    size = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"built {folder} in {time.monotonic() - started:.0f} s, {size / 2**20:.0f} MB")
    return folder


def executable(folder: Path) -> Path:
    return folder / (NAME + (".exe" if os.name == "nt" else ""))


def check(folder: Path) -> None:
    """Run the built app with an empty environment: no venv, no Python on PATH."""
    with tempfile.TemporaryDirectory() as home:
        env = {"HOME": home, "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "LANG": "C"}
        app = str(executable(folder))
        session = str(Path(home) / "demo.fsession")
        steps = [
            [app, "--version"],
            [app, "demo", session, "--filled"],
            [app, "export", session, "-o", str(Path(home) / "resolution.docx")],
            [app, "export", session, "--platform", "1", "-o", str(Path(home) / "protocol.docx")],
            [app, "--demo", "--smoke"],
        ]
        for step in steps:
            result = subprocess.run(
                ["env", "-i", *(f"{k}={v}" for k, v in env.items()), *step],
                cwd=home, capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            print(f"$ {' '.join(step[1:]) or '(no arguments)'}\n{result.stdout.strip()}")
            if result.returncode != 0:
                sys.exit(f"the built app failed ({result.returncode}):\n{result.stderr}")
        in_russian = {**env, "FACILITATOR_LANG": "ru"}
        app_ru = subprocess.run(
            ["env", "-i", *(f"{k}={v}" for k, v in in_russian.items()), app, "--demo", "--smoke"],
            cwd=home, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        if app_ru.returncode != 0 or "menu: &Файл" not in app_ru.stdout:
            sys.exit(f"the built app is not in Russian: {app_ru.stdout} {app_ru.stderr}")
        if "qt: Отмена" not in app_ru.stdout:  # Qt's own qtbase_ru, for its dialogs
            sys.exit(f"the built app's Qt dialogs are not in Russian: {app_ru.stdout}")
        print(app_ru.stdout.strip())
        russian = subprocess.run(
            ["env", "-i", *(f"{k}={v}" for k, v in env.items()), app, "--lang", "ru", "info",
             "missing.fsession"],
            cwd=home, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        if russian.returncode != 1 or "Ошибка" not in russian.stderr:
            sys.exit(f"no Russian message from the built app: {russian.stderr}")
        print(russian.stderr.strip())
        for name in ("resolution.docx", "protocol.docx"):
            if (Path(home) / name).stat().st_size < 10_000:
                sys.exit(f"{name} is too small")
    print("the built app works")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="run the built app afterwards")
    parser.add_argument(
        "--windows-files", action="store_true",
        help=f"only write the Windows icons, version resource and installer defines to {WINDOWS}",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.windows_files:
        for path in windows_files().values():
            print(path)
        return 0
    if shutil.which("env") is None and args.check:
        sys.exit("--check needs `env` (Linux, macOS)")
    folder = build()
    if args.check:
        check(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
