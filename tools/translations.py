"""Update, compile and check the Russian translation (Qt .ts/.qm) of everything in facilitator/.

python tools/translations.py            # lupdate: add new strings, keep translations
python tools/translations.py --compile  # lrelease: .ts → .qm (what the app loads)
python tools/translations.py --check    # exit 1 listing unfinished, empty or missing
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "facilitator"
TS = SOURCES / "resources" / "translations" / "facilitator_ru.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def tool(name: str) -> str:
    """A Qt tool from the virtualenv that runs this script, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6")
    return found


def sources() -> list[str]:
    return sorted(str(path) for path in SOURCES.rglob("*.py"))


def lupdate(target: Path) -> None:
    """Merge every string of facilitator/ into `target`, dropping ones no longer used."""
    command = [
        tool("pyside6-lupdate"),
        *sources(),
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        "ru",
        "-ts",
        str(target),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)


def lrelease() -> Path:
    qm = TS.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )
    return qm


def problems(ts: Path) -> list[str]:
    """Entries not ready to ship: unfinished, empty, or with placeholders changed."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            kind = translation.get("type", "") if translation is not None else "missing"
            where = f"{name}: {source!r}"
            if kind in ("unfinished", "missing"):
                found.append(f"unfinished  {where}")
            elif not text.strip() and message.get("numerus") != "yes":
                found.append(f"empty       {where}")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                found.append(f"placeholder {where} → {text!r}")
    return found


def check() -> list[str]:
    """Run lupdate into a copy, so strings added to the code but not to the .ts count too."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / TS.name
        if TS.exists():
            shutil.copy(TS, copy)
        lupdate(copy)
        return problems(copy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--compile", action="store_true", help="make the .qm with lrelease")
    group.add_argument("--check", action="store_true", help="fail on untranslated entries")
    args = parser.parse_args(argv)
    if args.check:
        found = check()
        for line in found:
            print(line)
        print(f"{len(found)} entries need work" if found else "translation complete")
        return 1 if found else 0
    if args.compile:
        print(lrelease().relative_to(ROOT))
        return 0
    lupdate(TS)
    print(TS.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
