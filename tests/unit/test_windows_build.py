"""The Windows parts of the standalone app, checked on any platform: the icons, the version
resource, PyInstaller's Windows options and the Inno Setup script's file associations."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import facilitator
from facilitator import desktop
from facilitator.exchange.files import BUNDLE_SUFFIX, KIT_SUFFIX
from facilitator.launch import DOCUMENT_SUFFIXES
from facilitator.resources import resource_path
from facilitator.store.db import EXTENSION

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "tools" / "windows" / "facilitator.iss"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


@pytest.fixture(scope="module")
def build_app() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_app", ROOT / "tools" / "build_app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def made(build_app: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    pytest.importorskip("PIL", reason="Pillow comes with the app extra: pip install -e '.[app]'")
    pytest.importorskip("pyinstaller_versionfile", reason="comes with the app extra")
    result: dict[str, Path] = build_app.windows_files(tmp_path_factory.mktemp("windows"), "2.13.4")
    return result


def test_the_three_suffixes_are_the_ones_the_code_uses() -> None:
    assert DOCUMENT_SUFFIXES == (EXTENSION, KIT_SUFFIX, BUNDLE_SUFFIX)


@pytest.mark.parametrize("given, numbers", [
    ("0.1.0", (0, 1, 0, 0)), ("2.13.4.dev1", (2, 13, 4, 0)), ("3", (3, 0, 0, 0)),
    ("1.2.3.4.5", (1, 2, 3, 4)), ("1.0rc2", (1, 0, 0, 0)),
])  # fmt: skip
def test_a_version_becomes_four_windows_numbers(
    build_app: ModuleType, given: str, numbers: tuple[int, ...]
) -> None:
    assert build_app.version_numbers(given) == numbers


def test_a_version_without_numbers_stops_the_build(build_app: ModuleType) -> None:
    with pytest.raises(SystemExit, match="unknown"):
        build_app.version_numbers("unknown")


def test_the_version_resource_names_the_product_and_its_version(made: dict[str, Path]) -> None:
    text = made["version"].read_text(encoding="utf-8")
    ast.parse(text)  # PyInstaller evaluates the file as a Python expression
    assert "filevers=(2,13,4,0)" in text and "prodvers=(2,13,4,0)" in text
    strings = dict(re.findall(r"StringStruct\(u'(\w+)', u'([^']*)'\)", text))
    assert strings == {
        "CompanyName": "The Facilitator authors",
        "FileDescription": "Facilitator: strategic sessions offline",
        "FileVersion": "2.13.4.0",
        "InternalName": "facilitator",
        "LegalCopyright": "Copyright (c) 2026 The Facilitator authors. MIT License.",
        "OriginalFilename": "facilitator.exe",
        "ProductName": "Facilitator",
        "ProductVersion": "2.13.4.0",
    }


def test_the_build_takes_the_version_from_the_package(
    build_app: ModuleType, tmp_path: Path
) -> None:
    pytest.importorskip("PIL")
    pytest.importorskip("pyinstaller_versionfile")
    made = build_app.windows_files(tmp_path)
    assert f'#define AppVersion "{facilitator.version()}"' in made["defines"].read_text()
    assert facilitator.version() != "unknown"


def test_every_ico_holds_every_size_drawn_from_the_committed_pngs(
    made: dict[str, Path],
) -> None:
    from PIL import Image

    for icon in (desktop.APP_ICON, *desktop.DOCUMENT_ICONS):
        with Image.open(made[icon]) as ico:
            assert ico.format == "ICO"
            assert sorted(ico.ico.sizes()) == [(s, s) for s in desktop.ICON_SIZES]
            for size in (16, 48):
                frame = ico.ico.getimage((size, size)).convert("RGBA")
                png = resource_path("icons", f"{size}x{size}", f"{icon}.png")
                with Image.open(png) as committed:
                    assert frame.tobytes() == committed.convert("RGBA").tobytes(), (icon, size)


def test_windows_gets_the_icon_the_version_resource_and_a_hidden_console(
    build_app: ModuleType, made: dict[str, Path], tmp_path: Path
) -> None:
    args = build_app.pyinstaller_args(windows=True, windows_folder=tmp_path)
    icon = Path(args[args.index("--icon") + 1])
    assert icon == tmp_path / "icons" / "facilitator.ico" and icon.is_file()
    version_file = Path(args[args.index("--version-file") + 1])
    assert "ProductName', u'Facilitator'" in version_file.read_text(encoding="utf-8")
    assert args[args.index("--hide-console") + 1] == "hide-early"
    linux = build_app.pyinstaller_args(windows=False)
    assert not {"--icon", "--version-file", "--hide-console"} & set(linux)


def registry(section_text: str) -> list[dict[str, str]]:
    """The [Registry] entries of an Inno Setup script, each as its parameters."""
    entries = []
    for line in section_text.splitlines():
        if not line.startswith("Root:"):
            continue
        params = re.findall(r'(\w+): ("(?:[^"]|"")*"|[^;]+)', line)
        entries.append({key: unquoted(value.strip()) for key, value in params})
    return entries


def unquoted(value: str) -> str:
    """Inno Setup's quoting: "a ""b"" c" is a "b" c."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('""', '"')
    return value


