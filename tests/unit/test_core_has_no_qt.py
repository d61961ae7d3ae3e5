"""The core (everything outside facilitator.gui) must run without Qt."""

import pkgutil
import subprocess
import sys

import facilitator


def core_modules() -> list[str]:
    names = [
        m.name
        for m in pkgutil.walk_packages(facilitator.__path__, "facilitator.")
        if not m.name.startswith("facilitator.gui")
    ]
    return [n for n in names if not n.endswith("__main__")]


def test_core_modules_import_without_qt():
    modules = core_modules()
    assert "facilitator.store.db" in modules and "facilitator.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
