"""The Word template: load it and check that it defines every style the writer uses."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree

from facilitator.messages import QT_TRANSLATE_NOOP, Message
from facilitator.resources import template_path

from .errors import export_error
from .styles import REQUIRED

DEFAULT_TEMPLATE = template_path()


@dataclass(slots=True)
class Template:
    """A loaded template: the document to fill and the ids of the styles by name."""

    path: Path
    document: Any  # docx.document.Document
    style_ids: dict[str, str]

    def id(self, name: str) -> str:
        return self.style_ids[name]


def load_template(path: Path | None = None) -> Template:
    """Open the template (the default one when None) and check its styles."""
    path = Path(path) if path is not None else DEFAULT_TEMPLATE
    if not path.is_file():
        raise export_error(
            QT_TRANSLATE_NOOP("Export", "The template {path} does not exist."), path=str(path)
        )
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError):
        raise export_error(
            QT_TRANSLATE_NOOP("Export", "The template {path} is not a Word document (.docx)."),
            path=str(path),
        ) from None
    return Template(path, document, check_styles(path, document))


def styles_by_name(document: Any) -> dict[str, tuple[str, str]]:
    """Every style of the document: its name → (style id, type)."""
    found: dict[str, tuple[str, str]] = {}
    for style in document.styles.element.iter(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None:
            found[name.get(qn("w:val"))] = (style.get(qn("w:styleId")), style.get(qn("w:type")))
    return found


MISSING = {  # one text per kind, so that each is translated whole
    "paragraph": QT_TRANSLATE_NOOP("Export", "— “{style}”: add a paragraph style of this name"),
    "character": QT_TRANSLATE_NOOP("Export", "— “{style}”: add a character style of this name"),
    "table": QT_TRANSLATE_NOOP("Export", "— “{style}”: add a table style of this name"),
}
WRONG_KIND = {
    "paragraph": QT_TRANSLATE_NOOP("Export", "— “{style}”: it should be a paragraph style"),
    "character": QT_TRANSLATE_NOOP("Export", "— “{style}”: it should be a character style"),
    "table": QT_TRANSLATE_NOOP("Export", "— “{style}”: it should be a table style"),
}


def check_styles(path: Path, document: Any) -> dict[str, str]:
    """The ids of the required styles; a clear error listing every one missing or of the
    wrong kind, so that the template is mended in one go."""
    found = styles_by_name(document)
    ids: dict[str, str] = {}
    problems: list[Message] = []
    for name, kind in REQUIRED.items():
        style_id, found_kind = found.get(name, ("", ""))
        if not style_id:
            problems.append(Message(MISSING[kind], {"style": name}, context="Export"))
        elif found_kind != kind:
            problems.append(Message(WRONG_KIND[kind], {"style": name}, context="Export"))
        else:
            ids[name] = style_id
    if problems:
        raise export_error(
            QT_TRANSLATE_NOOP(
                "Export",
                "The template {path} lacks styles the export needs:\n{styles}\nMend it in "
                "Word, or export with the default template.",
            ),
            path=str(path), styles=problems,
        )  # fmt: skip
    return ids
