"""Files shipped inside the package: the Word template and the translations.

They live here, beside the code, so that a wheel (and the frozen app) carries them;
`importlib.resources` finds them wherever the package is installed.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

_extracted = ExitStack()  # files unpacked from a zipped package live until the program ends
atexit.register(_extracted.close)


def resource_path(*parts: str) -> Path:
    """A shipped file as a path on disk (`resource_path("templates", "resolution.docx")`)."""
    found = files(__name__).joinpath(*parts)
    if isinstance(found, Path):
        return found
    return _extracted.enter_context(as_file(found))


def template_path() -> Path:
    return resource_path("templates", "resolution.docx")


def ts_path(language: str) -> Path:
    """The Qt source translation (.ts): the command line reads it directly."""
    return resource_path("translations", f"facilitator_{language}.ts")


def qm_path(language: str) -> Path:
    """The compiled translation (.qm) the app loads into a QTranslator."""
    return resource_path("translations", f"facilitator_{language}.qm")
