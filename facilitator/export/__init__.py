"""Export the resolution and the platform protocols to Word (and PDF through LibreOffice)."""

from __future__ import annotations

from .api import build_document, export_document
from .build import build_resolution, compose_resolution, load_session_data
from .docx_writer import write_docx
from .pdf import find_soffice, to_pdf
from .preview import preview_text
from .protocol import compose_protocol
from .resolution import Document, Item, Protocol, Resolution, Section, VoteSummary
from .selection import GROUPS, ItemOverride, SelectionRules
from .template import DEFAULT_TEMPLATE, load_template

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
    "compose_protocol",
    "compose_resolution",
    "export_document",
    "find_soffice",
    "load_session_data",
    "load_template",
    "preview_text",
    "to_pdf",
    "write_docx",
]