def sections(text: str) -> dict[str, str]:
    parts = re.split(r"^\[(\w+)\]$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def mime_icons() -> dict[str, str]:
    """Suffix → its icon name, from the shared-mime-info XML the Linux desktop gets."""
    tree = ET.parse(resource_path("desktop", desktop.MIME_NAME))
    found = {}
    for mime_type in tree.getroot().iter(f"{MIME_NS}mime-type"):
        pattern = mime_type.find(f"{MIME_NS}glob").get("pattern")  # type: ignore[union-attr]
        found[pattern.removeprefix("*")] = mime_type.find(f"{MIME_NS}icon").get("name")  # type: ignore[union-attr]
    return found


def test_the_installer_associates_exactly_the_apps_suffixes(build_app: ModuleType) -> None:
    entries = registry(sections(ISS.read_text(encoding="utf-8"))["Registry"])
    classes = "Software\\Classes\\"
    suffixes = {
        e["Subkey"].removeprefix(classes): e["ValueData"]
        for e in entries
        if e["Subkey"].startswith(classes + ".") and e["ValueName"] == ""
    }
    assert set(suffixes) == set(DOCUMENT_SUFFIXES) == set(mime_icons())
    by_key = {(e["Subkey"], e["ValueName"]): e for e in entries}
    for suffix, progid in suffixes.items():
        assert by_key[(classes + suffix, "")]["Flags"] == "uninsdeletevalue"
        assert (classes + suffix + "\\OpenWithProgids", progid) in by_key
        assert by_key[(classes + progid, "")]["Flags"] == "uninsdeletekey", "removed on uninstall"
        icon = by_key[(classes + progid + "\\DefaultIcon", "")]["ValueData"]
        assert icon == "{app}\\icons\\" + build_app.ico_name(mime_icons()[suffix])
        command = by_key[(classes + progid + "\\shell\\open\\command", "")]["ValueData"]
        assert command == '"{app}\\{#AppExe}" "%1"'  # the path as the one argument
    assert all(e["Root"] == "HKA" for e in entries), "per user or per machine, as installed"


def test_the_installer_ships_the_built_app_and_the_generated_files(
    build_app: ModuleType, made: dict[str, Path]
) -> None:
    text = ISS.read_text(encoding="utf-8")
    included = re.search(r'^#include "(.+)"$', text, flags=re.MULTILINE)
    assert included is not None
    include = (ISS.parent / included.group(1).replace("\\", "/")).resolve()
    assert include == build_app.WINDOWS / "version.iss"
    defined = set(re.findall(r"#define (\w+)", made["defines"].read_text()))
    assert set(re.findall(r"\{#(\w+)\}", text)) <= defined
    files = sections(text)["Files"]
    assert 'Source: "..\\..\\dist\\facilitator\\*"' in files
    assert 'Source: "..\\..\\build\\windows\\icons\\*.ico"; DestDir: "{app}\\icons"' in files
    icons = {p.name for key, p in made.items() if key.startswith(("facilitator", "application"))}
    for used in re.findall(r"\{app\}\\icons\\([\w-]+\.ico)", text):
        assert used in icons
    assert "ChangesAssociations=yes" in text and "PrivilegesRequiredOverridesAllowed=dialog" in text


def test_pyinstaller_takes_the_windows_options_into_its_spec(
    build_app: ModuleType, made: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    makespec = pytest.importorskip("PyInstaller.utils.cliutils.makespec")
    args = build_app.pyinstaller_args(windows=True, windows_folder=tmp_path / "windows")
    build_only = {"--noconfirm": 0, "--clean": 0, "--distpath": 1, "--workpath": 1}
    kept: list[str] = []
    skip = 0
    for arg in args:
        if skip:
            skip -= 1
        elif arg in build_only:
            skip = build_only[arg]
        else:
            kept.append(arg)
    kept[kept.index("--specpath") + 1] = str(tmp_path)
    monkeypatch.setattr(sys, "argv", ["pyi-makespec", *kept])
    makespec.run()
    spec = (tmp_path / "facilitator.spec").read_text(encoding="utf-8")
    assert f"icon=[{str(tmp_path / 'windows' / 'icons' / 'facilitator.ico')!r}]" in spec
    assert f"version={str(tmp_path / 'windows' / 'version.txt')!r}" in spec
    assert "hide_console='hide-early'" in spec
