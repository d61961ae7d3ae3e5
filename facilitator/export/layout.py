"""Document-wide parts: «1.», «1.1.» numbering, portrait/landscape sections, properties."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import qn

from .markup import NS, TWIPS_PER_MM, twips
from .resolution import Properties

INDENT_TWIPS = twips(12.5)  # the paragraph indent of 1.25 cm
LEVELS = ("%1.", "%1.%2.", "%1.%2.%3.")


def _level(ilvl: int, text: str) -> str:
    # Level 0 numbers the centred section headings, so it has no indent of its own.
    first_line = 0 if ilvl == 0 else INDENT_TWIPS
    # The schema's order in w:lvl: start, numFmt, lvlRestart, pStyle, isLgl, suff, lvlText,
    # lvlPicBulletId, legacy, lvlJc, pPr, rPr (Word "repairs" a file with suff elsewhere).
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="{first_line}"/></w:pPr></w:lvl>'
    )


def add_numbering(document: Any) -> int:
    """Add the multilevel «1.», «1.1.», «1.1.1.» list; returns the numId paragraphs refer to.

    Real Word numbering (not typed numbers), so a secretary who inserts an item afterwards
    gets the following ones renumbered; level 2 restarts after each level-1 heading.
    """
    numbering = document.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.iter(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.iter(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids, default=0) + 1, max(num_ids, default=0) + 1
    levels = "".join(_level(i, text) for i, text in enumerate(LEVELS))
    abstract = parse_xml(
        f'<w:abstractNum {NS} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    # The schema's order: numPicBullet*, abstractNum*, num*, numIdMacAtCleanup?
    _insert_after_last(numbering, "w:abstractNum", abstract, ("w:num", "w:numIdMacAtCleanup"))
    num = parse_xml(
        f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    )
    _insert_after_last(numbering, "w:num", num, ("w:numIdMacAtCleanup",))
    return num_id


def _insert_after_last(parent: Any, tag: str, element: Any, before: tuple[str, ...]) -> None:
    same = parent.findall(qn(tag))
    if same:
        same[-1].addnext(element)
        return
    for later in before:
        found = parent.find(qn(later))
        if found is not None:
            found.addprevious(element)
            return
    parent.append(element)


def final_sectpr(document: Any) -> Any:
    body = document.element.body
    sectpr = body.find(qn("w:sectPr"))
    if sectpr is None:
        sectpr = parse_xml(f"<w:sectPr {NS}/>")
        body.append(sectpr)
    return sectpr


def following_sectpr(template_sectpr: Any, landscape: bool) -> Any:
    """The properties of a section after the first: no title page, headers inherited."""
    sectpr = copy.deepcopy(template_sectpr)
    for child in list(sectpr):
        if child.tag in (qn("w:titlePg"), qn("w:headerReference"), qn("w:footerReference")):
            sectpr.remove(child)
    set_orientation(sectpr, landscape)
    return sectpr


def set_orientation(sectpr: Any, landscape: bool) -> None:
    size = sectpr.find(qn("w:pgSz"))
    if size is None:
        return
    width, height = int(size.get(qn("w:w"))), int(size.get(qn("w:h")))
    short, long = sorted((width, height))
    size.set(qn("w:w"), str(long if landscape else short))
    size.set(qn("w:h"), str(short if landscape else long))
    if landscape:
        size.set(qn("w:orient"), "landscape")
    else:
        size.attrib.pop(qn("w:orient"), None)


def style_indent(document: Any, style_id: str) -> int:
    """A paragraph style's left indent in twips (0 when it has none)."""
    for style in document.styles.element.iter(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            ind = style.find(f"{qn('w:pPr')}/{qn('w:ind')}")
            value = None if ind is None else ind.get(qn("w:left"))
            return int(value) if value and value.lstrip("-").isdigit() else 0
    return 0


def landscape_gain(sectpr: Any) -> int:
    """How much wider the text is on a landscape page than on a portrait one, in twips."""
    size = sectpr.find(qn("w:pgSz"))
    if size is None:
        return 0
    return abs(int(size.get(qn("w:h"))) - int(size.get(qn("w:w"))))


def text_width_mm(sectpr: Any, landscape: bool) -> float:
    """The width between the margins on a portrait (or landscape) page; 0 when not given."""
    size, margins = sectpr.find(qn("w:pgSz")), sectpr.find(qn("w:pgMar"))
    if size is None or margins is None:
        return 0.0
    short, long = sorted((int(size.get(qn("w:w"))), int(size.get(qn("w:h")))))
    sides = int(margins.get(qn("w:left"), 0)) + int(margins.get(qn("w:right"), 0))
    return ((long if landscape else short) - sides) / TWIPS_PER_MM


def section_break(sectpr: Any) -> Any:
    """An empty paragraph that ends a section with the given properties."""
    paragraph = parse_xml(f"<w:p {NS}><w:pPr/></w:p>")
    paragraph[0].append(sectpr)
    return paragraph


STALE_PARTS = (  # Word 2010's copy of styles.xml: a template's is out of date once we add ours
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
)
APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>{application}</Application><DocSecurity>0</DocSecurity>'
    "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def drop_stale_parts(document: Any) -> None:
    """Leave out the template's parts that would contradict what the export wrote."""
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype in STALE_PARTS:
            del part.rels[rid]


def set_application(document: Any, application: str) -> None:
    """The extended properties name the program that wrote the file (not the template's Word),
    without the template's page and word counts, which no longer hold."""
    for part in document.part.package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = APP_XML.format(application=application).encode("utf-8")


# The settings after w:autoHyphenation in the schema's order (CT_Settings), where it goes.
AFTER_HYPHENATION = (
    "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope",
    "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
    "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
    "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter",
    "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml",
    "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml",
    "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
    "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr",
    "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
    "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
    "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary",
    "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)  # fmt: skip


def hyphenate(document: Any) -> None:
    """Turn on automatic hyphenation (justified Russian text needs it), in the schema's place."""
    settings = document.settings.element
    if settings.find(qn("w:autoHyphenation")) is not None:
        return
    element = parse_xml(f"<w:autoHyphenation {NS}/>")
    later = {qn(f"w:{name}") for name in AFTER_HYPHENATION}
    for child in settings:
        if child.tag in later:
            child.addprevious(element)
            return
    settings.append(element)


def set_properties(document: Any, properties: Properties, category: str) -> None:
    core = document.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    core.title, core.author, core.subject = properties.title, properties.author, properties.subject
    core.keywords, core.category, core.language = properties.keywords, category, "ru-RU"
    core.comments, core.last_modified_by = "", properties.author
    core.created, core.modified, core.revision = now, now, 1


def layout_copy(element: Any) -> Any:
    return copy.deepcopy(element)
