"""Export the resolution and the platform protocols to Word (and PDF through LibreOffice)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import build_document, export_document
    from .build import build_resolution, compose_resolution, load_session_data
    from .docx_writer import write_docx
    from .pdf import find_soffice, to_pdf
    from .preview import preview_text
    from .protocol import compose_protocol
    from .resolution import Document, Item, Protocol, Resolution, Section, VoteSummary
    from .selection import GROUPS, ItemOverride, SelectionRules
    from .template import DEFAULT_TEMPLATE, load_template

# python-docx and lxml take a tenth of a second to import: the app loads them at the first
# export, not at start (the resolution editor only needs the light modules of this package).
_HOMES = {
    "api": ("build_document", "export_document"),
    "build": ("build_resolution", "compose_resolution", "load_session_data"),
    "docx_writer": ("write_docx",),
    "pdf": ("find_soffice", "to_pdf"),
    "preview": ("preview_text",),
    "protocol": ("compose_protocol",),
    "resolution": ("Document", "Item", "Protocol", "Resolution", "Section", "VoteSummary"),
    "selection": ("GROUPS", "ItemOverride", "SelectionRules"),
    "template": ("DEFAULT_TEMPLATE", "load_template"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    """Import the submodule that defines `name` on first use."""
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_TEMPLATE",
    "GROUPS",
    "Document",
    "Item",
    "ItemOverride",
    "Protocol",
    "Resolution",
    "Section",
    "SelectionRules",
    "VoteSummary",
    "build_document",
    "build_resolution",
    "compose_resolution",
    "compose_protocol",
    "export_document",
    "find_soffice",
    "load_session_data",
    "load_template",
    "preview_text",
    "to_pdf",
    "write_docx",
]
