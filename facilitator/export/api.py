"""The one call the command line and the app make: export the resolution or a protocol."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from facilitator.messages import QT_TRANSLATE_NOOP, Message
from facilitator.store.db import SessionFile

from . import choices
from .build import compose_resolution, load_session_data
from .errors import export_cancelled, export_error
from .pdf import Cancelled, PdfCancelled, to_pdf
from .protocol import compose_protocol
from .resolution import Document, VoteSummary
from .selection import ItemOverride, SelectionRules
from .votes import load_vote_summaries

log = logging.getLogger(__name__)


def _silent(done: int, total: int) -> None:
    """No one to tell the progress to."""


def build_document(
    sf: SessionFile,
    platform_number: int | None = None,
    rules: SelectionRules | None = None,
    overrides: Iterable[ItemOverride] | None = None,
    votes: Mapping[str, VoteSummary] | None = None,
    charts: bool = True,
) -> Document:
    """The resolution (no platform given) or that platform's protocol, as plain data.

    What is not given comes from the session: its selection rules, the secretariat's choices
    per item, and the figures of the stored votes.
    """
    data = load_session_data(sf)
    rules = choices.selection_rules(sf) if rules is None else rules
    overrides = choices.overrides() if overrides is None else overrides
    votes = load_vote_summaries() if votes is None else votes
    if platform_number is None:
        return compose_resolution(data, rules, overrides, votes, charts)
    for platform in data.platforms:
        if platform.number == platform_number:
            return compose_protocol(data, platform, votes)
    raise export_error(
        QT_TRANSLATE_NOOP("Export", "There is no platform number {number} in this session."),
        number=platform_number,
    )


class Written(list[Path]):
    """The files written, and the warnings about what they say (open votes, nothing adopted)."""

    def __init__(self, paths: Iterable[Path], warnings: Iterable[Message] = ()) -> None:
        super().__init__(paths)
        self.warnings = list(warnings)


def export_document(
    sf: SessionFile,
    out: Path,
    platform_number: int | None = None,
    template: Path | None = None,
    pdf: bool = False,
    rules: SelectionRules | None = None,
    overrides: Iterable[ItemOverride] | None = None,
    votes: Mapping[str, VoteSummary] | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Cancelled | None = None,
) -> Written:
    """Write the .docx (and the PDF beside it when asked); returns the files written.

    A document that is written but not what its reader may expect (a vote still open,
    nothing adopted) comes back with warnings to show; the export itself goes ahead.
    `progress(done, total)` is told each step (the .docx, then the PDF); `should_cancel()`
    true stops before the .docx is written, or ends LibreOffice at once during the PDF (the
    .docx stays, and no PDF is written): the error says which.
    """
    out = Path(out)
    if out.suffix.lower() != ".docx":
        raise export_error(
            QT_TRANSLATE_NOOP("Export", "The output file {path} should end in .docx."),
            path=str(out),
        )
    if not out.parent.is_dir():
        raise export_error(
            QT_TRANSLATE_NOOP("Export", "The folder {path} does not exist."), path=str(out.parent)
        )
    from .docx_writer import write_docx  # python-docx loads at the first export, not at start

    steps, told = 2 if pdf else 1, progress or _silent
    told(0, steps)
    document = build_document(sf, platform_number, rules, overrides, votes)
    if should_cancel is not None and should_cancel():
        raise export_cancelled(QT_TRANSLATE_NOOP("Export", "The export was cancelled."))
    written = Written([write_docx(document, out, template)], document.warnings)
    told(1, steps)
    if pdf:
        try:
            written.append(to_pdf(out, should_cancel=should_cancel))
        except PdfCancelled:
            raise export_cancelled(
                QT_TRANSLATE_NOOP(
                    "Export", "The PDF was cancelled: {path} is written, its PDF is not."
                ),
                path=str(out),
            ) from None
        told(2, steps)
    what = f"platform {platform_number}'s protocol" if platform_number else "the resolution"
    log.info("exported %s: %s", what, ", ".join(str(path) for path in written))
    return written
