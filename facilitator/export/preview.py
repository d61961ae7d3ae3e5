"""The document as numbered plain text: the app's preview, and what the golden snapshot holds."""

from __future__ import annotations

from collections.abc import Iterator

from .resolution import Appendix, Block, Document, Figure, Item, Para, Table


def outline(doc: Document) -> Iterator[tuple[str, str]]:
    """(number, text) lines in reading order; the numbers are the ones Word will show."""
    for line in doc.title.above:
        yield "", line
    yield "", doc.title.name
    for line in doc.title.lines:
        yield "", line
    yield "", f"{doc.title.date} {doc.title.place}".strip()
    for text in doc.preamble:
        yield "", text
    n = 0
    for section in doc.sections:
        n += 1 if section.numbered else 0
        if section.heading:
            yield (f"{n}." if section.numbered else ""), section.heading
        yield from _blocks(section.blocks, f"{n}." if section.numbered else "")
    for signature in doc.signatures:
        role = ", ".join(t for t in (signature.role, signature.position) if t)
        yield "", f"{role} ____ {signature.name}".strip()
    for appendix in doc.appendices:
        yield from _appendix(appendix)


def _blocks(blocks: list[Block], prefix: str) -> Iterator[tuple[str, str]]:
    count = 0
    for block in blocks:
        if isinstance(block, Item):
            count += 1
            yield from _item(block, f"{prefix}{count}.")
        elif isinstance(block, Para):
            yield "", block.text
        elif isinstance(block, Table):
            yield "", f"[таблица: {len(block.rows)} строк]"
        elif isinstance(block, Figure):
            yield "", f"[рисунок: {block.caption}]"


def _item(item: Item, number: str) -> Iterator[tuple[str, str]]:
    yield number, f"{item.text} {item.details}".strip()
    for n, child in enumerate(item.children, start=1):
        yield from _item(child, f"{number}{n}.")


def _appendix(appendix: Appendix) -> Iterator[tuple[str, str]]:
    yield "", appendix.label.replace("\n", " ")
    yield "", appendix.title
    yield from _blocks(appendix.blocks, "")


def preview_text(doc: Document) -> str:
    """The whole document as text, one paragraph a line, numbers as in Word."""
    return "\n".join(f"{number} {text}" if number else text for number, text in outline(doc))
