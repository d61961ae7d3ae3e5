"""Check a Word file as Word would: the OOXML schema, and each part's type and relationships.

`openxml-audit` (a port of the Open XML SDK validator) checks every part against the schema,
relationship targets and r:id references, and the document properties. It does not check that
a part's content type fits the relationship that points at it, so that is checked here.
"""

from __future__ import annotations

import posixpath
import zipfile
from functools import cache
from pathlib import Path

from lxml import etree
from openxml_audit import OpenXmlValidator

OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OFFICE = "application/vnd.openxmlformats-officedocument."
WML = OFFICE + "wordprocessingml."
CONTENT_TYPES = {  # relationship type → the content type its target must have
    OD + "officeDocument": WML + "document.main+xml",
    OD + "styles": WML + "styles+xml",
    OD + "numbering": WML + "numbering+xml",
    OD + "settings": WML + "settings+xml",
    OD + "webSettings": WML + "webSettings+xml",
    OD + "fontTable": WML + "fontTable+xml",
    OD + "header": WML + "header+xml",
    OD + "footer": WML + "footer+xml",
    OD + "theme": OFFICE + "theme+xml",
    OD + "chart": OFFICE + "drawingml.chart+xml",
    OD + "extended-properties": OFFICE + "extended-properties+xml",
    OD + "customXmlProps": OFFICE + "customXmlProperties+xml",
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties": (
        "application/vnd.openxmlformats-package.core-properties+xml"
    ),
}
KNOWN_TYPES = frozenset(CONTENT_TYPES.values())
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
DEFAULT, OVERRIDE = CT + "Default", CT + "Override"


@cache
def validator() -> OpenXmlValidator:
    return OpenXmlValidator(max_errors=50)


def problems(path: Path) -> list[str]:
    """Every schema error or warning, and every part of the wrong type; [] for a sound file."""
    found = [str(error) for error in validator().validate(path).errors]
    return found + wrong_types(path)


def wrong_types(path: Path) -> list[str]:
    """Each relationship whose target's content type does not fit the relationship's type."""
    with zipfile.ZipFile(path) as z:
        types = etree.fromstring(z.read("[Content_Types].xml"))
        defaults = {d.get("Extension").lower(): d.get("ContentType") for d in types.iter(DEFAULT)}
        overrides = {o.get("PartName"): o.get("ContentType") for o in types.iter(OVERRIDE)}
        wrong = []
        for rels_name in (n for n in z.namelist() if n.endswith(".rels")):
            source = posixpath.dirname(posixpath.dirname(rels_name))
            for rel in etree.fromstring(z.read(rels_name)):
                if rel.get("TargetMode") == "External":
                    continue
                target = "/" + posixpath.normpath(posixpath.join(source, rel.get("Target")))
                actual = overrides.get(target, defaults.get(target.rsplit(".", 1)[-1].lower()))
                expected = CONTENT_TYPES.get(rel.get("Type"))
                if expected is None and actual not in KNOWN_TYPES:
                    continue
                if actual != expected:
                    wrong.append(
                        f"{rels_name}: {rel.get('Id')} ({rel.get('Type')}) → {target} is {actual}"
                    )
        return wrong
