"""Build the standalone app with PyInstaller: `dist/facilitator/`, one folder, no Python needed.

python tools/build_app.py           # build, then report the time and the folder's size
python tools/build_app.py --check   # build, then run the built app in a clean environment

The executable `dist/facilitator/facilitator` starts the desktop app with no arguments (or a
session file) and runs every command otherwise (`facilitator demo …`, `export …`).
The same command builds on Windows (`dist\\facilitator\\facilitator.exe`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
ENTRY = ROOT / "packaging" / "facilitator_app.py"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "facilitator"
# Not used by the app; PyInstaller would otherwise pull some of them in through optional imports.
EXCLUDED = ("tkinter", "matplotlib", "IPython", "pytest", "hypothesis", "docx2python", "mypy")


def pyinstaller_args() -> list[str]:
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
    args = parser.parse_args(argv)
    if shutil.which("env") is None and args.check:
        sys.exit("--check needs `env` (Linux, macOS)")
    folder = build()
    if args.check:
        check(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
